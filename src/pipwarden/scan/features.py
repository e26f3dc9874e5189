"""Technique-level facts of a target, as numbers: the input of the scanner's model.

A `Collector` watches the members the scanner reads (it never reads an archive
itself, and never imports, builds or runs anything) and, once the findings are
known, gives one `Features` mapping of a few dozen named numbers:

* API-call groups (process, network, decoding, dynamic code, file drops,
  reconnaissance, browser and wallet secrets, Windows internals) counted in
  the code that runs on install or import, per execution context: ``install``
  (setup.py and the modules it imports) and ``import`` (top-level
  ``__init__.py``, root modules, what a ``.pth`` file imports).
* Literal kinds in the same code: URLs, URLs to a bare IP address, shell and
  PowerShell command words, executable file names, secret-store words, long
  encoded blobs, the highest string entropy.
* The engine's events (network, processes, exec, downloads, drops, secrets,
  spying) of every module, as the number of files with each, per context
  (``package`` for the modules that only run when called). Test and docs
  files of a source tree are left out: what a test suite does is not what
  installing does.
* setup.py's shape: command classes, a class overriding an install command,
  code at module level besides ``setup()``.
* The findings, by execution context: how severe, how many, how many families.

Install and import-time files are parsed again here (names resolved through
their imports; a file that does not parse, such as Python 2, is read with
regular expressions); the other modules, where most of a large project's
bytes are, are described by the engine's events only, so the scan stays
within its time budget.
"""

from __future__ import annotations

import ast
import math
import re
import warnings
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field

from pipwarden.findings import Finding, Severity
from pipwarden.rules import family
from pipwarden.scan.budget import Clock
from pipwarden.scan.context import OFF_PACKAGE, Context, Outside, file_context
from pipwarden.scan.facts import Event
from pipwarden.scan.members import Member

#: Named numbers describing one target.
Features = dict[str, float]

#: API groups: dotted names (a trailing ``*`` matches any attribute below it).
GROUPS: dict[str, tuple[str, ...]] = {
    "process": (
        "os.system",
        "os.popen",
        "os.exec*",
        "os.spawn*",
        "os.posix_spawn*",
        "os.startfile",
        "subprocess.*",
        "pty.spawn",
        "commands.getoutput",
        "commands.getstatusoutput",
    ),
    "network": (
        "urllib.request.urlopen",
        "urllib.request.urlretrieve",
        "urllib.request.Request",
        "urllib.request.build_opener",
        "urllib.urlopen",
        "urllib.urlretrieve",
        "urllib2.urlopen",
        "urllib2.Request",
        "requests.*",
        "httpx.*",
        "http.client.HTTPConnection",
        "http.client.HTTPSConnection",
        "httplib.HTTPConnection",
        "socket.socket",
        "socket.create_connection",
        "aiohttp.ClientSession",
        "aiohttp.request",
        "ftplib.FTP",
        "smtplib.SMTP*",
        "websocket.*",
        "discord_webhook.*",
        "dhooks.*",
        "telebot.*",
        "pycurl.*",
    ),
    "decode": (
        "base64.b64decode",
        "base64.b32decode",
        "base64.b16decode",
        "base64.a85decode",
        "base64.b85decode",
        "base64.decodebytes",
        "base64.decodestring",
        "base64.urlsafe_b64decode",
        "codecs.decode",
        "zlib.decompress",
        "gzip.decompress",
        "lzma.decompress",
        "bz2.decompress",
        "marshal.loads",
        "binascii.unhexlify",
        "binascii.a2b_base64",
        "bytes.fromhex",
        "bytearray.fromhex",
    ),
    "dynamic": (
        "exec",
        "eval",
        "compile",
        "__import__",
        "importlib.import_module",
        "builtins.exec",
        "builtins.eval",
        "types.FunctionType",
        "types.CodeType",
    ),
    "drop": (
        "tempfile.*",
        "os.chmod",
        "shutil.copy*",
        "shutil.move",
        "os.getenv",
        "os.environ.get",
        "os.path.expanduser",
        "os.getcwd",
    ),
    "recon": (
        "getpass.getuser",
        "os.getlogin",
        "platform.node",
        "platform.uname",
        "platform.system",
        "platform.platform",
        "socket.gethostname",
        "socket.gethostbyname",
        "uuid.getnode",
        "os.uname",
        "psutil.*",
    ),
    "secrets": (
        "win32crypt.*",
        "Crypto.*",
        "Cryptodome.*",
        "cryptography.*",
        "sqlite3.connect",
        "browser_cookie3.*",
        "pyperclip.*",
        "PIL.ImageGrab.*",
        "pyautogui.screenshot",
        "keyboard.*",
        "pynput.*",
    ),
    "windows": (
        "ctypes.windll*",
        "ctypes.WinDLL",
        "ctypes.CDLL",
        "ctypes.cdll*",
        "winreg.*",
        "_winreg.*",
        "win32api.*",
        "win32con.*",
        "win32gui.*",
        "win32process.*",
    ),
}

#: Words in string literals (lower case): shell and download command lines.
_SHELL_WORDS = (
    b"powershell",
    b"invoke-webrequest",
    b"invoke-expression",
    b"iex(",
    b"iex (",
    b"downloadstring",
    b"downloadfile",
    b"start-process",
    b"-windowstyle",
    b"-encodedcommand",
    b"curl ",
    b"wget ",
    b"bash -c",
    b"| sh",
    b"|sh",
    b"| bash",
    b"|bash",
    b"chmod +x",
    b"cmd /c",
    b"cmd.exe /c",
    b"/dev/tcp/",
    b"nohup ",
    b"mshta",
    b"certutil",
    b"bitsadmin",
    b"regsvr32",
    b"schtasks",
    b"start /b",
    b"nc -e",
)
#: Executable or script file names in strings (lower case).
_EXE_WORDS = (b".exe", b".bat", b".ps1", b".vbs", b".vbe", b".scr", b".msi", b".hta")
#: Secret stores and wallets named in strings (lower case).
_SECRET_WORDS = (
    b"login data",
    b"local state",
    b"leveldb",
    b"discord",
    b"telegram",
    b"wallet",
    b"metamask",
    b"exodus",
    b"id_rsa",
    b".aws/",
    b".npmrc",
    b".pypirc",
    b"keychain",
    b"cookies",
)
_URL = re.compile(rb"(?:https?|ftp|tcp)://([^\s'\"<>)/:]*)", re.IGNORECASE)
_IP = re.compile(rb"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_BLOB = re.compile(rb"[A-Za-z0-9+/=_-]{160,}")
_HEX_ESCAPES = re.compile(rb"(?:\\x[0-9a-fA-F]{2}){40,}")

# Fallback for the modules that are not parsed: imports and dotted calls.
_RE_IMPORT = re.compile(rb"^[ \t]*import[ \t]+([\w.]+)(?:[ \t]+as[ \t]+(\w+))?", re.MULTILINE)
_RE_FROM = re.compile(rb"^[ \t]*from[ \t]+([\w.]+)[ \t]+import[ \t]+\(?([\w, \t]+)", re.MULTILINE)

#: Contexts whose code is counted (test and docs files are not).
CONTEXTS = ("install", "import", "package")
#: Per-context counters of the parsed install and import-time code.
COUNTERS = (*GROUPS, "url", "url_ip", "shell", "exe", "blob", "secret_word")
#: The engine's per-file events (`pipwarden.scan.engine`), grouped: per context, the
#: number of files with an event of the group is a feature (every module counts here,
#: not only the parsed ones).
EVENTS: dict[str, frozenset[Event]] = {
    # A request to a loopback address (Event.LOOPBACK) reaches no other machine: not here.
    "net": frozenset({Event.NET, Event.SOCKET_CONNECT, Event.BEACON}),
    "process": frozenset({Event.PROCESS, Event.SHELL, Event.FORK, Event.HIDDEN_START}),
    "exec": frozenset(
        {Event.EXEC, Event.EXEC_MEM, Event.RUN_MEM, Event.EXEC_MEM_PAYLOAD, Event.LOAD_NATIVE}
    ),
    "download": frozenset({Event.DOWNLOAD_FILE, Event.DOWNLOAD_PROGRAM}),
    "drop": frozenset({Event.DROP_NATIVE, Event.WRITE_DECODED, Event.CHMOD}),
    "secret": frozenset({Event.SECRET_SEEN, Event.SECRET_WORD, Event.SECRET_BEACON}),
    "spy": frozenset({Event.SPY, Event.CLIP_READ, Event.CLIP_WRITE}),
}
#: Pairs of counters whose co-occurrence in install or import-time code is a feature.
_PAIRS = (("process", "network"), ("decode", "dynamic"), ("network", "drop"), ("process", "shell"))
#: Install and import-time files larger than this are read with regular expressions.
_MAX_PARSED = 256 * 1024
#: Files read at most, for the model (the rest of a huge target adds nothing).
_MAX_FILE = 2 * 1024 * 1024


def _matcher() -> tuple[dict[str, str], list[tuple[str, str]]]:
    exact: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    for group, names in GROUPS.items():
        for n in names:
            if n.endswith("*"):
                prefixes.append((n[:-1], group))
            else:
                exact[n] = group
    return exact, prefixes


_EXACT, _PREFIXES = _matcher()
#: Top-level modules (and builtins) of the API groups.
_ROOTS = frozenset(n.split(".")[0] for names in GROUPS.values() for n in names)
_BUILTINS = tuple(
    n for n in _ROOTS if "." not in n and n in ("exec", "eval", "compile", "__import__")
)


def group_of(dotted: str) -> str | None:
    """The API group of a resolved dotted call name, or None."""
    group = _EXACT.get(dotted)
    if group is not None:
        return group
    for prefix, g in _PREFIXES:
        if dotted.startswith(prefix):
            return g
    return None


def entropy(text: str) -> float:
    """Shannon entropy of `text` in bits per character."""
    if not text:
        return 0.0
    counts = Counter(text)
    n = len(text)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


@dataclass
class _FileFacts:
    """What one file contributes."""

    counts: Counter[str] = field(default_factory=Counter)
    max_entropy: float = 0.0
    setup: dict[str, float] = field(default_factory=dict)
    #: (first, last line) of a function's or method's body -> its counts and entropy, for
    #: a module setup.py imports of which only a part runs at install.
    bodies: dict[tuple[int, int], tuple[Counter[str], float]] = field(default_factory=dict)
    #: The highest entropy of the strings outside every function body.
    rest_entropy: float = 0.0

    def without(self, spans: Iterable[tuple[int, int]]) -> tuple[_FileFacts, _FileFacts]:
        """The facts of the file but the function bodies at `spans`, and of those bodies."""
        cut_spans = set(spans)
        rest = _FileFacts(Counter(self.counts), 0.0, self.setup)
        cut = _FileFacts()
        for span in cut_spans & self.bodies.keys():
            counts, top = self.bodies[span]
            rest.counts.subtract(counts)
            cut.counts.update(counts)
            cut.max_entropy = max(cut.max_entropy, top)
        rest.counts = +rest.counts
        kept = [top for span, (_, top) in self.bodies.items() if span not in cut_spans]
        rest.max_entropy = max([self.rest_entropy, *kept])
        return rest, cut


def _words(lower: bytes, words: tuple[bytes, ...]) -> int:
    return sum(lower.count(w) for w in words)


def _literal_counts(data: bytes, out: Counter[str]) -> None:
    lower = data.lower()
    if b"://" in data:
        hosts = _URL.findall(data)
        out["url"] += len(hosts)
        out["url_ip"] += sum(1 for h in hosts if _IP.fullmatch(h))
    out["shell"] += _words(lower, _SHELL_WORDS)
    out["exe"] += _words(lower, _EXE_WORDS)
    out["secret_word"] += _words(lower, _SECRET_WORDS)
    out["blob"] += len(_BLOB.findall(data))
    if b"\\x" in data:
        out["blob"] += len(_HEX_ESCAPES.findall(data))


def _resolve(name: str, aliases: dict[str, str]) -> str:
    head, dot, rest = name.partition(".")
    base = aliases.get(head)
    if base is None:
        return name
    return f"{base}{dot}{rest}" if rest else base


def scan_regex(data: bytes) -> _FileFacts:
    """The facts of a module read with regular expressions (imports, dotted calls)."""
    facts = _FileFacts()
    aliases: dict[str, str] = {}
    for m in _RE_IMPORT.finditer(data):
        mod = m.group(1).decode("latin-1")
        alias = m.group(2)
        aliases[alias.decode("latin-1") if alias else mod.split(".")[0]] = (
            mod if alias else mod.split(".")[0]
        )
    for m in _RE_FROM.finditer(data):
        mod = m.group(1).decode("latin-1")
        for item in m.group(2).decode("latin-1").split(","):
            words = item.split()
            if not words:
                continue
            alias = words[-1] if len(words) == 3 and words[1] == "as" else words[0]
            aliases[alias] = f"{mod}.{words[0]}"
    heads = sorted(
        {a for a, full in aliases.items() if full.split(".")[0] in _ROOTS} | set(_BUILTINS)
    )
    if heads:
        words = b"|".join(re.escape(h.encode()) for h in heads)
        calls = re.compile(rb"(?<![\w.])(" + words + rb")((?:\.\w+)*)\s*\(")
        for m in calls.finditer(data):
            name = (m.group(1) + m.group(2)).decode("latin-1")
            group = group_of(_resolve(name, aliases))
            if group is not None:
                facts.counts[group] += 1
    _literal_counts(data, facts.counts)
    return facts


class _Visitor(ast.NodeVisitor):
    """Resolved calls and string literals of a parsed module."""

    def __init__(self, spans: bool = False) -> None:
        self.aliases: dict[str, str] = {}
        self.calls: list[str] = []
        self.strings: list[str] = []
        #: With `spans`, the calls and strings of each function's and top-level class's
        #: method's body, by (first, last line), and the strings outside them all.
        self.spans = spans
        self.by_span: dict[tuple[int, int], tuple[list[str], list[str]]] = {}
        self.outer_strings: list[str] = []
        self._span: tuple[list[str], list[str]] | None = None
        self._fn_depth = 0
        self._class_depth = 0

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        if not self.spans or self._fn_depth or self._class_depth > 1 or not node.body:
            self._fn_depth += 1
            self.generic_visit(node)
            self._fn_depth -= 1
            return
        for name, value in ast.iter_fields(node):  # decorators, arguments: outside the body
            if name == "body":
                continue
            for child in value if isinstance(value, list) else (value,):
                if isinstance(child, ast.AST):
                    self.visit(child)
        span = (node.body[0].lineno, node.end_lineno or node.lineno)
        saved, self._span = self._span, self.by_span.setdefault(span, ([], []))
        self._fn_depth += 1
        for stmt in node.body:
            self.visit(stmt)
        self._fn_depth -= 1
        self._span = saved

    visit_AsyncFunctionDef = visit_FunctionDef

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._class_depth += 1
        self.generic_visit(node)
        self._class_depth -= 1

    def _string(self, text: str) -> None:
        self.strings.append(text)
        if self._span is not None:
            self._span[1].append(text)
        elif self.spans:
            self.outer_strings.append(text)

    def visit_Import(self, node: ast.Import) -> None:
        for a in node.names:
            if a.asname:
                self.aliases[a.asname] = a.name
            else:
                head = a.name.split(".")[0]
                self.aliases[head] = head

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        mod = node.module or ""
        for a in node.names:
            self.aliases[a.asname or a.name] = f"{mod}.{a.name}" if mod else a.name

    def visit_Call(self, node: ast.Call) -> None:
        name = _dotted(node.func)
        if name is not None:
            self.calls.append(name)
            if self._span is not None:
                self._span[0].append(name)
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str):
            self._string(node.value)
        elif isinstance(node.value, bytes):
            self._string(node.value.decode("latin-1"))


def _dotted(node: ast.expr) -> str | None:
    parts: list[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
        return ".".join(reversed(parts))
    return None


_INSTALL_COMMANDS = frozenset(
    {"install", "develop", "egg_info", "build_py", "build_ext", "sdist", "bdist_egg", "build"}
)


def _setup_shape(tree: ast.Module) -> dict[str, float]:
    """setup.py's shape: command classes and code besides setup()."""
    shape = {"setup_cmdclass": 0.0, "setup_hook_class": 0.0, "setup_toplevel_calls": 0.0}
    for node in ast.walk(tree):
        if isinstance(node, ast.keyword) and node.arg == "cmdclass":
            shape["setup_cmdclass"] = 1.0
        if isinstance(node, ast.ClassDef):
            bases = {(_dotted(b) or "").rsplit(".", 1)[-1] for b in node.bases}
            runs = any(
                isinstance(item, ast.FunctionDef) and item.name in ("run", "__init__")
                for item in node.body
            )
            if runs and bases & _INSTALL_COMMANDS:
                shape["setup_hook_class"] = 1.0
    calls = 0
    for stmt in tree.body:
        if isinstance(stmt, (ast.Import, ast.ImportFrom, ast.FunctionDef, ast.ClassDef)):
            continue
        if isinstance(stmt, ast.If) and isinstance(stmt.test, ast.Compare):
            body: list[ast.stmt] = stmt.body  # if __name__ == "__main__": setup(...)
        else:
            body = [stmt]
        for s in body:
            for node in ast.walk(s):
                if isinstance(node, ast.Call):
                    dotted = _dotted(node.func) or ""
                    if group_of(dotted) in ("process", "network", "dynamic") or dotted.rsplit(
                        ".", 1
                    )[-1] in ("system", "Popen", "urlopen", "exec"):
                        calls += 1
    shape["setup_toplevel_calls"] = float(calls)
    return shape


def scan_ast(data: bytes, *, setup: bool = False, spans: bool = False) -> _FileFacts | None:
    """The facts of a parsed module, or None when it does not parse; with `spans`, those
    of each function's body too (`_FileFacts.bodies`)."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            tree = ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    v = _Visitor(spans and not setup)
    try:
        v.visit(tree)
    except RecursionError:
        return None
    facts = _FileFacts()
    facts.counts, facts.max_entropy = _counted(v.calls, v.strings, v.aliases)
    if setup:
        facts.setup = _setup_shape(tree)
    for span, (calls, strings) in v.by_span.items():
        facts.bodies[span] = _counted(calls, strings, v.aliases)
    facts.rest_entropy = _counted([], v.outer_strings, {})[1] if v.by_span else facts.max_entropy
    return facts


def _counted(
    calls: list[str], strings: list[str], aliases: dict[str, str]
) -> tuple[Counter[str], float]:
    """The API-group and literal counts of `calls` and `strings`, and their highest entropy."""
    counts = Counter[str]()
    for call in calls:
        group = group_of(_resolve(call, aliases))
        if group is not None:
            counts[group] += 1
    _literal_counts("\n".join(strings).encode("utf-8", "replace"), counts)
    top = 0.0
    for text in strings:
        if len(text) >= 40 and " " not in text[:200]:
            top = max(top, entropy(text[:4096]))
    return counts, top


def _is_entry(local: str, kind: str) -> bool:
    """Files whose code runs on install or import: root modules of a source tree,
    top-level packages' ``__init__.py``."""
    del kind  # the same in every kind of target: `local` is below an sdist's top folder
    depth = local.count("/")
    return depth == 0 or (depth == 1 and local.endswith("/__init__.py"))


class Collector:
    """Gathers features from the members the scanner reads (`watch`), then gives
    them with the findings (`features`)."""

    def __init__(self, kind: str, clock: Clock | None = None) -> None:
        self.kind = kind
        self.clock = clock
        self.files: dict[str, _FileFacts] = {}
        self.pth_targets: set[str] = set()

    def watch(self, members: Iterator[Member]) -> Iterator[Member]:
        """`members`, unchanged, noting each one's facts on the way."""
        try:
            for member in members:
                self.add(member.name, member.data)
                yield member
        finally:
            close = getattr(members, "close", None)
            if close is not None:
                close()

    def _local(self, name: str) -> str:
        if self.kind in ("sdist", "zip") and "/" in name:
            return name.split("/", 1)[1]
        return name

    def add(self, name: str, data: bytes) -> None:
        """Note one member's facts (Python sources and .pth files; others are skipped)."""
        lower = name.lower()
        if lower.endswith(".pth"):
            for line in data.decode("utf-8", "replace").splitlines():
                words = line.split()
                if len(words) > 1 and words[0] == "import":
                    self.pth_targets.add(words[1].split(";")[0].split(".")[0].rstrip(","))
            facts = _FileFacts()
            _literal_counts(data, facts.counts)
            facts.counts["pth_import"] += 1
            self.files[name] = facts
            return
        if not lower.endswith((".py", ".pyw")) or len(data) > _MAX_FILE:
            return
        local = self._local(name)
        if not _is_entry(local, self.kind):
            return  # the engine's events describe the other modules
        parsed = None
        if len(data) <= _MAX_PARSED:
            # A source tree's modules may be imported by its setup.py: then only part of
            # each runs at install, function by function (`features`' `outside`).
            spans = self.kind in ("sdist", "zip", "folder")
            parsed = scan_ast(data, setup=local == "setup.py", spans=spans)
            if self.clock is not None:
                self.clock.check()  # the target's time budget covers this pass too
        self.files[name] = parsed if parsed is not None else scan_regex(data)

    def context_of(self, name: str, install: frozenset[str]) -> str:
        """install, import or package: where a collected file's code runs."""
        local = self._local(name)
        if file_context(name, self.kind, install) is Context.INSTALL:
            return "install"
        module = local.split("/", 1)[0].removesuffix(".py")
        if _is_entry(local, self.kind) or local.endswith(".pth") or module in self.pth_targets:
            return "import"
        return "package"

    def features(
        self,
        findings: Iterable[Finding],
        install: Iterable[str] = (),
        events: Mapping[str, Iterable[Event]] | None = None,
        outside: Outside | None = None,
        install_events: Mapping[str, Iterable[Event]] | None = None,
    ) -> Features:
        """The target's features, from the collected files, the engine's events of each
        file (`events`: path -> its events) and its (contextualised) findings;
        `install` names the files that run at install time. Of the install-time files in
        `outside` (modules setup.py imports), only the code outside those line spans runs
        at install (its events: `install_events`); the rest counts where a module that
        setup.py does not import would."""
        install = frozenset(install)
        outside = outside or {}
        out: Features = {}
        per_file = Counter[str]()
        for name, evs in (events or {}).items():
            if file_context(name, self.kind, install) in OFF_PACKAGE:
                continue
            names = set(evs)
            ctx = self.context_of(name, install)
            if name in outside:
                at_install = set((install_events or {}).get(name, ()))
                for group, members in EVENTS.items():
                    if at_install & members:
                        per_file[f"install.{group}"] += 1
                ctx = self.context_of(name, install - {name})
            for group, members in EVENTS.items():
                if names & members:
                    per_file[f"{ctx}.{group}"] += 1
        for ctx in CONTEXTS:
            for group in EVENTS:
                out[f"event.{ctx}.{group}"] = math.log1p(per_file[f"{ctx}.{group}"])
        counts = {c: Counter[str]() for c in CONTEXTS}
        entropy_max = dict.fromkeys(CONTEXTS, 0.0)
        shape = {"setup_cmdclass": 0.0, "setup_hook_class": 0.0, "setup_toplevel_calls": 0.0}
        for name, facts in self.files.items():
            ctx = self.context_of(name, install)
            if name in outside:
                facts, cut = facts.without(outside[name])
                other = self.context_of(name, install - {name})
                counts[other].update(cut.counts)
                entropy_max[other] = max(entropy_max[other], cut.max_entropy)
            counts[ctx].update(facts.counts)
            entropy_max[ctx] = max(entropy_max[ctx], facts.max_entropy)
            for k, v in facts.setup.items():
                shape[k] = max(shape[k], v)
        for ctx in ("install", "import"):
            for c in COUNTERS:
                out[f"{ctx}.{c}"] = math.log1p(counts[ctx][c])
            out[f"{ctx}.entropy"] = entropy_max[ctx]
        out.update({k: math.log1p(v) for k, v in shape.items()})
        out["pth_import"] = math.log1p(counts["import"]["pth_import"])
        # Combinations a linear model cannot form by itself.
        for ctx in ("install", "import"):
            n = counts[ctx]
            for a, b in _PAIRS:
                out[f"{ctx}.{a}*{b}"] = math.log1p(min(n[a], n[b]))
        out.update(finding_features(findings, self.kind, install, outside))
        return out


def _finding_context(
    f: Finding, kind: str, install: frozenset[str], outside: Outside | None = None
) -> str | None:
    ctx = file_context(f.file, kind, install, f.line, outside)
    if ctx in OFF_PACKAGE:
        return None
    return "install" if ctx is Context.INSTALL else "package"


def finding_features(
    findings: Iterable[Finding],
    kind: str,
    install: frozenset[str],
    outside: Outside | None = None,
) -> Features:
    """Findings as numbers: per context the highest severity, the number of medium
    and higher findings and of their families. Which families fired is left out:
    the model is to weigh techniques, not relearn the rules (a rule family's name
    in a medium finding says as much about a security tool's own data as about
    malware)."""
    out: Features = {}
    top = {"install": 0, "package": 0}
    n = {"install": 0, "package": 0}
    fams: dict[str, set[str]] = {"install": set(), "package": set()}
    for f in findings:
        if f.rule.startswith("model.") or family(f.rule) in ("archive", "parse"):
            continue
        ctx = _finding_context(f, kind, install, outside)
        if ctx is None or f.severity < Severity.MEDIUM:
            continue
        top[ctx] = max(top[ctx], int(f.severity))
        n[ctx] += 1
        fams[ctx].add(family(f.rule))
    for ctx in ("install", "package"):
        out[f"finding.{ctx}.max_severity"] = float(top[ctx])
        out[f"finding.{ctx}.count"] = math.log1p(n[ctx])
        out[f"finding.{ctx}.families"] = float(len(fams[ctx]))
    return out


def feature_names() -> list[str]:
    """Every feature name, in a fixed order."""
    return sorted(Collector("sdist").features([]).keys())
