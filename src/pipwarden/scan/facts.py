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
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from pipwarden.findings import Severity
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
    #: sends to (or fetches from) a host written in the code, not one a parameter, a
    #: setting or a server's answer supplies (recorded in parameter summaries only)
    NET_WRITTEN = "net-written"
    #: sends or fetches only to a loopback address written at the call site: no other
    #: machine (the network events above are not recorded for it)
    LOOPBACK = "loopback"
    SOCKET_CONNECT = "socket-connect"  # connects (or binds) a raw socket
    BEACON = "beacon"  # sends host details
    SECRET_BEACON = "secret-beacon"  # sends an environment variable named like a secret
    PROCESS = "process"  # starts a process
    RUN_PROGRAM = "run-program"  # starts a program that no build runs
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


class Fact(enum.Enum):
    """What the engine observes at one site, named after the observation; the rules that
    claim a fact (`pipwarden.scan.rules.CLAIMS`) decide what it means and how severe it is."""

    # Code that runs payloads.
    NET_DATA_EXECUTED = "net-data-executed"  # network data reaches exec/eval, a loader, sys.path
    DECODED_DATA_EXECUTED = "decoded-data-executed"  # decoded or obfuscated data is run
    REMOTE_COMMAND = "remote-command"  # network data or a download-and-run command is run
    PIPE_TO_SHELL_TEXT = "pipe-to-shell-text"  # bytes hold a download-and-run command
    EXEC_DECODED_TEXT = "exec-decoded-text"  # bytes hold exec/eval of decoded data
    EMBEDDED_CODE_LOADED = "embedded-code-loaded"  # marshal/pickle of an embedded literal
    PYARMOR_RUN = "pyarmor-run"  # PyArmor-encrypted code is run
    BYTECODE_WITHOUT_SOURCE = "bytecode-without-source"  # bytecode loaded or shipped, no source
    COMPILED_MODULE = "compiled-module"  # a .pyc shipped as a module (attribute: names_danger)
    PYARMOR_MODULE = "pyarmor-module"  # the module is PyArmor-protected
    NAME_COMPUTED = "name-computed"  # a builtin, module or attribute named by a computed string
    NAME_REVERSED = "name-reversed"  # a sensitive name spelled backwards
    BUILTINS_RENAMED = "builtins-renamed"  # code-running builtins renamed with others at once
    MODULE_IN_ARCHIVE = "module-in-archive"  # a Python module inside a data file or archive
    CUSTOM_CODEC = "custom-codec"  # the source declares a codec registered at run time
    DECODED_DOWNLOAD_COMMAND = "decoded-download-command"  # a literal decodes to one
    JUNK_PADDING = "junk-padding"  # setup.py assigns many constants that nothing reads
    # Processes.
    PROCESS_ON_IMPORT = "process-on-import"  # a process starts when the module is imported
    BACKGROUND_PYTHON_ON_IMPORT = "background-python-on-import"  # python -c in the background
    PAGE_OPENED_ON_IMPORT = "page-opened-on-import"  # start https://..., xdg-open on import
    PROCESS_AT_INSTALL = "process-at-install"  # setup.py starts a build tool
    FOREIGN_PROGRAM_AT_INSTALL = "foreign-program-at-install"  # not a build tool, at install
    NETWORK_AT_INSTALL = "network-at-install"  # install-time code reaches the network
    NETWORK_ON_IMPORT = "network-on-import"  # the network is used at import time
    AT_INTERPRETER_START = "at-interpreter-start"  # a sitecustomize runs network or processes
    RUNTIME_INSTALL = "runtime-install"  # pip install run by the package (remote, declared)
    SHIPPED_PROGRAM_RUN = "shipped-program-run"  # a program shipped as data is run
    SHIPPED_PROGRAM_ON_IMPORT = "shipped-program-on-import"  # ... when the module is imported
    HIDDEN_PROCESS_STARTED = "hidden-process-started"  # no window, detached (attribute:
    # hidden_command)
    HIDDEN_START_COMMAND = "hidden-start-command"  # a command that starts a hidden process
    PROCESS_MASQUERADE = "process-masquerade"  # a process or file named after a system one
    UAC_VERB_WRITTEN = "uac-verb-written"  # the shell verb an auto-elevating program runs
    MINER = "miner"  # a cryptocurrency miner started, or its pool protocol sent
    SOCKET_TO_SHELL = "socket-to-shell"  # a socket handed to a shell or process
    REVERSE_SHELL_RUN = "reverse-shell-run"  # a reverse-shell command reaches a sink
    REVERSE_SHELL_TEXT = "reverse-shell-text"  # text (bytes, decoded data) holds one
    REVERSE_SHELL_UNUSED = "reverse-shell-unused"  # a literal one, not seen reaching a sink
    # Data sent out or opened.
    SECRET_SENT = "secret-sent"  # credentials, the environment, the clipboard reach a send
    SECRET_ENV_SENT = "secret-env-sent"  # an environment variable named like a secret is sent
    HOST_INFO_SENT = "host-info-sent"  # host details reach a send
    #: ... bound for a host written in the code that is a public IP or names a port other
    #: than HTTP's.
    HOST_INFO_SENT_TO_ODD_HOST = "host-info-sent-to-odd-host"
    WALLET_KEY_SENT = "wallet-key-sent"  # a wallet's key or seed reaches a written address
    CLOUD_SECRET_SENT = "cloud-secret-sent"  # a cloud key's secret goes elsewhere
    FOUND_FILES_SENT = "found-files-sent"  # files found in the user's folders are sent
    STEALER_TEXT = "stealer-text"  # unparsed text names stolen stores and a send to a channel
    CREDENTIAL_FILE_OPENED = "credential-file-opened"
    BROWSER_DATA_OPENED = "browser-data-opened"
    WALLET_FILES_OPENED = "wallet-files-opened"
    CLIPBOARD_READ = "clipboard-read"
    #: A module naming wallet addresses reads and writes the clipboard through a sibling's
    #: functions (`pipwarden.scan` joins the files' events).
    CLIPBOARD_SWAP_ACROSS_MODULES = "clipboard-swap-across-modules"
    FUNCTION_REPLACED_BY_SENDER = "function-replaced-by-sender"  # attribute: secret
    TX_FUNCTION_REPLACED = "tx-function-replaced"  # a wallet library's call replaced on
    # import (attribute: drainer_file)
    # Endpoints.
    ENDPOINT_NAMED = "endpoint-named"  # a suspicious endpoint in code (endpoint: its kind)
    ENDPOINT_WITH_TOKEN = "endpoint-with-token"  # a chat webhook written with its secret
    ENDPOINT_IN_BYTES = "endpoint-in-bytes"  # one in bytes the AST did not read
    # (attributes: endpoint, unparsed_file)
    BOT_TOKEN_BESIDE_ENDPOINT = "bot-token-beside-endpoint"
    #: A call contacts a paste site or a chat API, and no covert host.
    PASTE_OR_CHAT_CONTACTED = "paste-or-chat-contacted"
    #: A call contacts a tunnel, a raw public IP or a dynamic DNS host.
    COVERT_HOST_CONTACTED = "covert-host-contacted"
    HIDDEN_ADDRESS_CONTACTED = "hidden-address-contacted"  # an address decoded at run time
    #: An address downloaded on import is contacted (a dead-drop resolver) ...
    DOWNLOADED_ADDRESS_CONTACTED = "downloaded-address-contacted"
    #: ... downloaded from a paste site or a chat channel: the dead drop itself is named.
    DEAD_DROP_ADDRESS_CONTACTED = "dead-drop-address-contacted"
    # Persistence and files written.
    PAYLOAD_PERSISTED = "payload-persisted"  # decoded or downloaded data made to autostart
    AUTOSTART_WRITTEN = "autostart-written"
    PIP_INDEX_CHANGED = "pip-index-changed"
    ACCESS_FILE_WRITTEN = "access-file-written"
    SHELL_RC_WRITTEN = "shell-rc-written"
    STARTUP_FILE_WRITTEN = "startup-file-written"
    ACTIVE_CODE_PLANTED = "active-code-planted"  # network or process code written into a module
    USER_FILES_AT_INSTALL = "user-files-at-install"
    COMMAND_SHADOWED = "command-shadowed"  # a console script named after a system command
    # Deserialization.
    NET_DATA_DESERIALIZED = "net-data-deserialized"
    UNSAFE_YAML_LOAD = "unsafe-yaml-load"
    UNCHECKED_PICKLE_LOAD = "unchecked-pickle-load"
    SERIALIZED_CALL = "serialized-call"  # serialized data calls a dangerous callable on load
    # Files and dependencies.
    URL_DEPENDENCY = "url-dependency"
    EXECUTABLE_IN_LITERAL = "executable-in-literal"
    EXECUTABLE_IN_ARCHIVE = "executable-in-archive"  # attribute: disguised
    NATIVE_IN_PURE_WHEEL = "native-in-pure-wheel"  # attribute: disguised
    NATIVE_EXECUTABLE = "native-executable"  # in an sdist or zip (disguised)
    SHIPS_SITECUSTOMIZE = "ships-sitecustomize"
    IN_TREE_BACKEND = "in-tree-backend"
    ENCODED_LITERAL = "encoded-literal"  # a long base64 or hex literal
    HIGH_ENTROPY_LITERAL = "high-entropy-literal"  # a long literal of random-looking bytes
    RANDOM_BYTES_AS_TEXT = "random-bytes-as-text"  # a file named as text holds random bytes
    PTH_EXEC = "pth-exec"  # an executable .pth line (found: the findings of its code)
    # Parsing.
    NOT_PARSED = "not-parsed"
    TOO_DEEP = "too-deep"
    TOO_LARGE = "too-large"
    # The container, as the safe reader (`pipwarden.scan.members`) sees it.
    RATIO_EXCEEDED = "ratio-exceeded"  # a member or the archive expands past the ratio limit
    PATH_CLIMBS_OUT = "path-climbs-out"  # a member path with a '..' part
    ABSOLUTE_PATH = "absolute-path"  # a member path from the root (/etc/..., C:\\...)
    EMPTY_OR_NUL_NAME = "empty-or-nul-name"  # a member name empty, or holding a NUL
    LINK_MEMBER = "link-member"  # a symbolic or hard link member that stays in the tree
    # (or, in a zip, whose target is not read)
    LINK_LEAVING_TREE = "link-leaving-tree"  # a link member pointing outside the archive
    SPECIAL_MEMBER = "special-member"  # a device, FIFO or other special file
    DUPLICATE_MEMBER = "duplicate-member"  # two members share one name
    UNDECLARED_MEMBER = "undeclared-member"  # a wheel member its RECORD does not list
    RECORD_HASH_DIFFERS = "record-hash-differs"  # a file differs from its RECORD hash
    NO_RECORD = "no-record"  # a wheel without exactly one RECORD
    RECORD_UNREADABLE = "record-unreadable"  # a RECORD pip cannot read as it must
    MEMBER_TOO_LARGE = "member-too-large"  # a member larger than the member limit
    HEADER_TOO_LARGE = "header-too-large"  # a tar extension header larger than its limit
    TARGET_TOO_LARGE = "target-too-large"  # the target expands past the total size limit
    TOO_MANY_MEMBERS = "too-many-members"  # more members than the limit
    DIRECTORY_TOO_LARGE = "directory-too-large"  # a zip's central directory past its limit
    OUT_OF_BUDGET = "out-of-budget"  # reading and analysis ran out of time or memory
    CUT_OFF = "cut-off"  # the archive or its compressed stream ends too early
    DATA_AFTER_END = "data-after-end"  # bytes after the tar end-of-archive marker
    GZIP_STREAMS_JOINED = "gzip-streams-joined"  # a .tar.gz of several gzip members
    NO_MEMBERS = "no-members"  # the archive is empty
    UNREADABLE = "unreadable"  # the archive, a member or the artifact cannot be read
    PACKAGE_SHADOWED = "package-shadowed"  # a top-level package named like a popular project
    EMPTY_DISTRIBUTION = "empty-distribution"  # no code, no data, no dependency: a name
    CONFUSION_DECLARED = "confusion-declared"  # metadata: about dependency confusion
    INSTALL_STEP_ONLY = "install-step-only"  # custom install code, hardly any other code
    PREBUILT_ONLY = "prebuilt-only"  # an sdist's binaries, no source, hardly any Python
    STDLIB_DEPENDENCY = "stdlib-dependency"  # a dependency named like a stdlib module

    #: Singletons: hashing by identity, as for `Label`.
    __hash__ = object.__hash__


class Endpoint(enum.Enum):
    """A kind of suspicious endpoint (`pipwarden.scan.endpoints.endpoint`)."""

    PASTE_SITE = "paste-site"  # paste sites and file drops
    WEBHOOK = "webhook"  # chat webhooks and bot APIs
    TUNNEL = "tunnel"  # tunnels, request catchers, out-of-band callback hosts
    DYNAMIC_DNS = "dynamic-dns"
    RAW_IP = "raw-ip"  # a URL with a public IP address for host


@dataclass(frozen=True)
class Observation:
    """One fact observed at a site, with what its rules' conditions read: the execution
    context `where` (when the rule's severity depends on it) and the attributes below.

    A worse variant of what is seen is its own `Fact` when a different thing is seen (host
    details bound for an odd host, a covert host contacted, an address from a dead drop);
    an attribute when the same thing is seen in a setting that makes it worse (the file
    it sits in, what the command line says). Each attribute is read by the facts its
    comment names.
    """

    fact: Fact
    where: Where | None = None
    on_load: bool = False  # the code runs on install, import or start-up
    secret: bool = False  # it handles secrets
    disguised: bool = False  # named as something it is not
    remote: bool = False  # from a URL
    declared: bool = False  # declared by the package (a dependency)
    endpoint: Endpoint | None = None  # the kind of endpoint
    #: HIDDEN_PROCESS_STARTED: the command line hides the process too (a hidden path, a
    #: hidden-window or detaching switch in its text).
    hidden_command: bool = False
    #: COMPILED_MODULE: the bytecode names dangerous calls (exec, sockets, processes).
    names_danger: bool = False
    #: TX_FUNCTION_REPLACED: the file rewrites transaction recipients or names wallet
    #: addresses: the replaced call drains.
    drainer_file: bool = False
    #: ENDPOINT_IN_BYTES: the file is a .py valid neither as Python 3 nor as Python 2.
    unparsed_file: bool = False
    #: DUPLICATE_MEMBER: every copy of the member was read whole and has the same bytes.
    identical: bool = False
    #: NETWORK_ON_IMPORT, NETWORK_AT_INSTALL: the request goes to a loopback address written
    #: at the call site (localhost, 127.0.0.0/8, [::1], 0.0.0.0), through no proxy.
    loopback: bool = False
    #: SECRET_SENT: the data is bound for a host written in the code (a collector), not
    #: one a parameter, a setting or a server's answer supplies.
    collector: bool = False
    #: The findings (rule id, severity) of the code the site runs (a .pth line's), or, for
    #: NO_MEMBERS, those reading the archive met.
    found: tuple[tuple[str, Severity], ...] = ()


@dataclass(frozen=True)
class ScopeFacts:
    """What a combination rule reads of a finished scope (a function, the module) or of a
    whole file: its events with their first lines and its execution context."""

    events: Mapping[Event, int]
    where: Where  # the scope's execution context
    runs_on_load: bool  # the module's body or a function import calls, not a script
    setup: bool  # setup.py or a helper it imports
    startup: bool  # a start-up file (sitecustomize, usercustomize)
    #: For the whole file: events of code that runs on import, and of the module's body.
    import_events: Mapping[Event, int] = field(default_factory=dict)
    module_events: Mapping[Event, int] = field(default_factory=dict)
    script: bool = False
    wallet_addresses: bool = False  # the file names cryptocurrency wallet addresses
    #: A function's name, and whether setup.py's install command runs it (it is called
    #: on import of a module that install command imports).
    name: str = ""
    install_call: bool = False


@dataclass(frozen=True)
class CommandFacts:
    """What a combination rule reads of one of setup.py's setuptools command classes."""

    name: str
    bases: tuple[str, ...]  # the command classes it overrides
    events: Mapping[Event, int]  # what its methods do
    line: int  # where it is defined
    registered: bool  # a literal cmdclass names it
    install_like: bool  # it overrides a command that runs at install (install, build, ...)


@dataclass(frozen=True)
class Hit:
    """A combination rule's finding: the line of the event that anchors it, its message,
    and its severity when the rule's predicate decides it (else by `where`)."""

    line: int
    message: str
    severity: Severity | None = None
    where: Where | None = None
    #: Structured data for the finding's `details` (what other rules read, never its
    #: message).
    details: Mapping[str, Any] = field(default_factory=dict, compare=False, hash=False)


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
    "CommandFacts",
    "Endpoint",
    "Event",
    "Fact",
    "Hit",
    "Label",
    "Observation",
    "ScopeFacts",
    "Where",
]
