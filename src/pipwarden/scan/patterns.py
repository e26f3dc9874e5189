"""Tables and regular expressions the engine matches: API names, paths, commands.

Pure data plus tiny classifiers; no traversal logic lives here. The hosts and
URLs that name a suspicious endpoint are in `scan.endpoints`.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from pipwarden.scan.facts import Label

# ------------------------------------------------------------------ callees

EXEC_SINKS = frozenset(
    {"exec", "eval", "compile", "execfile", "builtins.exec", "builtins.eval", "builtins.compile"}
)

#: Windows hosts that run the script or library file they are given: starting one on a
#: downloaded file runs that file.
SCRIPT_HOSTS = frozenset(
    {"cscript", "cscript.exe", "wscript", "wscript.exe", "mshta", "mshta.exe"}
    | {"rundll32", "rundll32.exe", "regsvr32", "regsvr32.exe"}
)

PROCESS_SINKS = frozenset(
    {
        "os.system",
        "os.popen",
        "os.startfile",
        "os.posix_spawn",
        "os.posix_spawnp",
        "subprocess.Popen",
        "subprocess.call",
        "subprocess.check_call",
        "subprocess.check_output",
        "subprocess.run",
        "subprocess.getoutput",
        "subprocess.getstatusoutput",
        "pty.spawn",
        "commands.getoutput",
        "commands.getstatusoutput",
        "asyncio.create_subprocess_shell",
        "asyncio.create_subprocess_exec",
        "popen2.popen2",
        "os.spawnlp",
        "sh.Command",
        "pexpect.spawn",
        "pexpect.run",
    }
    | {f"os.{n}" for n in ("execl", "execle", "execlp", "execlpe", "execv", "execve", "execvp")}
    | {f"os.{n}" for n in ("execvpe", "spawnl", "spawnle", "spawnlp", "spawnlpe", "spawnv")}
    | {f"os.{n}" for n in ("spawnve", "spawnvp", "spawnvpe")}
)

#: Calls that talk to the network; their result is network data.
NET_CALLS = frozenset(
    {f"requests.{m}" for m in ("get", "post", "put", "patch", "delete", "head", "request")}
    | {f"httpx.{m}" for m in ("get", "post", "put", "patch", "delete", "head", "request", "stream")}
    | {
        "urllib.request.urlopen",
        "urllib.request.urlretrieve",
        "urllib.urlopen",
        "urllib.urlretrieve",
        "urllib2.urlopen",
        "six.moves.urllib.request.urlopen",
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.getaddrinfo",
        "socket.gethostbyaddr",
        "dns.resolver.resolve",
        "dns.resolver.query",
        "wget.download",
    }
)
#: Name lookups among NET_CALLS: they send a name (DNS exfiltration) but answer with
#: addresses, not data an attacker chooses, so their result is not network data.
ADDRESS_LOOKUPS = frozenset(
    {
        "socket.gethostbyname",
        "socket.gethostbyname_ex",
        "socket.getaddrinfo",
        "socket.gethostbyaddr",
    }
)
DOWNLOAD_TO_FILE = frozenset({"urllib.request.urlretrieve", "urllib.urlretrieve", "wget.download"})
#: Constructors that open a connection (a reverse shell's first step).
CONNECTS = frozenset(
    {
        "socket.create_connection",
        "asyncio.open_connection",
        "telnetlib.Telnet",
        "ssl.wrap_socket",
        "websockets.connect",
        "websockets.client.connect",
    }
)

#: Calls that run Python code or load native code from a file or module name.
CODE_LOADERS = frozenset(
    {
        "runpy.run_path",
        "runpy.run_module",
        "imp.load_source",
        "imp.load_compiled",
        "imp.load_dynamic",
        "imp.load_module",
        "importlib.machinery.SourceFileLoader",
        "importlib.machinery.SourcelessFileLoader",
        "importlib.machinery.ExtensionFileLoader",
        "importlib.util.spec_from_file_location",
        "zipimport.zipimporter",
        "ctypes.CDLL",
        "ctypes.cdll.LoadLibrary",
        "ctypes.WinDLL",
        "ctypes.windll.LoadLibrary",
        "ctypes.PyDLL",
        "ctypes.LoadLibrary",
        "execfile",
    }
)

#: Constructors of objects whose methods talk to the network: qualname -> object tag.
NET_OBJECTS = {
    "socket.socket": "<socket>",
    "socket.create_connection": "<socket>",
    "ssl.wrap_socket": "<socket>",
    "asyncio.open_connection": "<socket>",
    "websockets.connect": "<socket>",
    "websockets.client.connect": "<socket>",
    "websocket.WebSocketApp": "<socket>",
    "telnetlib.Telnet": "<socket>",
    "requests.Session": "<http>",
    "requests.session": "<http>",
    "httpx.Client": "<http>",
    "httpx.AsyncClient": "<http>",
    "urllib3.PoolManager": "<http>",
    "http.client.HTTPConnection": "<http>",
    "http.client.HTTPSConnection": "<http>",
    "httplib.HTTPConnection": "<http>",
    "httplib.HTTPSConnection": "<http>",
    "aiohttp.ClientSession": "<http>",
    "smtplib.SMTP": "<http>",
    "smtplib.SMTP_SSL": "<http>",
    "ftplib.FTP": "<http>",
    "websocket.create_connection": "<http>",
    "websocket.WebSocket": "<http>",
    "urllib.request.build_opener": "<http>",
    "discord_webhook.DiscordWebhook": "<http>",
    "telebot.TeleBot": "<http>",
    "dropbox.Dropbox": "<http>",
}
#: Method names that send data when called on an object of unknown type.
SEND_METHODS = frozenset({"send", "sendall", "sendto", "sendmail", "post", "storbinary"})

DESERIALIZE = frozenset(
    {
        "pickle.loads",
        "pickle.load",
        "cPickle.loads",
        "cPickle.load",
        "_pickle.loads",
        "dill.loads",
        "dill.load",
        "marshal.loads",
        "marshal.load",
        "shelve.open",
        "jsonpickle.decode",
        "cloudpickle.loads",
    }
)
#: Loaders of model and data files that unpickle: only remote input is reported
#: (loading one's own model file is what they are for).
MODEL_LOADERS = frozenset(
    {
        "joblib.load",
        "torch.load",
        "numpy.load",
        "pandas.read_pickle",
        "sklearn.externals.joblib.load",
        "keras.models.load_model",
        "tensorflow.keras.models.load_model",
        "cloudpickle.load",
    }
)
YAML_LOAD = frozenset({"yaml.load", "yaml.load_all", "yaml.unsafe_load", "yaml.full_load"})

SYSINFO = frozenset(
    {
        "platform.node",
        "platform.uname",
        "socket.gethostname",
        "getpass.getuser",
        "os.getlogin",
        "uuid.getnode",
        "os.uname",
    }
)
#: Calls returning the interpreter's site-packages folders.
#: setuptools commands that run when a package is installed (not only built): what an
#: install command class of setup.py overrides.
INSTALL_COMMANDS = frozenset(
    {"install", "develop", "egg_info", "easy_install", "install_lib", "install_scripts"}
)
SITE_DIRS = frozenset(
    {
        "site.getsitepackages",
        "site.getusersitepackages",
        "sysconfig.get_paths",
        "sysconfig.get_path",
        "distutils.sysconfig.get_python_lib",
        "site.USER_SITE",
    }
)
#: Keyboard hooks: with a network send in the same file, a keylogger.
KEYBOARD_HOOKS = frozenset(
    {
        "pynput.keyboard.Listener",
        "keyboard.on_press",
        "keyboard.on_release",
        "keyboard.hook",
        "keyboard.record",
        "pyHook.HookManager",
        "pyxhook.HookManager",
        "ctypes.windll.user32.GetAsyncKeyState",
        "ctypes.windll.user32.SetWindowsHookExA",
        "ctypes.windll.user32.SetWindowsHookExW",
    }
)
#: Screen and camera capture: secret data when it is sent away.
CAPTURE = frozenset(
    {
        "PIL.ImageGrab.grab",
        "ImageGrab.grab",
        "pyautogui.screenshot",
        "pyscreenshot.grab",
        "mss.mss",
    }
)
#: Calls that decrypt browser or system secrets (DPAPI, keychains): stealers' tools.
SECRET_SOURCES = frozenset(
    {
        "win32crypt.CryptUnprotectData",
        "ctypes.windll.crypt32.CryptUnprotectData",
        "browser_cookie3.load",
        "browser_cookie3.chrome",
        "browser_cookie3.firefox",
        "browser_cookie3.edge",
        "browser_cookie3.brave",
        "browser_cookie3.opera",
        "browser_cookie3.chromium",
    }
)
CLIPBOARD_READ = frozenset(
    {
        "pyperclip.paste",
        "clipboard.paste",
        "win32clipboard.GetClipboardData",
        "pyclip.paste",
        "xerox.paste",
        "klembord.get_text",
    }
)
CLIPBOARD_WRITE = frozenset(
    {
        "pyperclip.copy",
        "clipboard.copy",
        "win32clipboard.SetClipboardText",
        "win32clipboard.SetClipboardData",
        "pyclip.copy",
        "xerox.copy",
        "klembord.set_text",
    }
)
REGISTRY_WRITE = frozenset(
    {"winreg.SetValueEx", "winreg.SetValue", "_winreg.SetValueEx", "_winreg.SetValue"}
)

#: Decoders that turn a literal into a payload: qualname -> codec name.
DECODERS = {
    "base64.b64decode": "b64",
    "base64.standard_b64decode": "b64",
    "base64.urlsafe_b64decode": "b64u",
    "base64.decodebytes": "b64",
    "base64.decodestring": "b64",
    "binascii.a2b_base64": "b64",
    "base64.b32decode": "b32",
    "base64.b16decode": "hex",
    "base64.b85decode": "b85",
    "base64.a85decode": "a85",
    "bytes.fromhex": "hex",
    "binascii.unhexlify": "hex",
    "binascii.a2b_hex": "hex",
    "zlib.decompress": "zlib",
    "gzip.decompress": "gzip",
    "bz2.decompress": "bz2",
    "lzma.decompress": "lzma",
}

#: Names whose appearance via a computed string is an obfuscation signal.
SENSITIVE_NAMES = frozenset(
    {
        "exec",
        "eval",
        "compile",
        "__import__",
        "system",
        "popen",
        "Popen",
        "os",
        "subprocess",
        "socket",
        "builtins",
        "__builtins__",
        "marshal",
        "pickle",
        "base64",
        "zlib",
        "ctypes",
        "urllib",
        "urllib.request",
        "requests",
        "loads",
        "b64decode",
        "urlopen",
        "check_output",
        "call",
        "run",
        "getattr",
        "pty",
        "spawn",
        "execve",
    }
)

BUILTIN_MODULES = frozenset({"builtins", "__builtins__", "__builtin__"})

# ------------------------------------------------------------------ string labels

#: Regex -> label for string constants (paths, hosts, commands).
_LABELS: list[tuple[str, Label]] = [
    (
        r"\.ssh(?:/|\b(?!-))|id_rsa|id_ed25519|id_ecdsa|\.aws/credentials|\.aws/config|\.pypirc|\.netrc"
        r"|\.npmrc|\.git-credentials|\.docker/config\.json|\.kube/config|/etc/shadow"
        r"|\.config/gcloud|\.azure/|\.gnupg|login\.keychain|\.bash_history|\.zsh_history"
        r"|\.vault-token|\.config/gh/hosts|application_default_credentials|\.boto\b"
        r"|\.s3cfg|\.terraform\.d/credentials|\.cargo/credentials|\.gitconfig\b"
        r"|(?:^|[/\\*])\.env(?:\.[\w-]+)?$|/proc/[^/\s]*/(?:mem|environ)\b|isSecret"
        # Token files of ML hubs, databases, other package managers and clouds.
        r"|huggingface[/\\]token\b|\.kaggle[/\\]kaggle\.json|\.pgpass\b|\.my\.cnf\b"
        r"|rclone\.conf\b|\.dockercfg\b|\.m2[/\\]settings\.xml|gradle\.properties\b"
        r"|\.terraformrc\b|\.databrickscfg\b|\.oci[/\\]config\b|\.yarnrc\b",
        Label.CRED,
    ),
    (r"authorized_keys|/etc/sudoers|ld\.so\.preload|/etc/passwd\b", Label.ACCESS),
    (
        r"meta-data/iam/security-credentials|computeMetadata/v1/instance/service-accounts"
        r"|/metadata/identity/oauth2/token|/var/run/secrets/kubernetes\.io/serviceaccount",
        Label.IMDS,
    ),
    (r"(?:site|user)customize\.py\b|profile_\w+[/\\]startup[/\\]", Label.STARTUP_FILE),
    (r"[\w-]\.pth\b", Label.PTH),
    (r"\.pyw?$", Label.PYFILE),
    (
        r"\.git[/\\]hooks\b|^(?:pre-commit|pre-push|post-checkout|post-merge|post-commit"
        r"|post-rewrite|commit-msg|prepare-commit-msg)$",
        Label.GIT_HOOK,
    ),
    (r"\bWin32_Process\b", Label.WMI),
    (r"site-packages|dist-packages", Label.SITE_DIR),
    (
        r"\[?k(?:worker|threadd|softirqd|swapd)\b|\b(?:svchost|csrss|lsass|winlogon|dllhost|smss)"
        r"\.exe\b",
        Label.MASQUERADE,
    ),
    (
        r"stratum\+(?:tcp|ssl|tls)://|\bxmrig\b|--donate-level|\"method\"\s*:\s*\"(?:login|mining\."
        r"(?:subscribe|authorize))\"|\bcryptonight\b|\brandomx\b|minexmr|supportxmr|moneroocean"
        r"|nanopool\.org|2miners\.com|f2pool",
        Label.MINER,
    ),
    (r"[/\\](?:Desktop|Documents|OneDrive)(?:[/\\]|$)", Label.USERDOCS),
    (
        r"^~(?:[/\\]|$)|%(?:APPDATA|LOCALAPPDATA|USERPROFILE)%|^[A-Za-z]:[/\\]+Users[/\\]"
        r"|^/home/|^/root(?:/|$)|^/Users/",
        Label.HOME,
    ),
    (r"\.(?:png|jpe?g|gif|bmp|ico|wav|mp3|dat|bin|ttf|woff2?)$", Label.DATA_FILE),
    (
        r"Login Data|Local State|Web Data|User Data[/\\]+Default|[/\\]Cookies\b|cookies\.sqlite"
        r"|logins\.json|key4\.db|Local Storage[/\\]+leveldb|discord(?:canary|ptb)?[/\\]"
        r"|Telegram Desktop|[/\\]tdata\b|\btdata[/\\]|dQw4w9WgXcQ:|\[\\w-\]\{2[46]\}\\\."
        r"|mfa\\\.\[|\bcookies\.json\b|Mozilla[/\\]+Firefox[/\\]+Profiles",
        Label.BROWSER,
    ),
    (
        r"wallet\.dat|Exodus|Electrum|Atomic[/\\]|Ethereum[/\\]+keystore"
        r"|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|MetaMask"
        # CLI wallets' key files: Solana, Sui, Aptos, Foundry, NEAR, geth keystores.
        r"|solana[/\\]id\.json|sui\.keystore|\.aptos[/\\]config|\.foundry[/\\]keystores"
        r"|\.near-credentials|keystore[/\\]UTC--",
        Label.WALLET,
    ),
    (
        r"/etc/cron|crontab|/var/spool/cron|/etc/systemd/|\.config/systemd/|/etc/init\.d/"
        r"|LaunchAgents|LaunchDaemons|/etc/rc\.local|\.config/autostart|Start Menu[/\\]+Programs"
        r"[/\\]+Startup|CurrentVersion[/\\]+Run|schtasks|systemctl enable|launchctl load"
        r"|(?:^|[/\\])autostart(?:[/\\]|$)|X-GNOME-Autostart"
        # Windows logon and injection points beyond the Run keys.
        r"|UserInitMprLogonScript|AppInit_DLLs|CurrentVersion[/\\]+Winlogon"
        r"|Image File Execution Options"
        # Editor tasks that run when a folder is opened (VS Code runOn: folderOpen).
        r"|\.vscode[/\\]tasks\.json$|\bfolderOpen\b",
        Label.AUTOSTART,
    ),
    (
        # A per-user shell verb of a class that an auto-elevating Windows program
        # (fodhelper, computerdefaults, eventvwr, sdclt) opens: UAC bypass.
        r"(?i)Classes[/\\]+(?:ms-settings|mscfile|exefile|Folder|Launcher\.SystemSettings)"
        r"[/\\]+shell[/\\]+open[/\\]+command",
        Label.UAC_HIJACK,
    ),
    (r"\.bashrc|\.bash_profile|\.zshrc|\.profile\b|\.zprofile|\.config/fish/config", Label.SHELLRC),
    (
        r"/dev/tcp/|\bnc(?:at)?\b[^\n]{0,40}\s-[ec]\s|\bsh\s+-i\b|bash\s+-i\b|cmd\.exe"
        r"|/bin/(?:ba)?sh\b|TCPClient|\bssh\b[^\n]{0,200}\s-R\s*\S*:22\b",
        Label.SHELL,
    ),
    (r"(?:/tmp|/var/tmp|/dev/shm)/\.|\\AppData\\Roaming\\[^\\]+\.exe", Label.HIDDEN_PATH),
    (r"(?:^|[/\\])pip[/\\]pip\.(?:conf|ini)$|(?:^|[/\\])\.pip[/\\]pip\.conf$", Label.PIPCONF),
    (r"[\w-]\.(?:exe|scr|bat|cmd|ps1|vbs|hta|msi)$", Label.EXE_FILE),
    (
        r"\b(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b|\b0x[a-fA-F0-9]{40}\b|bc1\|"
        r"|\[13\]\[a-km-zA-HJ-NP-Z1-9\]|0x\[[0-9a-fA-F-]{6,12}\]\{40\}|\[a-fA-F0-9\]\{40\}"
        r"|1-9A-HJ-NP-Za-km-z|a-km-zA-HJ-NP-Z1-9",
        Label.WALLET_ADDR,
    ),
]
#: Per label: literals one of which every match contains. Testing them with `in` first
#: keeps the regexes off the great majority of strings (a 5x speed-up on large packages).
_GATES: dict[Label, tuple[str, ...]] = {
    Label.CRED: (
        ".ssh", "id_rsa", "id_ed25519", "id_ecdsa", ".aws/", ".pypirc", ".netrc", ".npmrc",
        ".git-credentials", ".docker/", ".kube/", "/etc/shadow", ".config/g", ".azure/", ".gnupg",
        "login.keychain", "_history", ".vault-token", "application_default_credentials", ".boto",
        ".s3cfg", ".terraform.d", ".cargo/", ".gitconfig", ".env", "/proc/", "isSecret",
        "huggingface", "kaggle.json", ".pgpass", ".my.cnf", "rclone.conf", ".dockercfg", ".m2",
        "gradle.properties", ".terraformrc", ".databrickscfg", ".oci", ".yarnrc",
    ),
    Label.ACCESS: ("authorized_keys", "/etc/sudoers", "ld.so.preload", "/etc/passwd"),
    Label.IMDS: ("meta-data/", "computeMetadata", "/metadata/identity", "/var/run/secrets"),
    Label.STARTUP_FILE: ("customize.py", "profile_"),
    Label.PTH: (".pth",),
    Label.PYFILE: (".py",),
    Label.GIT_HOOK: (".git", "pre-", "post-", "commit-msg"),
    Label.WMI: ("Win32_Process",),
    Label.SITE_DIR: ("-packages",),
    Label.MASQUERADE: ("kworker", "kthreadd", "ksoftirqd", "kswapd", ".exe"),
    Label.MINER: (
        "stratum+", "xmrig", "--donate-level", '"method"', "cryptonight", "randomx", "minexmr",
        "supportxmr", "moneroocean", "nanopool.org", "2miners.com", "f2pool",
    ),
    Label.USERDOCS: ("Desktop", "Documents", "OneDrive"),
    Label.HOME: ("~", "%", "Users", "/home/", "/root"),
    Label.DATA_FILE: (".",),
    Label.BROWSER: (
        "Login Data", "Local State", "Web Data", "User Data", "Cookies", "cookies.", "logins.json",
        "key4.db", "Local Storage", "discord", "Telegram Desktop", "tdata", "dQw4w9WgXcQ",
        "[\\w-]{2", "mfa\\.", "Mozilla",
    ),
    Label.WALLET: (
        "wallet.dat", "Exodus", "Electrum", "Atomic", "Ethereum", "nkbihf", "bfnael", "MetaMask",
        "id.json", "sui.keystore", ".aptos", ".foundry", ".near-cred", "UTC--",
    ),
    Label.AUTOSTART: (
        "/etc/cron", "crontab", "/var/spool/cron", "systemd/", "/etc/init.d/", "LaunchAgents",
        "LaunchDaemons", "/etc/rc.local", "autostart", "Start Menu", "CurrentVersion", "schtasks",
        "systemctl enable", "launchctl load", "X-GNOME-Autostart", "UserInitMprLogonScript",
        "AppInit_DLLs", "Image File Execution", ".vscode", "folderOpen",
    ),
    Label.UAC_HIJACK: ("shell\\open", "shell/open", "SHELL\\OPEN", "Shell\\Open"),
    Label.SHELLRC: (".bashrc", ".bash_profile", ".zshrc", ".profile", ".zprofile", ".config/fish"),
    Label.SHELL: ("/dev/tcp/", "nc", "sh", "cmd.exe", "TCPClient"),
    Label.HIDDEN_PATH: ("/tmp/.", "/var/tmp/.", "/dev/shm/.", "\\AppData\\Roaming\\"),
    Label.PIPCONF: ("pip.conf", "pip.ini"),
    Label.EXE_FILE: (".exe", ".scr", ".bat", ".cmd", ".ps1", ".vbs", ".hta", ".msi"),
    Label.WALLET_ADDR: ("bc1", "0x", "[13]", "[a-fA-F0-9]", "1-9A-HJ", "a-km-zA-HJ", "1", "3"),
}  # fmt: skip
_LABEL_RES = [
    (label, re.compile(pat), re.compile("|".join(map(re.escape, _GATES[label]))))
    for pat, label in _LABELS
]


def literal_trie(words: list[str]) -> str:
    """A pattern matching exactly the literal `words`, as a trie (`ab|ac` -> `a(?:b|c)`):
    the regex engine tries one branch per character instead of every word in turn."""
    trie: dict[str, dict[str, Any]] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + build(child) for ch, child in sorted(node.items()) if ch]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return build(trie)


#: Any gate literal of any label: a string with none of them carries no label, which one
#: search says for most strings instead of one per label.
_ANY_GATE = re.compile(literal_trie(sorted({w for words in _GATES.values() for w in words})))

REVERSE_SHELL_RE = re.compile(
    r"(?:ba)?sh\s+-i\s*>&\s*/dev/tcp/|/dev/tcp/[^\s'\"]+/\d+|\bnc(?:at)?\b[^\n]{0,60}\s-e\s+\S*(?:sh|cmd)"
    r"|socat\b[^\n]{0,80}exec:[^\n]{0,20}sh"
    r"|TCPClient\([^\n]{0,600}(?:iex|Invoke-Expression)"
    # An SSH remote forward of this machine's SSH port: a way in from outside.
    r"|\bssh\b[^\n]{0,200}\s-R\s*\S*:22\b"
    # A Python one-liner (python -c '...'): a socket connected to a host and port, its
    # descriptor duplicated onto the standard streams, then a shell or a pty.
    r"|\.connect\(\s*\(\s*[\"'][^\"'\n]{1,100}[\"']\s*,\s*\d{1,5}\s*\)\s*\)"
    r"[^\n]{0,300}?\bdup2\([^\n]{0,300}?(?:/bin/\w{0,4}sh\b|pty\.spawn|cmd\.exe)",
    re.IGNORECASE,
)
PIPE_TO_SHELL_RE = re.compile(
    r"(?:curl|wget)\b[^|;\n]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b"
    r"|powershell[^\n]{0,60}\s[-/]e(?:c|n[a-z]*)?\s"
    r"|(?:curl|wget)\b[^\n]{0,200}(?:&&|;)\s*(?:chmod\s+\+?[0-7x]+|(?:ba)?sh\s|\./|/tmp/|python)"
    # Command substitution in command position: sh -c "$(curl ..)", eval `wget ..`, bash <(curl ..)
    r"|(?:^|[;&|]\s*|\b(?:ba|z|da)?sh\s+-c\s+[\"']?|\beval\s+[\"']?)(?:\$\(|`)\s*(?:curl|wget)\b"
    r"|(?:\b(?:ba|z|da)?sh|\bsource|^\.|\s\.)\s+<\(\s*(?:curl|wget)\b"
    r"|certutil[^\n]{0,20}-urlcache|bitsadmin[^\n]{0,20}/transfer|mshta(?:\.exe)?\s+https?:"
    r"|msiexec(?:\.exe)?\s[^\n]{0,40}/[ip]\s*\"?https?://|regsvr32[^\n]{0,60}/i:\s*https?://"
    r"|rundll32[^\n]{0,100}(?:javascript:|https?://)|wmic[^\n]{0,80}process\s+call\s+create"
    r"|(?:curl|wget)\b[^|;\n]{0,200}\|\s*(?:sudo\s+)?python\d?\b"
    r"|iex\s*\(\s*(?:New-Object|iwr|Invoke-WebRequest|irm)"
    r"|(?:iwr|Invoke-WebRequest|irm|Invoke-RestMethod|DownloadFile|DownloadString|Start-BitsTransfer)"
    r"\b[^\n]{0,300}(?:Start-Process|\biex\b|Invoke-Expression|\.exe\b)",
    re.IGNORECASE,
)
#: A command that decodes data and pipes it into an interpreter (`echo <b64> | base64 -d |
#: bash`, `xxd -r -p | sh`, `openssl base64 -d | python`): the command hides what it runs.
DECODE_TO_SHELL_RE = re.compile(
    r"(?:base64|base32|basenc)\s+(?:-\w*[dD]\w*|--decode)\b[^|\n]{0,200}\|\s*(?:sudo\s+)?"
    r"(?:(?:ba|z|da|k)?sh|python\d?(?:\.\d+)?|perl|pwsh|powershell)\b"
    r"|(?:xxd\s+-r|openssl\s+(?:base64|enc)\b[^|\n]{0,40}\s-d)[^|\n]{0,200}\|\s*(?:sudo\s+)?"
    r"(?:(?:ba|z|da|k)?sh|python\d?)\b"
    r"|FromBase64String[^\n]{0,200}(?:\biex\b|Invoke-Expression)"
    r"|(?:\biex\b|Invoke-Expression)[^\n]{0,200}FromBase64String",
    re.IGNORECASE,
)
#: Words one of which must occur for PIPE_TO_SHELL_RE to match (lower case).
DL_WORDS = (
    "curl", "wget", "powershell", "certutil", "bitsadmin", "mshta", "iwr ", "irm ", "invoke-",
    "downloadfile", "downloadstring", "start-bitstransfer", "msiexec", "regsvr32", "rundll32",
    "wmic",
)  # fmt: skip
#: A requirement fetched from a URL instead of the index (PEP 508 direct reference).
DIRECT_URL_DEP_RE = re.compile(
    r"\s*[A-Za-z0-9][\w.-]*\s*(?:\[[^\]]*\])?\s*@\s*"
    r"(?:https?|git\+\w+|hg\+\w+|svn\+\w+|bzr\+\w+|ftp)://"
)
#: System commands a package must not install under its own name: command -> owner project.
SYSTEM_COMMANDS = {
    "git": "", "python": "", "python3": "", "sudo": "", "ssh": "", "scp": "", "ls": "",
    "sh": "", "bash": "", "curl": "", "wget": "", "node": "", "npm": "", "docker": "",
    "kubectl": "", "gpg": "", "openssl": "", "make": "", "gcc": "", "cc": "", "apt": "",
    "apt-get": "", "brew": "", "su": "", "passwd": "", "ps": "", "env": "",
    "pip": "pip", "pip3": "pip", "aws": "awscli", "gcloud": "", "az": "azure-cli",
    "gh": "", "conda": "conda", "uv": "uv", "poetry": "poetry", "twine": "twine",
}  # fmt: skip
#: Calls that start the user's web browser.
BROWSER_OPEN = frozenset({"webbrowser.open", "webbrowser.open_new", "webbrowser.open_new_tab"})
#: Commands whose output describes the host or holds its environment.
RECON_CMD_RE = re.compile(
    r"^\s*(?:(?P<env>env|printenv|set|export\s+-p|cat\s+/proc/self/environ)"
    r"|whoami|hostname|id|uname(?:\s+-\w+)?|ipconfig(?:\s+/all)?|ifconfig|ip\s+a(?:ddr)?"
    r"|systeminfo|net\s+user|cat\s+/etc/(?:passwd|hosts)|ps\s+aux|tasklist|netstat(?:\s+-\w+)?"
    r"|wmic\b[^\n]*|sw_vers|hostnamectl)\s*$",
    re.IGNORECASE,
)
#: Commands whose output is a stored credential (credential helpers, keychains).
CRED_CMD_RE = re.compile(
    r"^\s*(?:git\s+credential(?:-[\w-]+)?\s+(?:fill|get)|security\s+(?:find-(?:generic|internet)"
    r"-password|dump-keychain)|secret-tool\s+lookup|cmdkey\s+/list|vaultcmd\b"
    r"|docker-credential-\S+\s+get)",
    re.IGNORECASE,
)
#: Commands that print a token for their own cloud or forge: clients send it there.
TOKEN_CMD_RE = re.compile(
    r"^\s*(?:gh\s+auth\s+token|gcloud\s+auth\s+(?:application-default\s+)?print-access-token"
    r"|az\s+account\s+get-access-token|aws\s+(?:configure\s+export-credentials|sts\s+get-session-token))",
    re.IGNORECASE,
)
#: Programs that are interactive shells when started without a command.
SHELLS = frozenset({"sh", "bash", "zsh", "dash", "ksh", "ash", "cmd", "cmd.exe", "powershell",
                    "powershell.exe", "pwsh"})  # fmt: skip
#: PowerShell that talks to the network (a download, a web request, a socket).
PS_NET_RE = re.compile(
    r"\b(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm|Start-BitsTransfer|DownloadFile"
    r"|DownloadString|DownloadData|Net\.WebClient|Net\.Sockets\.TCPClient)\b",
    re.IGNORECASE,
)
#: A command that saves a download to a file (PowerShell, curl -o, wget -O, certutil).
DOWNLOAD_TO_FILE_CMD_RE = re.compile(
    r"\b(?:Invoke-WebRequest|iwr|Invoke-RestMethod|irm)\b[^\n]{0,300}\s-OutFile\b"
    r"|\bDownloadFile\b|\bStart-BitsTransfer\b|certutil[^\n]{0,20}-urlcache"
    r"|\b(?:curl|wget)\b[^|;\n]{0,200}\s(?:-o|-O|--output|--output-document)\b",
    re.IGNORECASE,
)
#: Programs that talk to the network: secrets on their command line are sent.
NET_TOOLS = frozenset({"curl", "wget", "nslookup", "dig", "host", "ping", "nc", "ncat", "scp",
                       "ssh", "ftp", "tftp", "curl.exe"})  # fmt: skip
#: Clipboard commands: (reads, writes) by their argument lists.
CLIP_READ_CMD_RE = re.compile(
    r"^(?:pbpaste|wl-paste|xsel(?:\s+-\w+)*\s+(?:-o|--output)|xclip\b(?!.*\s-i(?:n)?\b)(?=.*\s-o)"
    r"|powershell[^\n]*Get-Clipboard)",
    re.IGNORECASE,
)
CLIP_WRITE_CMD_RE = re.compile(
    r"^(?:pbcopy|wl-copy|clip(?:\.exe)?$|xsel(?:\s+-\w+)*\s+(?:-i|--input)|xclip\b(?!.*\s-o(?:ut)?\b)"
    r"|powershell[^\n]*Set-Clipboard)",
    re.IGNORECASE,
)
AUTOSTART_CMD_RE = re.compile(
    r"\bcrontab\b|schtasks[^\n]{0,20}/create|reg(?:\.exe)?\s+add[^\n]{0,120}\\Run\b"
    r"|systemctl\s+(?:--user\s+)?enable|launchctl\s+load"
    # Global git settings that make every git command run a program.
    r"|git\s+config\s+(?:--global|--system)\s+(?:credential\.helper|core\.hookspath"
    r"|core\.sshcommand|core\.askpass|core\.fsmonitor)\b",
    re.IGNORECASE,
)
HIDDEN_CMD_RE = re.compile(
    r"\bnohup\b[^\n]*&\s*$|\bnohup\b[^\n]*&\s*[;)]|-w(?:indowstyle)?\s+hidden\b|\bpythonw(?:\.exe)?\b"
    r"|--donate-level|stratum\+tcp|\bxmrig\b|\bdisown\b",
    re.IGNORECASE,
)
#: A detached terminal session keeps a program running out of sight (tmux libraries do
#: this on request; on import it hides a process).
DETACHED_SESSION_RE = re.compile(
    r"\btmux\b[^\n]{0,40}\bnew(?:-session)?\b[^\n]{0,80}\s-d\b|\bscreen\s+-(?:d?m|dm)S?\b",
    re.IGNORECASE,
)
#: `pip config set global.index-url ...`: every later install asks another index.
PIP_CONFIG_CMD_RE = re.compile(
    r"\bpip\d*(?:\.exe)?\s+config\s+(?:--\w+\s+)*set\s+\S*(?:index-url|trusted-host|find-links)",
    re.IGNORECASE,
)
#: Names of a cryptocurrency wallet's secret (a parameter, variable, attribute or key):
#: `private_key`, `fromPrivateKey`, `mnemonic`, `seed_phrase`; not a key's id, path or size.
WALLET_SECRET_NAME_RE = re.compile(
    r"(?:private_?key|priv_?key|mnemonic|seed_?phrase|secret_?phrase|recovery_?phrase"
    r"|seed_?words)(?:s|_?str|_?hex|_?bytes|_?words)?$",
    re.IGNORECASE,
)
#: Words of a file that handles cryptocurrency: its chains, libraries and wallets. A
#: "private key" elsewhere may be an API's secret (reCAPTCHA's) sent to its own service.
CRYPTO_WORDS_RE = re.compile(
    r"(?<![A-Za-z])(?:tron[a-z]*|web3|eth_account|ethereum|solana|solders|bitcoin|btc|wallets?|bip_?(?:32|39|44)"
    r"|mnemonic|keypair|lamports|usdt|erc20|trc20|blockchain|crypto_?currency|metamask"
    r"|phantom|raydium|jupiter|pump_?fun|hdwallet|seed_?phrase)(?![A-Za-z])",
    re.IGNORECASE,
)
#: Names of a cloud access key's secret (AWS, Alibaba Cloud, Tencent Cloud): SDKs sign
#: requests with it and never send it.
CLOUD_SECRET_NAME_RE = re.compile(
    r"(?:access_?key_?secret|secret_?access_?key|aws_?secret\w*)$", re.IGNORECASE
)
#: Hosts of the clouds themselves (their own token services).
CLOUD_HOST_RE = re.compile(
    r"(?:^|\.)(?:amazonaws\.com|aliyuncs\.com|aliyun\.com|myqcloud\.com|tencentcloudapi\.com"
    r"|googleapis\.com|azure\.com|windows\.net|huaweicloud\.com|volces\.com)(?::\d+)?$",
    re.IGNORECASE,
)
#: Environment variables that name the user's home or app-data folders.
HOME_ENV = frozenset({"HOME", "USERPROFILE", "APPDATA", "LOCALAPPDATA", "HOMEPATH"})
#: Calls that list a folder's files (their names, or paths under it).
LISTING_CALLS = frozenset({"os.listdir", "os.scandir", "os.walk", "glob.glob", "glob.iglob"})
#: Methods of a path object that list its files.
LISTING_METHODS = frozenset({"iterdir", "glob", "rglob", "walk"})
SECRET_ENV_RE = re.compile(
    r"TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|SESSION_?KEY|WEBHOOK",
    re.IGNORECASE,
)


_NO_LABELS: frozenset[Label] = frozenset()


@functools.lru_cache(maxsize=1 << 16)
def string_labels(text: str) -> frozenset[Label]:
    """Labels (cred, browser, wallet, autostart, shellrc, shell, wallet-addr) a string carries."""
    if _ANY_GATE.search(text) is None:
        return _NO_LABELS
    found: set[Label] = set()
    for label, rx, gate in _LABEL_RES:
        if label not in found and gate.search(text) and rx.search(text):
            found.add(label)
    return frozenset(found)
