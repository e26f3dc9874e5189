"""Values the engine computes and the tables it reads: `Val`, scopes, a file's context,
folding helpers.
"""

from __future__ import annotations

import ast
import base64
import binascii
import bz2
import ipaddress
import lzma
import re
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from dataclasses import field as dc_field
from pathlib import PurePosixPath
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden.scan import patterns as P
from pipwarden.scan.budget import Clock
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PARAMS, SECRETS, Endpoint, Event, Label

MAX_FOLD = 1 << 20  # folded strings longer than this are dropped


class Val:
    """What an expression evaluates to, statically."""

    __slots__ = ("labels", "qn", "s")

    def __init__(
        self,
        s: str | bytes | int | tuple[Any, ...] | dict[Any, Any] | None = None,
        labels: frozenset[Label] = _NONE,
        qn: str | None = None,
    ) -> None:
        self.s = s
        self.labels = labels
        self.qn = qn


EMPTY = Val()

_PKGFILE = Val(None, frozenset({Label.PKGFILE}))

#: Parameter i of the function being analysed carries the label `PARAMS[i]`.
_PARAMS = [Val(None, frozenset({p})) for p in PARAMS]


@dataclass(frozen=True)
class FileContext:
    """Where a file sits: its path inside the target and the target's kind."""

    name: str
    kind: str = "file"  # wheel, sdist, zip, folder, file, installed
    pure: bool = False
    #: A module setup.py imports: it runs at install time.
    setup_helper: bool = False
    #: For such a module, the names setup.py uses from it (`pipwarden.scan.reach.setup_uses`):
    #: then only its module level, what those names and its command classes reach, runs
    #: at install, the rest when the package's user calls it. None: all of it runs at
    #: install (a build backend or hook, a script loaded by path, uses that cannot be told).
    setup_uses: frozenset[str] | None = None
    #: Functions of this module that another module calls when it is imported.
    entry: frozenset[str] = frozenset()
    #: Imported by a .pth file: runs at every interpreter start, like sitecustomize.
    startup: bool = False
    #: The `entry` functions are called by setup.py's install command class: they and
    #: what they call run at install time, like setup.py.
    install_entry: bool = False
    #: What other modules pass to this module's functions when imported:
    #: (function, parameter index, labels of the argument).
    args_in: frozenset[tuple[str, int, frozenset[Label]]] = frozenset()
    #: A member of another name that code of the target runs as Python (exec of its text,
    #: runpy, a file loader): the execution context of that code (a `Where` value:
    #: "import", "startup", "runtime"); "" for a file run the ordinary way.
    loaded: str = ""
    #: The target's time and memory budget, checked while the file is analysed.
    clock: Clock | None = dc_field(default=None, compare=False, hash=False)


class _Scope:
    __slots__ = ("entry", "events", "parent", "vars")

    def __init__(self, parent: _Scope | None) -> None:
        self.vars: dict[str, Val] = {}
        self.parent = parent
        self.events: dict[Event, int] = {}  # event -> first line
        #: A function that runs when the module is imported (called from module level).
        self.entry = False

    def lookup(self, name: str) -> Val | None:
        scope: _Scope | None = self
        while scope is not None:
            v = scope.vars.get(name)
            if v is not None:
                return v
            scope = scope.parent
        return None

    def event(self, name: Event, line: int) -> None:
        self.events.setdefault(name, line)


#: Builtins obfuscators rename; those of _CODE_BUILTINS run code.
_CODE_BUILTINS = frozenset({"exec", "eval", "compile", "__import__"})

#: A URL naming a program or script to run (the download a dropper starts).
_EXE_URL_RE = re.compile(r"\.(?:exe|dll|scr|msi|bat|cmd|ps1|vbs|elf|bin|sh)(?:\?[^/]*)?$", re.I)

_PEP723_RE = re.compile(r"^# /// script$", re.MULTILINE)

#: Builtins fetched by eval("name"): obfuscators' way to call them unnamed.
_EVAL_NAMES = _CODE_BUILTINS | frozenset({"getattr", "globals", "vars", "open", "setattr"})

_BUILTIN_NAMES = _CODE_BUILTINS | frozenset(
    {"str", "tuple", "map", "ord", "chr", "globals", "locals", "vars", "type", "getattr", "bytes",
     "bool", "int", "float", "list", "dict", "open", "setattr", "callable", "print", "range"}
)  # fmt: skip

_DECODERS = frozenset(
    {"b64decode", "urlsafe_b64decode", "b32decode", "b85decode", "a85decode", "unhexlify",
     "fromhex", "decompress", "decrypt"}
)  # fmt: skip


def _decodes_in_place(call: ast.Call, local: dict[str, frozenset[Label]]) -> bool:
    """The call's first argument (its address) is itself computed by a decoder, or by a
    function of the module that returns decoded data (`local`: what functions return)."""
    first = call.args[0] if call.args else next((k.value for k in call.keywords), None)
    for n in ast.walk(first) if first is not None else ():
        if isinstance(n, ast.Call) and isinstance(n.func, (ast.Attribute, ast.Name)):
            name = n.func.attr if isinstance(n.func, ast.Attribute) else n.func.id
            if name in _DECODERS or Label.DECODED_VAR in local.get(name, frozenset()):
                return True
    return False


#: Decorators that register a chat bot's message handler (telebot, aiogram, discord.py,
#: python-telegram-bot): the decorated function receives messages from the network. Not
#: `command`: click and typer name their CLI commands so.
_CHAT_HANDLERS = frozenset(
    {"message_handler", "channel_post_handler", "callback_query_handler", "message", "event"}
)  # fmt: skip


def _chat_handler(func: ast.FunctionDef | ast.AsyncFunctionDef) -> bool:
    """`func` is decorated as a chat bot's message handler (`@bot.message_handler(...)`,
    `@client.event` on `on_message`, `@dp.message(...)`)."""
    for d in func.decorator_list:
        target = d.func if isinstance(d, ast.Call) else d
        if not (isinstance(target, ast.Attribute) and target.attr in _CHAT_HANDLERS):
            continue
        if target.attr == "event" and func.name != "on_message":
            continue
        if target.attr == "message" and not isinstance(d, ast.Call):
            continue
        return True
    return False


def _union(vals: Iterable[Val]) -> frozenset[Label]:
    out: frozenset[Label] = _NONE
    for v in vals:
        if v.labels:
            out = out | v.labels
    return out


def _decode(codec: str, data: str | bytes) -> bytes | None:
    raw = data.encode("latin-1", "replace") if isinstance(data, str) else data
    try:
        if codec == "b64":
            return base64.b64decode(raw + b"=" * (-len(raw) % 4))
        if codec == "b64u":
            return base64.urlsafe_b64decode(raw + b"=" * (-len(raw) % 4))
        if codec == "b32":
            return base64.b32decode(raw)
        if codec == "b85":
            return base64.b85decode(raw)
        if codec == "a85":
            return base64.a85decode(raw)
        if codec == "hex":
            return binascii.unhexlify(raw.replace(b" ", b""))
        if codec == "zlib":
            d = (
                zlib.decompressobj(zlib.MAX_WBITS | 32)
                if raw[:2] == b"\x1f\x8b"
                else zlib.decompressobj()
            )
            return d.decompress(raw, MAX_FOLD)
        if codec == "gzip":
            return zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(raw, MAX_FOLD)
        if codec == "bz2":
            return bz2.BZ2Decompressor().decompress(raw, MAX_FOLD)
        if codec == "lzma":
            return lzma.LZMADecompressor().decompress(raw, MAX_FOLD)
    except (ValueError, binascii.Error, zlib.error, OSError, lzma.LZMAError, EOFError):
        return None
    return None


def _text(v: object) -> str | None:
    if isinstance(v, str):
        return v
    if isinstance(v, bytes):
        return v.decode("latin-1")
    return None


_TEST_DIR = re.compile(r"(?:.*[ _-])?(?:unit)?tests?(?:[ _-].*)?|testing")
#: Folder names that are a test suite even as a wheel's top-level folder.
_TEST_SUITE = re.compile(r"tests?|testing|unit_?tests?|integration_?tests?|functional_?tests?")

_ALWAYS_IMPORTED = ("__init__.py", "setup.py", "sitecustomize.py", "usercustomize.py")


def _own_package(path: PurePosixPath, kind: str) -> str | None:
    """The folder of `path` that is the project's own importable package, when it can be
    told from the path alone: a wheel's top-level folder (it is installed as a package),
    or the folder of an sdist named after the project its root folder names."""
    parts = path.parts
    if kind == "wheel" and len(parts) > 1:
        return None if _TEST_SUITE.fullmatch(parts[0].lower()) else parts[0]
    if kind in ("sdist", "zip") and len(parts) > 2:
        project = canonicalize_name(parts[0].rsplit("-", 1)[0])
        return next((p for p in parts[1:-1] if canonicalize_name(p) == project), None)
    return None


def _is_test(path: PurePosixPath, kind: str = "file") -> bool:
    """True for a test module or a file in a test folder. An sdist's root folder and a
    project's own package are not test folders whatever their name says
    (`py_publish_test_0126/` is imported by its users; `fugue_test/` is a package its
    wheel installs)."""
    if path.name.startswith("test_") or path.name.endswith("_test.py"):
        return True
    own = _own_package(path, kind)
    folders = path.parts[1:-1] if kind in ("sdist", "zip") else path.parts[:-1]
    return any(_TEST_DIR.fullmatch(p.lower()) for p in folders if p != own)


def _child(parent: _Scope) -> _Scope:
    """A nested scope (comprehension, lambda) whose events count for its parent."""
    scope = _Scope(parent)
    scope.events = parent.events
    return scope


_FOLDABLE = (
    ast.BinOp, ast.UnaryOp, ast.Name, ast.Constant, ast.operator, ast.unaryop, ast.Load,
    ast.Subscript, ast.Slice, ast.Call,
)  # fmt: skip


def _foldable(elt: ast.expr) -> bool:
    """A comprehension element cheap and side-effect free to evaluate per item."""
    if isinstance(elt, ast.Name):
        return False
    for n in ast.walk(elt):
        if not isinstance(n, _FOLDABLE):
            return False
        if isinstance(n, ast.Call) and not (
            isinstance(n.func, ast.Name)
            and n.func.id in ("chr", "ord", "int", "str")
            and not n.keywords
        ):
            return False
    return True


_SECRETISH_RE = re.compile(
    r"key|token|secret|passw|sign|auth|cookie|login|credential|mnemonic|seed|wallet|private",
    re.IGNORECASE,
)

_SECRET_WORD_RE = re.compile(
    r"(?i)authorization|cookie|set-cookie|x-api-key|api[_-]?key|password|passwd|private[_-]?key"
    r"|secret|token|access[_-]?token|mnemonic|seed[_ ]?phrase"
)

_PATHLIKE_RE = re.compile(r"[/\\.:@$`|;&]")

_PERCENT_RE = re.compile(r"%(?:\([^)]*\))?[-#0 +]*\d*(?:\.\d+)?[rsdixXfeg]")

_PYTEST_HOOKS = frozenset(
    {"pytest_configure", "pytest_sessionstart", "pytest_sessionfinish", "pytest_load_initial_conftests",
     "pytest_cmdline_main", "pytest_collection", "pytest_collection_modifyitems", "pytest_unconfigure",
     "pytest_addoption", "pytest_plugin_registered", "pytest_runtest_setup", "pytest_report_header"}
)  # fmt: skip

_FRAMEWORK_HOOKS = _PYTEST_HOOKS | {
    "_load_jupyter_server_extension", "load_jupyter_server_extension",
}  # fmt: skip

#: Callables that run the functions passed to them (threads, timers, exit hooks).
_RUNNERS = frozenset(
    {
        "threading.Thread",
        "threading.Timer",
        "multiprocessing.Process",
        "atexit.register",
        "_thread.start_new_thread",
        "thread.start_new_thread",
        "asyncio.to_thread",
        "sched.scheduler.enter",
        # Hooks the interpreter calls later: on every audit event, traced line, signal.
        "sys.addaudithook",
        "sys.settrace",
        "sys.setprofile",
        "threading.settrace",
        "threading.setprofile",
        "signal.signal",
    }
)

_RUNNER_METHODS = frozenset(
    {"submit", "run_in_executor", "call_soon", "call_later", "start_new_thread", "apply_async"}
)

#: The same, by last name, for the syntactic import-time call graph (plus `x.start()`).
_RUNNER_NAMES = (
    frozenset(q.rsplit(".", 1)[-1] for q in _RUNNERS) | _RUNNER_METHODS | {"start", "run"}
)

#: Flags after which a shell or interpreter argument is code to run.
_INLINE_FLAGS = frozenset({"-c", "/c", "/k", "-command", "-encodedcommand", "-e"})

#: Attribute names that hold a credential (`server.token`, `cfg.api_key`).
_SECRET_ATTRS = frozenset(
    {"token", "password", "passwd", "secret", "api_key", "apikey", "access_token",
     "refresh_token", "private_key", "secret_key", "session_token", "auth_token"}
)  # fmt: skip

#: Transaction APIs of wallet libraries (web3, eth_account, solana).
_TX_APIS = frozenset(
    {"send_transaction", "sign_transaction", "sendTransaction", "signTransaction",
     "send_raw_transaction", "build_transaction", "sign_and_send_transaction", "transfer"}
)  # fmt: skip

#: Labels of arguments worth following into a sibling module's function.
_FOLLOWED: frozenset[Label] = SECRETS | frozenset(
    {
        Label.ENV_SECRET,
        Label.ENV_ALL,
        Label.ENV,
        Label.SYSINFO,
        Label.PROC_OUT,
        Label.NET,
        Label.DECODED,
        Label.OBF,
        Label.CODE,
    }
)

#: Names of libraries and data files: a package that runs one as a program disguised it.
_NOT_A_PROGRAM_RE = re.compile(
    r"\.(?:so(?:\.\d+)*|dll|dylib|png|jpe?g|gif|ico|bmp|ttf|otf|woff2?|dat|txt|json|css|svg)$",
    re.IGNORECASE,
)

#: Request objects built before they are sent.
_REQUESTS = frozenset({"urllib.request.Request", "urllib2.Request", "requests.Request"})

#: Cloud instance-metadata endpoints (AWS, GCP, Azure, ECS).
_IMDS_HOST_RE = re.compile(
    r"^https?://(?:169\.254\.169\.254|169\.254\.170\.2|metadata\.google\.internal|\[fd00:ec2::254\])\b"
)

#: A URL's scheme and host, the host one of a loopback address's spellings, and its port;
#: `_loopback_literal` checks the host.
_LOOPBACK_URL_RE = re.compile(
    r"(?:https?|wss?)://(localhost|[0-9.]+|\[[0-9A-Fa-f:.]+\])(?::[0-9]{1,5})?(?=[/?#]|$)",
    re.IGNORECASE,
)
#: Words of a file that routes requests through a proxy: the proxy, not the URL's host,
#: receives them (proxies=, HTTPS_PROXY, ProxyHandler, a SOCKS socket).
_PROXY_RE = re.compile(r"prox(?:y|ies)|socks", re.IGNORECASE)
#: Keywords of a request call that send it somewhere other than its URL's host.
_REROUTING_KEYWORDS = frozenset(
    {"proxies", "proxy", "proxy_url", "transport", "mounts", "base_url"}
)


def _loopback_literal(node: ast.expr | None) -> bool:
    """Whether `node` is a URL written as a literal whose host is a loopback address: a
    string, or an f-string or a `+` chain that starts with literal text holding the scheme,
    the host, the port and the character that ends them (what follows picks a path on this
    machine, never another host)."""
    text: str | None = None
    whole = not isinstance(node, ast.BinOp)
    while isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        node = node.left
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif (
        isinstance(node, ast.JoinedStr)
        and node.values
        and isinstance(node.values[0], ast.Constant)
        and isinstance(node.values[0].value, str)
    ):
        text, whole = node.values[0].value, whole and len(node.values) == 1
    if text is None:
        return False
    m = _LOOPBACK_URL_RE.match(text)
    if m is None or (m.end() == len(text) and not whole):
        return False
    host = m.group(1).lower()
    if host == "localhost":
        return True
    try:
        address = ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return False
    return address.is_loopback or str(address) == "0.0.0.0"


#: Methods that run when a class is instantiated.
_INIT_LIKE = frozenset({"__init__", "__new__", "__post_init__"})

#: Statements that hold other statements (a nested import, for one).
_COMPOUND = tuple(
    getattr(ast, n) for n in ("If", "Try", "TryStar", "With", "AsyncWith", "For", "AsyncFor",
                              "While", "Match") if hasattr(ast, n)
)  # fmt: skip


def _walk_body(tree: ast.AST, depth: int) -> Iterator[ast.AST]:
    """Nodes of `tree` that can hold calls, entering nested function definitions only
    `depth` levels deep (a nested def runs only when something calls it)."""
    stack: list[tuple[ast.AST, int]] = [(tree, depth)]
    while stack:
        node, d = stack.pop()
        yield node
        for field in node._fields:
            value = getattr(node, field, None)
            for child in value if type(value) is list else (value,):
                if not isinstance(child, ast.AST) or isinstance(child, _LEAVES):
                    continue
                if isinstance(child, _DEFS):
                    if d > 0:
                        stack.append((child, d - 1))
                else:
                    stack.append((child, d))


_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)

#: Nodes that hold no call (skipping them halves the walk).
_LEAVES = (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop, ast.Constant,
           ast.Name, ast.alias)  # fmt: skip


def _references(tree: ast.AST, depth: int = 0) -> Iterator[tuple[str, str, str]]:
    """What code in `tree` runs: ("call", f, ""), ("attr-call", mod, f), ("new", Class, ""),
    ("method", Class, m) for `Class().m()`, `Class().m` handed to a thread, `Class().start()`."""
    for n in _walk_body(tree, depth):
        if not isinstance(n, ast.Call):
            continue
        func = n.func
        if isinstance(func, ast.Name):
            yield "call", func.id, ""
            yield "new", func.id, ""
        elif isinstance(func, ast.Attribute):
            inner = func.value
            if isinstance(inner, ast.Name):
                yield "attr-call", inner.id, func.attr
            elif isinstance(inner, ast.Call) and isinstance(inner.func, ast.Name):
                # Class().start() runs Class.run on a thread; Class().m() runs m.
                yield "method", inner.func.id, "run" if func.attr == "start" else func.attr
        last = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
        if last in _RUNNER_NAMES:
            for a in (*n.args, *(k.value for k in n.keywords)):
                if isinstance(a, ast.Name):
                    yield "call", a.id, ""
                elif (
                    isinstance(a, ast.Attribute)
                    and isinstance(a.value, ast.Call)
                    and isinstance(a.value.func, ast.Name)
                ):
                    yield "method", a.value.func.id, a.attr  # Thread(target=Shell().run)


def _self_calls(func: ast.AST) -> Iterator[str]:
    """Methods a method calls or hands on through `self`."""
    for n in ast.walk(func):
        if (
            isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name)
            and n.value.id == "self"
            and isinstance(n.ctx, ast.Load)
        ):
            yield n.attr


#: Dangerous names spelled backwards ("cexe"): no honest code holds them.
_REVERSED_NAMES = frozenset(
    n[::-1]
    for n in ("exec", "compile", "__import__", "system", "popen", "getattr", "b64decode",
              "marshal", "subprocess", "urlopen", "builtins", "__builtins__", "check_output")
)  # fmt: skip


def _reversed_or_decoded(key: ast.expr) -> bool:
    """`name[::-1]`, `codecs.decode(name, "rot13")`, `b64decode(name)`: a name transformed."""
    if isinstance(key, ast.Subscript) and isinstance(key.slice, ast.Slice):
        step = key.slice.step
        return isinstance(step, ast.UnaryOp) or (
            isinstance(step, ast.Constant) and isinstance(step.value, int) and step.value < 0
        )
    if isinstance(key, ast.Call):
        f = key.func
        last = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        return last in ("b64decode", "b32decode", "unhexlify", "fromhex", "decode", "join")
    return False


def _secret_filter(it: Val, conds: list[ast.expr]) -> frozenset[Label]:
    """{"env-secret"} for environment variables filtered by secret-looking names
    (`{k: v for k, v in os.environ.items() if "TOKEN" in k}`)."""
    if Label.ENV not in it.labels or not conds:
        return _NONE
    for cond in conds:
        for n in ast.walk(cond):
            if (
                isinstance(n, ast.Constant)
                and isinstance(n.value, str)
                and P.SECRET_ENV_RE.search(n.value)
            ):
                return frozenset({Label.ENV_SECRET})
    return _NONE


def env_value(key: Val) -> Val:
    """What reading the environment variable `key` gives (`os.environ[key]`,
    `os.getenv(key)`): a secret, the user's home folder (%APPDATA%, $HOME), or a value."""
    if isinstance(key.s, str) and P.CLOUD_SECRET_NAME_RE.search(key.s):
        # AWS_SECRET_ACCESS_KEY: SDKs sign with it and never send it.
        return Val(None, frozenset({Label.ENV, Label.ENV_SECRET, Label.CLOUD_SECRET}))
    if Label.SECRET_NAME in key.labels or (
        isinstance(key.s, str) and P.SECRET_ENV_RE.search(key.s)
    ):
        return Val(None, frozenset({Label.ENV, Label.ENV_SECRET}))
    if isinstance(key.s, str) and key.s.upper() in P.HOME_ENV:
        return Val(None, frozenset({Label.ENV, Label.HOME}))
    return Val(None, frozenset({Label.ENV}))


def _planted(labels: frozenset[Label]) -> bool:
    """A path the interpreter runs later: sitecustomize, a .pth or a module in site-packages."""
    return Label.STARTUP_FILE in labels or (
        Label.SITE_DIR in labels and bool(labels & {Label.PTH, Label.PYFILE})
    )


def _is_url(s: object) -> bool:
    return isinstance(s, str) and s.lower().startswith(("http://", "https://", "ftp://"))


def is_root_setup(name: str, kind: str) -> bool:
    """True for the setup.py at the root of a source tree (pip runs that one)."""
    parts = name.split("/")
    return parts[-1] == "setup.py" and len(parts) <= (2 if kind in ("sdist", "zip") else 1)


def _xform(elt: ast.expr) -> bool:
    """A comprehension element that rewrites characters (chr/ord arithmetic, xor)."""
    calls = 0
    for n in ast.walk(elt):
        if isinstance(n, ast.BinOp) and isinstance(n.op, (ast.BitXor, ast.LShift, ast.RShift)):
            return True
        if (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id == "int"
            and len(n.args) == 2
            and isinstance(n.args[1], ast.Constant)
            and n.args[1].value in (2, 8, 16)
        ):
            return True  # bits or hex digits assembled into bytes
        if (
            isinstance(n, ast.Subscript)
            and isinstance(n.slice, ast.Call)
            and isinstance(n.slice.func, ast.Attribute)
            and n.slice.func.attr in ("index", "find")
            and len(n.slice.args) == 1
            and isinstance(n.slice.args[0], ast.Name)
        ):
            return True  # table[alphabet.index(c)]: a substitution cipher
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("chr", "ord"):
            if n.func.id == "chr":
                return True  # numbers turned into characters: char-code decoding
            calls += 1
    return calls >= 2  # chr(ord(c) - 3): a shift cipher


def _line(node: ast.AST) -> int:
    return getattr(node, "lineno", 0) or 0


def _endpoint_label(kind: Endpoint) -> frozenset[Label]:
    if kind is Endpoint.PASTE_SITE:
        return frozenset({Label.ENDPOINT_PASTE})
    if kind is Endpoint.WEBHOOK:
        return frozenset({Label.ENDPOINT_CHAT})
    return frozenset({Label.ENDPOINT})


_PICKLE_CODE = re.compile(
    rb"(?:c|\x93)?(?:__builtin__|builtins|os|posix|nt|subprocess|socket|marshal|types)"
    rb"[\n\x8c\x00-\x20]{1,3}(?:eval|exec|system|popen|Popen|call|check_output|loads|"
    rb"FunctionType|CodeType|getattr|__import__|compile|run|socket)"
)

_SECRET_PATHS = frozenset({Label.CRED, Label.BROWSER, Label.WALLET, Label.USERDOCS})

_MUTATORS = frozenset(
    {"append", "extend", "update", "add", "insert", "write", "writestr", "set_content", "attach",
     "add_attachment",
     "set_payload", "setdefault"}
)  # fmt: skip

_COMMANDS = frozenset(
    {
        "install",
        "develop",
        "egg_info",
        "build",
        "build_py",
        "build_ext",
        "sdist",
        "bdist_egg",
        "bdist_wheel",
        "easy_install",
        "install_lib",
        "install_scripts",
        "build_clib",
    }
)

#: Native calls that make memory executable or write into another process.
_EXEC_MEMORY = frozenset(
    {
        "VirtualAlloc", "VirtualAllocEx", "VirtualProtect", "VirtualProtectEx",
        "NtAllocateVirtualMemory", "WriteProcessMemory", "mprotect", "HeapCreate",
    }
)  # fmt: skip

#: Native calls that start code at an address.
_RUN_MEMORY = frozenset(
    {
        "CreateThread", "CreateRemoteThread", "NtCreateThreadEx", "RtlCreateUserThread",
        "QueueUserAPC", "EnumSystemLocalesA", "EnumWindows", "CreateFiber", "SwitchToFiber",
    }
)  # fmt: skip


DEEP_TEXT = 1 << 20


def secret_file_names(test: ast.expr) -> set[str]:
    """Variables an `if` test matches against a credential file's name (`name == ".env"`,
    `name.endswith((".env", "id_rsa"))`, `".env" in name`)."""
    out: set[str] = set()
    for n in ast.walk(test):
        if isinstance(n, ast.Compare) and len(n.ops) == 1:
            left, right = n.left, n.comparators[0]
            op = n.ops[0]
            if (
                isinstance(op, (ast.Eq, ast.In))
                and isinstance(left, ast.Name)
                and _secret_literal(right)
            ):
                out.add(left.id)
            if isinstance(op, ast.In) and isinstance(right, ast.Name) and _secret_literal(left):
                out.add(right.id)
        elif (
            isinstance(n, ast.Call)
            and isinstance(n.func, ast.Attribute)
            and n.func.attr in ("endswith", "startswith")
            and isinstance(n.func.value, ast.Name)
            and n.args
            and _secret_literal(n.args[0])
        ):
            out.add(n.func.value.id)
    return out


#: How many constants setup.py must assign and never read to be padded with junk (none of
#: the 965 benign sdists' setup.py files has ten; obfuscated ones have hundreds).
JUNK_CONSTANTS = 30


def unread_constants(tree: ast.Module) -> list[ast.Assign]:
    """Module-level `name = <literal>` statements whose name the module never reads."""
    read = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
    return [
        s
        for s in tree.body
        if isinstance(s, ast.Assign)
        and len(s.targets) == 1
        and isinstance(s.targets[0], ast.Name)
        and isinstance(s.value, ast.Constant)
        and s.targets[0].id not in read
    ]


def only_skips(body: list[ast.stmt]) -> bool:
    """A block that only leaves or passes (`continue`, `return`, ...): a filter that skips."""
    return all(isinstance(s, (ast.Continue, ast.Break, ast.Pass, ast.Return)) for s in body)


def _secret_literal(node: ast.expr) -> bool:
    """A literal naming a credential file, or a tuple, list or set holding one."""
    items = node.elts if isinstance(node, (ast.Tuple, ast.List, ast.Set)) else [node]
    return any(
        isinstance(i, ast.Constant)
        and isinstance(i.value, str)
        and 3 < len(i.value) < 40
        and Label.CRED in P.string_labels(i.value)
        for i in items
    )
