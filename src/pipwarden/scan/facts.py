"""The facts the scanner's engine computes: taint labels, events and execution contexts.

A `Label` is what a value carries through the analysis: where it came from
(network data, the environment, a credential path), what it looks like (a
decoded literal, a folded string, a shell command) or what it names (a
start-up file, a site-packages folder). Sinks read the labels of their
arguments. An `Event` is something a piece of code does (opens a connection, starts a
process, writes a decoded payload), remembered per function and per file with its first
line; rules over combinations of events (a download then a run) read them. `Where`
(declared beside `Rule`) is the execution context of an event: what
runs the code that produced it. Rule declarations (`pipwarden.scan.rules`)
give a severity per context.
"""

from __future__ import annotations

import enum

from pipwarden.rules import ON_LOAD, Where

#: Parameters of a function whose flow into sinks is summarised (p:0 .. p:63).
MAX_PARAMS = 64


class Label(enum.Enum):
    """A taint label carried by a value."""

    # Sources: data that comes from somewhere.
    NET = "net"  # received from the network
    NET_FILE = "net-file"  # a file written with network data
    PROC_OUT = "proc-out"  # the output of a started process
    ENV = "env"  # one environment variable
    ENV_ALL = "env-all"  # the whole environment
    ENV_SECRET = "env-secret"  # an environment variable named like a secret
    SYSINFO = "sysinfo"  # host name, user name, platform details
    CLIPBOARD = "clipboard"  # read from the clipboard
    SCREEN = "screen"  # a screen capture
    IMDS = "imds"  # a cloud instance-metadata address
    IMDS_CRED = "imds-cred"  # credentials answered by instance metadata
    CRED_SOFT = "cred-soft"  # a credential held by a library object (keyring, netrc)
    SECRET_NAME = "secret-name"  # a key or attribute named like a secret
    WALLET_SECRET = "wallet-secret"  # named as a wallet's private key or seed phrase
    CLOUD_SECRET = "cloud-secret"  # named as a cloud access key's secret
    FOUND = "found"  # a file found by listing a folder of the user's home or app data
    PKGFILE = "pkgfile"  # a path inside the package itself (__file__)
    SOCKFD = "sockfd"  # a connected socket's file descriptor
    # What a value looks like.
    DECODED = "decoded"  # decoded from a literal (base64, hex, zlib, ...)
    DECODED_VAR = "decoded-var"  # decoded from a variable at run time
    OBF = "obf"  # built by obfuscating transforms (reversal, chr/ord, xor)
    FOLDED = "folded"  # a string computed from pieces (concatenation, join)
    PARTIAL = "partial"  # only part of the string is known
    CODE = "code"  # compiled or loaded code (marshal, pickle of code)
    NATIVE = "native"  # native machine code or a native library
    PROT_EXEC = "prot-exec"  # an executable memory protection flag
    DL_CMD = "dl-cmd"  # a command line that downloads (curl, wget, Invoke-WebRequest)
    RSHELL = "rshell"  # a reverse-shell command line
    SHELL = "shell"  # an interactive shell
    CLIP_R = "clip-r"  # a command that reads the clipboard
    CLIP_W = "clip-w"  # a command that writes the clipboard
    MASQUERADE = "masquerade"  # a process name imitating a system process
    MINER = "miner"  # cryptocurrency-miner arguments
    WMI = "wmi"  # the Windows Management Instrumentation process class
    # What a path or string names.
    CRED = "cred"  # credential files (SSH keys, cloud and index credentials)
    BROWSER = "browser"  # browser or chat-app storage
    WALLET = "wallet"  # cryptocurrency wallet files
    WALLET_ADDR = "wallet-addr"  # a cryptocurrency wallet address
    USERDOCS = "userdocs"  # the user's documents and desktop
    HOME = "home"  # a folder of the user's home or app data (~, %APPDATA%, /home/x)
    ACCESS = "access"  # files that grant access (authorized_keys, sudoers)
    AUTOSTART = "autostart"  # autostart locations (Run keys, cron, launch agents)
    UAC_HIJACK = "uac-hijack"  # a shell verb auto-elevating programs open (ms-settings)
    SHELLRC = "shellrc"  # shell start-up files (.bashrc, .profile)
    GIT_HOOK = "git-hook"  # a git hook
    PIPCONF = "pipconf"  # pip's configuration
    STARTUP_FILE = "startup-file"  # sitecustomize/usercustomize
    SITE_DIR = "site-dir"  # a site-packages folder
    PTH = "pth"  # a .pth file
    PYFILE = "pyfile"  # a Python source file
    EXE_FILE = "exe-file"  # an executable file
    DATA_FILE = "data-file"  # a data file
    HIDDEN_PATH = "hidden-path"  # a hidden file or folder
    ENDPOINT = "endpoint"  # a suspicious endpoint (tunnel, dynamic DNS)
    ENDPOINT_PASTE = "endpoint-paste"  # a paste site
    ENDPOINT_CHAT = "endpoint-chat"  # a chat webhook or bot API

    # Parameter i of the function being analysed: P0 .. P63 ("p:0" .. "p:63").
    _ignore_ = ["_i"]
    for _i in range(MAX_PARAMS):
        vars()[f"P{_i}"] = f"p:{_i}"

    #: Members are singletons: identity is equality, and hashing by identity keeps
    #: label sets as fast as sets of interned strings.
    __hash__ = object.__hash__


class Event(enum.Enum):
    """Something a function's (or a file's) code does, remembered with its first line."""

    NET = "net"  # sends or fetches over the network
    SOCKET_CONNECT = "socket-connect"  # connects (or binds) a raw socket
    BEACON = "beacon"  # sends host details
    SECRET_BEACON = "secret-beacon"  # sends an environment variable named like a secret
    PROCESS = "process"  # starts a process
    RUN_PROGRAM = "run-program"  # starts a program no build runs (install-hook.run-program)
    SHELL = "shell"  # starts an interactive shell (pty.spawn, sh reading a descriptor)
    HIDDEN_START = "hidden-start"  # starts a process out of sight (no window, detached)
    FORK = "fork"  # os.fork
    SETSID = "setsid"  # os.setsid: leaves the terminal's session
    DUP2 = "dup2"  # duplicates a socket onto a standard stream
    EXEC = "exec"  # runs code: exec/eval/compile, runpy, loaders
    LOAD_NATIVE = "load-native"  # loads native code (ctypes, extension loaders)
    EXEC_MEM = "exec-mem"  # allocates executable memory
    RUN_MEM = "run-mem"  # runs code at an address (a thread or a function pointer)
    EXEC_MEM_PAYLOAD = "exec-mem-payload"  # executable memory filled with a payload
    DOWNLOAD_FILE = "download-file"  # writes downloaded (or decoded) data to a file
    DOWNLOAD_PROGRAM = "download-program"  # downloads a program, or code from a paste site
    RUN_DOWNLOADED = "run-downloaded"  # starts the downloaded file itself as the program
    HASH_CHECK = "hash-check"  # computes a hashlib digest (of a download, say)
    DROP_NATIVE = "drop-native"  # writes an executable out
    WRITE_DECODED = "write-decoded"  # writes data decoded at run time
    CHMOD = "chmod"  # changes a file's mode
    SECRET_SEEN = "secret-seen"  # names or reads a credential store
    SECRET_WORD = "secret-word"  # a short literal that names a secret (token, password)
    SPY = "spy"  # keyboard, screen or camera capture
    CLIP_READ = "clip-read"  # reads the clipboard
    CLIP_WRITE = "clip-write"  # writes the clipboard

    #: Singletons: hashing by identity, as for `Label`.
    __hash__ = object.__hash__


#: The label of each parameter, by index.
PARAMS: tuple[Label, ...] = tuple(Label(f"p:{i}") for i in range(MAX_PARAMS))
#: Parameter label -> its index.
PARAM_INDEX: dict[Label, int] = {label: i for i, label in enumerate(PARAMS)}

NONE: frozenset[Label] = frozenset()
#: Data that is or carries a payload: fetched, decoded, obfuscated, compiled.
PAYLOAD = frozenset({Label.NET, Label.DECODED, Label.OBF, Label.CODE})
#: Secrets: sending them is exfiltration.
SECRETS = frozenset(
    {
        Label.CRED,
        Label.BROWSER,
        Label.WALLET,
        Label.ENV_ALL,
        Label.CLIPBOARD,
        Label.SCREEN,
        Label.IMDS_CRED,
    }
)
#: Secrets named so by their variable, attribute or key, that a library only ever uses
#: to sign: what a call makes of them (a signature, an address) is no longer the secret.
HELD_SECRETS = frozenset({Label.WALLET_SECRET, Label.CLOUD_SECRET})
#: Host details: sending them is telemetry at best.
WEAK = frozenset({Label.ENV, Label.SYSINFO})


__all__ = [
    "HELD_SECRETS",
    "MAX_PARAMS",
    "NONE",
    "ON_LOAD",
    "PARAMS",
    "PARAM_INDEX",
    "PAYLOAD",
    "SECRETS",
    "WEAK",
    "Event",
    "Label",
    "Where",
]
