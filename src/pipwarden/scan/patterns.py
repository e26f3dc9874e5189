"""Tables and regular expressions the engine matches: API names, paths, hosts.

Pure data plus tiny classifiers; no traversal logic lives here.
"""

from __future__ import annotations

import ipaddress
import math
import re
from collections import Counter

# ------------------------------------------------------------------ callees

EXEC_SINKS = frozenset(
    {"exec", "eval", "compile", "execfile", "builtins.exec", "builtins.eval", "builtins.compile"}
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
        "dns.resolver.resolve",
        "dns.resolver.query",
        "wget.download",
    }
)
DOWNLOAD_TO_FILE = frozenset({"urllib.request.urlretrieve", "urllib.urlretrieve", "wget.download"})

#: Constructors of objects whose methods talk to the network: qualname -> object tag.
NET_OBJECTS = {
    "socket.socket": "<socket>",
    "socket.create_connection": "<socket>",
    "ssl.wrap_socket": "<socket>",
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
}
NET_METHODS = frozenset(
    {
        "send",
        "sendall",
        "sendto",
        "sendmail",
        "send_message",
        "post",
        "get",
        "put",
        "patch",
        "request",
        "urlopen",
        "open",
        "storbinary",
        "connect",
        "recv",
        "recv_into",
        "recvfrom",
        "execute",
        "send_document",
        "send_file",
    }
)
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
_LABELS: list[tuple[str, str]] = [
    (
        r"\.ssh/|id_rsa|id_ed25519|id_ecdsa|\.aws/credentials|\.aws/config|\.pypirc|\.netrc"
        r"|\.npmrc|\.git-credentials|\.docker/config\.json|\.kube/config|/etc/shadow"
        r"|\.config/gcloud|\.azure/|\.gnupg|login\.keychain|\.bash_history|\.zsh_history",
        "cred",
    ),
    (
        r"Login Data|Local State|Web Data|User Data[/\\]+Default|[/\\]Cookies\b|cookies\.sqlite"
        r"|logins\.json|key4\.db|Local Storage[/\\]+leveldb|discord(?:canary|ptb)?[/\\]"
        r"|Telegram Desktop|[/\\]tdata\b|\btdata[/\\]",
        "browser",
    ),
    (
        r"wallet\.dat|Exodus|Electrum|Atomic[/\\]|Ethereum[/\\]+keystore"
        r"|nkbihfbeogaeaoehlefnkodbefgpgknn|bfnaelmomeimhlpmgjnjophhpkkoljpa|MetaMask",
        "wallet",
    ),
    (
        r"/etc/cron|crontab|/var/spool/cron|/etc/systemd/|\.config/systemd/|/etc/init\.d/"
        r"|LaunchAgents|LaunchDaemons|/etc/rc\.local|\.config/autostart|Start Menu[/\\]+Programs"
        r"[/\\]+Startup|CurrentVersion[/\\]+Run|schtasks|systemctl enable|launchctl load",
        "autostart",
    ),
    (r"\.bashrc|\.bash_profile|\.zshrc|\.profile\b|\.zprofile|\.config/fish/config", "shellrc"),
    (
        r"/dev/tcp/|\bnc(?:at)?\b[^\n]{0,40}\s-[ec]\s|\bsh\s+-i\b|bash\s+-i\b|cmd\.exe"
        r"|/bin/(?:ba)?sh\b|TCPClient",
        "shell",
    ),
    (r"(?:/tmp|/var/tmp|/dev/shm)/\.|\\AppData\\Roaming\\[^\\]+\.exe", "hidden-path"),
    (
        r"\b(?:bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}\b|\b0x[a-fA-F0-9]{40}\b|bc1\|"
        r"|\[13\]\[a-km-zA-HJ-NP-Z1-9\]|0x\[a-fA-F0-9\]\{40\}|\[a-fA-F0-9\]\{40\}",
        "wallet-addr",
    ),
]
_LABEL_RE = re.compile("|".join(f"(?P<g{i}>{pat})" for i, (pat, _) in enumerate(_LABELS)))
_LABEL_NAMES = {f"g{i}": label for i, (_, label) in enumerate(_LABELS)}

REVERSE_SHELL_RE = re.compile(
    r"(?:ba)?sh\s+-i\s*>&\s*/dev/tcp/|/dev/tcp/[^\s'\"]+/\d+|\bnc(?:at)?\b[^\n]{0,60}\s-e\s+\S*(?:sh|cmd)"
    r"|socat\b[^\n]{0,80}exec:[^\n]{0,20}sh"
    r"|TCPClient\([^\n]{0,600}(?:iex|Invoke-Expression)",
    re.IGNORECASE,
)
PIPE_TO_SHELL_RE = re.compile(
    r"(?:curl|wget)\b[^|;\n]{0,200}\|\s*(?:sudo\s+)?(?:ba|z)?sh\b|powershell[^\n]{0,40}\s-e(?:nc)?\s"
    r"|(?:curl|wget)\b[^\n]{0,200}(?:&&|;)\s*(?:chmod\s+\+?[0-7x]+|(?:ba)?sh\s|\./|/tmp/|python)"
    r"|certutil[^\n]{0,20}-urlcache|bitsadmin[^\n]{0,20}/transfer|mshta\s+https?:"
    r"|iex\s*\(\s*(?:New-Object|iwr|Invoke-WebRequest|irm)"
    r"|(?:iwr|Invoke-WebRequest|irm|Invoke-RestMethod|DownloadFile|DownloadString|Start-BitsTransfer)"
    r"\b[^\n]{0,300}(?:Start-Process|\biex\b|Invoke-Expression|\.exe\b)",
    re.IGNORECASE,
)
#: Words one of which must occur for PIPE_TO_SHELL_RE to match (lower case).
DL_WORDS = (
    "curl", "wget", "powershell", "certutil", "bitsadmin", "mshta", "iwr ", "irm ", "invoke-",
    "downloadfile", "downloadstring", "start-bitstransfer",
)  # fmt: skip
AUTOSTART_CMD_RE = re.compile(
    r"\bcrontab\b|schtasks[^\n]{0,20}/create|reg(?:\.exe)?\s+add[^\n]{0,120}\\Run\b"
    r"|systemctl\s+(?:--user\s+)?enable|launchctl\s+load",
    re.IGNORECASE,
)
HIDDEN_CMD_RE = re.compile(
    r"\bnohup\b[^\n]*&\s*$|\bnohup\b[^\n]*&\s*[;)]|-w(?:indowstyle)?\s+hidden\b|\bpythonw(?:\.exe)?\b"
    r"|--donate-level|stratum\+tcp|\bxmrig\b|\bdisown\b",
    re.IGNORECASE,
)
SECRET_ENV_RE = re.compile(
    r"TOKEN|SECRET|PASSW|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIAL|SESSION_?KEY|WEBHOOK",
    re.IGNORECASE,
)


def string_labels(text: str) -> frozenset[str]:
    """Labels (cred, browser, wallet, autostart, shellrc, shell, wallet-addr) a string carries."""
    found = set()
    for m in _LABEL_RE.finditer(text):
        if m.lastgroup:
            found.add(_LABEL_NAMES[m.lastgroup])
    return frozenset(found)


# ------------------------------------------------------------------ endpoints

_ENDPOINTS: list[tuple[str, str]] = [
    (
        r"pastebin\.com|paste\.ee|hastebin\.com|ghostbin|rentry\.co|dpaste\.(?:com|org)"
        r"|transfer\.sh|file\.io\b|anonfiles\.com|bashupload\.com|0x0\.st|termbin\.com"
        r"|paste\.c-net\.org|pastes\.io",
        "suspicious-endpoint.paste-site",  # labels as "paste" too
    ),
    (
        r"discord(?:app)?\.com/api/webhooks|api\.telegram\.org/bot|hooks\.slack\.com/services",
        "suspicious-endpoint.webhook",
    ),
    (
        r"[\w-]+\.ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|serveo\.net|localhost\.run"
        r"|webhook\.site|requestbin|pipedream\.net|\.oast\.(?:fun|me|live|site|online|pro)"
        r"|interact\.sh|burpcollaborator\.net|canarytokens|ngrok\.io|\.onion\b",
        "suspicious-endpoint.tunnel",
    ),
    (
        r"[\w-]+\.(?:duckdns\.org|no-ip\.(?:org|com|biz)|ddns\.net|hopto\.org|zapto\.org"
        r"|sytes\.net|dynu\.net|freedns\.afraid\.org|serveftp\.com)",
        "suspicious-endpoint.dynamic-dns",
    ),
]
_ENDPOINT_RE = re.compile(
    "|".join(f"(?P<e{i}>{pat})" for i, (pat, _) in enumerate(_ENDPOINTS)), re.IGNORECASE
)
_ENDPOINT_RULES = {f"e{i}": rule for i, (_, rule) in enumerate(_ENDPOINTS)}
_RAW_IP_RE = re.compile(r"(?:https?|ftp|tcp)://(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


def endpoint(text: str) -> tuple[str, str] | None:
    """(rule id, matched text) when `text` names a suspicious endpoint."""
    m = _ENDPOINT_RE.search(text)
    if m and m.lastgroup:
        return _ENDPOINT_RULES[m.lastgroup], m.group(0)
    m = _RAW_IP_RE.search(text)
    if m:
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            return None
        if ip.is_global:
            return "suspicious-endpoint.raw-ip", m.group(0)
    return None


# ------------------------------------------------------------------ blobs

BLOB_RE = re.compile(rb"""["']([^"'\s\\]{256,})""")
_B64_RE = re.compile(rb"[A-Za-z0-9+/_-]+={0,2}")
_HEX_RE = re.compile(rb"(?:\\x)?[0-9a-fA-F]+")


def entropy(data: bytes) -> float:
    """Shannon entropy in bits per byte."""
    if not data:
        return 0.0
    n = len(data)
    return -sum(c / n * math.log2(c / n) for c in Counter(data).values())


def classify_blob(data: bytes) -> str | None:
    """The rule id a long unspaced literal deserves, or None."""
    if _B64_RE.fullmatch(data) or _HEX_RE.fullmatch(data.replace(b"\\x", b"")):
        # Long identifiers/paths are not blobs: require mixed digits and letters.
        digits = sum(1 for b in data[:512] if 48 <= b <= 57)
        if digits >= 8:
            return "obfuscation.encoded-blob"
        return None
    if entropy(data[:4096]) > 5.3:
        return "obfuscation.high-entropy"
    return None


EXEC_DECODE_RE = re.compile(
    rb"\b(?:exec|eval)(?:\s*\(|\s+)[^\n]{0,120}?(?:b64decode|b32decode|decompress|fromhex|unhexlify"
    rb"|marshal\.loads|rot.?13|\[::-1\])"
)
NATIVE_MAGIC = (b"\x7fELF", b"MZ", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe")
NATIVE_MAGIC2 = (b"\xcf\xfa\xed\xfe",)


def is_native(data: bytes) -> bool:
    """True for ELF, PE (with a PE header) and Mach-O binaries."""
    if data.startswith(b"MZ"):
        return b"PE\x00\x00" in data[:4096] or b"This program cannot be run in DOS" in data[:512]
    return data.startswith(NATIVE_MAGIC + NATIVE_MAGIC2)
