"""The analysis engine: one AST pass per Python file, string folding, simple dataflow.

Each expression is evaluated once into a `Val`: its folded constant (when the
string can be computed statically: concatenation, join, chr chains, reversed
slices, base64/base32/hex/zlib/rot13 of literals), the labels of the sources
that reach it (network data, credential paths, environment, clipboard,
decoded literals) and, for names of modules and functions, its qualified
name. Sinks (exec, processes, network sends, autostart writes) look at the
labels of their arguments; a source reaching a sink is reported as a far
stronger finding than either alone. Files that do not parse still get the
byte-level rules and a ``parse.*`` finding.
"""

from __future__ import annotations

import ast
import base64
import binascii
import bz2
import codecs
import gc
import lzma
import re
import struct
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from dataclasses import field as dc_field
from pathlib import PurePosixPath
from typing import Any

from pipwarden.findings import Finding, Severity
from pipwarden.limits import loads_toml
from pipwarden.scan import patterns as P
from pipwarden.scan.budget import Clock
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PARAM_INDEX, PARAMS, PAYLOAD, SECRETS, WEAK, Label, Where
from pipwarden.scan.rules import (
    BY_ID,
    binary_dropper,
    clipboard,
    download_execute,
    endpoints,
    exfiltration,
    hidden_process,
    obfuscation,
    reverse_shell,
    startup_hook,
)

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
    #: Functions of this module that another module calls when it is imported.
    entry: frozenset[str] = frozenset()
    #: Imported by a .pth file: runs at every interpreter start, like sitecustomize.
    startup: bool = False
    #: What other modules pass to this module's functions when imported:
    #: (function, parameter index, labels of the argument).
    args_in: frozenset[tuple[str, int, frozenset[Label]]] = frozenset()
    #: The target's time and memory budget, checked while the file is analysed.
    clock: Clock | None = dc_field(default=None, compare=False, hash=False)


class _Scope:
    __slots__ = ("entry", "events", "parent", "vars")

    def __init__(self, parent: _Scope | None) -> None:
        self.vars: dict[str, Val] = {}
        self.parent = parent
        self.events: dict[str, int] = {}  # event -> first line
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

    def event(self, name: str, line: int) -> None:
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
_ALWAYS_IMPORTED = ("__init__.py", "setup.py", "sitecustomize.py", "usercustomize.py")


def _is_test(path: PurePosixPath) -> bool:
    return (
        path.name.startswith("test_")
        or path.name.endswith("_test.py")
        or any(_TEST_DIR.fullmatch(p.lower()) for p in path.parts[:-1])
    )


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
            isinstance(n.func, ast.Name) and n.func.id in ("chr", "ord", "int") and not n.keywords
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
        if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id in ("chr", "ord"):
            if n.func.id == "chr":
                return True  # numbers turned into characters: char-code decoding
            calls += 1
    return calls >= 2  # chr(ord(c) - 3): a shift cipher


def _line(node: ast.AST) -> int:
    return getattr(node, "lineno", 0) or 0


class Analyzer:
    """Runs every rule over one parsed module in a single traversal."""

    def __init__(self, ctx: FileContext, text: str) -> None:
        self.ctx = ctx
        self.text = text
        self.ticks = 0  # statements analysed, for the budget checks
        self._lines: list[str] | None = None
        self.findings: list[Finding] = []
        self._seen: set[tuple[str, int]] = set()
        self.imports: dict[str, str] = {}
        self.module = _Scope(None)
        self.scope = self.module
        self.fn_depth = 0
        self.main_guard = False
        base = PurePosixPath(ctx.name)
        self.is_setup = ctx.setup_helper or is_root_setup(ctx.name, ctx.kind)
        self.startup_file = ctx.startup or base.name in ("sitecustomize.py", "usercustomize.py")
        #: Scripts and tests do not run on import: no import-time findings there.
        self.script = (
            base.name == "__main__.py"
            or _is_test(base)
            # A file with a #! line is run as a program, not imported (a package's
            # __init__ is imported whatever its first line says).
            or (text.startswith("#!") and base.name not in _ALWAYS_IMPORTED)
            # PEP 723 inline metadata declares a standalone script (`uv run tool.py`).
            or (_PEP723_RE.search(text[:4096]) is not None and base.name not in _ALWAYS_IMPORTED)
        )
        #: Nesting of decoded-payload analysis (payloads inside payloads).
        self.depth = 0
        #: Names of the functions being analysed (innermost last).
        self.fn_stack: list[str] = []
        #: function name -> parameter index -> sink kinds it reaches ("net", "exec", "process").
        self.summaries: dict[str, dict[int, set[str]]] = {}
        self.fn_params: dict[str, list[str]] = {}
        #: function name -> events of its body (for calls at import time).
        self.fn_events: dict[str, dict[str, int]] = {}
        #: Events of the functions defined inside each function (a factory's hooks).
        self.nested_events: dict[str, dict[str, int]] = {}
        self.lambdas: dict[str, ast.Lambda] = {}
        self.simple_fns: dict[str, tuple[list[str], ast.expr]] = {}
        self.inline_depth = 0
        #: class name -> (base names, events of its methods, first line)
        self.classes: dict[str, tuple[list[str], dict[str, int], int]] = {}
        #: class name -> the names of the methods it defines.
        self.class_defs: dict[str, set[str]] = {}
        self.cmdclass: list[tuple[str, int]] = []
        self.class_stack: list[str] = []
        self.file_events: dict[str, int] = {}
        self.labels_seen: frozenset[Label] = _NONE
        #: id(list/tuple node) -> its string elements (None where not constant).
        self.seq_parts: dict[int, tuple[str | None, ...]] = {}
        self.seq_labels: dict[int, tuple[frozenset[Label], ...]] = {}
        self.seq_alias: dict[str, ast.expr] = {}
        #: function name -> labels of what it returns (p:i for its parameters).
        self.fn_returns: dict[str, frozenset[Label]] = {}
        #: Functions called (directly or through others) when the module is imported.
        self.entry: set[str] = set(ctx.entry)
        self.entry_methods: set[tuple[str, str]] = set()
        #: Decorator factories applied at import (@register("x")).
        self.factories: set[str] = set()
        #: Events of code that runs on import (module level and entry functions).
        self.import_events: dict[str, int] = {}
        self.in_entry = 0
        #: (class, attribute) -> what methods stored in self.attribute.
        self.attrs: dict[tuple[str, str], Val] = {}
        #: (level, module, name) of sibling-module functions called at import time.
        self.imported_calls: set[tuple[int, str, str]] = set()
        #: (level, module, function, argument index, labels, on import) of calls that pass
        #: secrets (anywhere), host data or decoded data (on import) to a sibling module.
        self.imported_args: set[tuple[int, str, str, int, frozenset[Label], bool]] = set()
        #: File handle variable -> the variable naming its path (`with open(p, "wb") as f`).
        self.file_paths: dict[str, str] = {}
        #: A transaction's recipient is overwritten somewhere (`tx["to"] = ...`).
        self.tx_rewrite = False
        #: Names bound by relative imports: name -> (level, module, imported name).
        self.relative: dict[str, tuple[int, str, str]] = {}
        #: Every call of a relatively imported function, wherever it is.
        self.relative_calls: set[tuple[int, str, str]] = set()
        #: A chat webhook or bot API endpoint is named; line -> bot token literals.
        self.chat_endpoint = False
        self.chat_tokens: dict[int, str] = {}
        #: line -> reverse-shell command literal not yet seen reaching a sink.
        self.rshell_literals: dict[int, str] = {}
        #: A reverse-shell literal reached a sink somewhere in this file.
        self.rshell_used = False
        self.args_in: dict[str, dict[int, frozenset[Label]]] = {}
        for fn, i, labels in ctx.args_in:
            per = self.args_in.setdefault(fn, {})
            per[i] = per.get(i, _NONE) | labels

    # ------------------------------------------------------------- reporting

    def report(
        self,
        rule: str,
        node: ast.AST | int,
        message: str,
        severity: Severity | None = None,
        *,
        where: Where | None = None,
    ) -> None:
        """Add a finding of `rule` at the node's line (once per rule and line).

        Its severity: `severity` when given (a rule's named predicate decided it), else
        the rule's severity in execution context `where`, else its catalogued one.
        """
        line = node if isinstance(node, int) else _line(node)
        key = (rule, line)
        if key in self._seen:
            return
        self._seen.add(key)
        info = BY_ID[rule]
        if severity is None and where is not None:
            severity = info.severity_at(where)
        if self._lines is None:
            self._lines = self.text.splitlines()
        lines = self._lines
        evidence = lines[line - 1].strip()[:200] if 0 < line <= len(lines) else ""
        self.findings.append(
            Finding(
                check="code",
                rule=rule,
                severity=severity if severity is not None else info.severity,
                message=message,
                file=self.ctx.name,
                line=line or None,
                evidence=evidence,
                remediation=info.fix,
            )
        )

    # ------------------------------------------------------------- statements

    def run(self, tree: ast.Module) -> list[Finding]:
        """Analyse `tree`; the findings."""
        if not self.script:
            self.find_entries(tree)
        self.block(tree.body)
        self.finish(self.module)
        ev = self.file_events
        if "clip-read" in ev and "clip-write" in ev and Label.WALLET_ADDR in self.labels_seen:
            self.report(
                "clipboard.wallet-hijack",
                ev["clip-read"],
                "reads and rewrites the clipboard around wallet addresses",
            )
        iev = self.import_events
        if "secret-seen" in iev and "net" in iev and not self.is_setup:
            # The same as in one function, spread over the hooks and threads import starts.
            self.report(
                "exfiltration.credentials",
                iev["net"],
                "code started on import names credential files and sends network data",
                exfiltration.NAMED_AND_SENT,
            )
        if ("net" in iev or "socket-connect" in iev) and "process" in iev:
            self.report(
                "reverse-shell.remote-control",
                iev["process"],
                "code started on import both talks to the network and runs processes",
            )
        if "spy" in ev and "net" in ev:
            self.report(
                "exfiltration.surveillance",
                ev["spy"],
                "records keystrokes or the screen and sends data over the network",
                exfiltration.surveillance_severity(
                    on_import="spy" in self.module.events and not self.script
                ),
            )
        if self.is_setup:
            self.finish_setup()
        if self.chat_endpoint:
            for line in self.chat_tokens:
                self.report(
                    "suspicious-endpoint.webhook",
                    line,
                    "a chat bot's token written in the code, beside its API endpoint",
                    endpoints.WITH_SECRET,
                )
        if not self.rshell_used:
            for line, text in self.rshell_literals.items():
                self.report(
                    "reverse-shell.command",
                    line,
                    f"reverse-shell command {text[:80]!r} (not seen run, written or sent)",
                    # In install-time or start-up code a shell command is there to run.
                    reverse_shell.unused_command_severity(self.is_setup or self.startup_file),
                )
        return self.findings

    def find_entries(self, tree: ast.Module) -> None:
        """Functions run at import time: named by module-level code, and what they name.

        Also methods of classes that module-level code instantiates or starts
        (`Agent().start()` runs `run`), and sibling modules' functions called at import
        (recorded in `imported_calls` for the target-level pass).
        """
        defs: dict[str, ast.AST] = {}
        factories = self.factories
        classes: dict[str, dict[str, ast.AST]] = {}
        relative = self.relative
        roots: list[ast.AST] = []
        created: list[tuple[str, tuple[str, ...]]] = []  # (class, methods run) on definition
        for stmt in tree.body:
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                # Decorators run when the module is imported: @register("x") calls register.
                for deco in stmt.decorator_list:
                    if isinstance(deco, ast.Name):
                        roots.append(ast.Call(func=deco, args=[], keywords=[]))
                    else:
                        roots.append(deco)
                        if isinstance(deco, ast.Call) and isinstance(deco.func, ast.Name):
                            factories.add(deco.func.id)  # @register("x"): the returned
                            # decorator runs on import too
            if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
                defs[stmt.name] = stmt
            elif isinstance(stmt, ast.ClassDef):
                classes[stmt.name] = {
                    m.name: m
                    for m in stmt.body
                    if isinstance(m, (ast.FunctionDef, ast.AsyncFunctionDef))
                }
                # Defining a class runs its metaclass and its bases' __init_subclass__.
                for k in stmt.keywords:
                    if k.arg == "metaclass" and isinstance(k.value, ast.Name):
                        created.append((k.value.id, ("__new__", "__init__")))
                created.extend(
                    (b.id, ("__init_subclass__",)) for b in stmt.bases if isinstance(b, ast.Name)
                )
            elif isinstance(stmt, ast.ImportFrom):
                if stmt.level:
                    for a in stmt.names:
                        relative[a.asname or a.name] = (stmt.level, stmt.module or "", a.name)
            elif isinstance(stmt, ast.Import):
                continue
            elif isinstance(stmt, ast.If) and any(
                isinstance(n, ast.Name) and n.id == "__name__" for n in ast.walk(stmt.test)
            ):
                continue  # the __main__ guard
            else:
                roots.append(stmt)
                if not isinstance(stmt, _COMPOUND):
                    continue  # only a compound statement holds an import
                for n in ast.walk(stmt):  # `if sys.platform == "darwin": from ._x import f`
                    if isinstance(n, ast.ImportFrom) and n.level:
                        for a in n.names:
                            relative[a.asname or a.name] = (n.level, n.module or "", a.name)
        if not defs and not relative and not classes:
            return
        entry = self.entry
        methods = self.entry_methods
        for name in defs:
            if name in _FRAMEWORK_HOOKS:
                # pytest runs these in every session that loads the plugin, Jupyter at
                # every server start once the extension is enabled.
                entry.add(name)
        stack: list[tuple[str | None, str]] = [(None, n) for n in entry if n in defs]
        for name in list(entry):
            cls_name, _, meth = name.partition(".")
            if meth and cls_name in classes and meth in classes[cls_name]:
                methods.add((cls_name, meth))  # a sibling module calls Class().meth()
                stack.append((cls_name, meth))
            if name in classes:  # a sibling module instantiates or starts this class
                for m in ("__new__", "__init__", "run"):
                    if m in classes[name]:
                        methods.add((name, m))
                        stack.append((name, m))
        for made, run in created:
            if made in classes:
                for m in run:
                    if m in classes[made] and (made, m) not in methods:
                        methods.add((made, m))
                        stack.append((made, m))
            elif made in relative and run[0] == "__new__":  # a metaclass from a sibling module
                self.imported_calls.add(relative[made])

        def visit(tree: ast.AST, depth: int = 0) -> None:
            for kind, a, b in _references(tree, depth):
                if kind == "call" and a in defs and a not in entry:
                    entry.add(a)
                    stack.append((None, a))
                elif kind == "call" and a in relative:
                    level, module, name = relative[a]
                    self.imported_calls.add((level, module, name))
                elif kind == "attr-call" and a in relative and not relative[a][1]:
                    # from . import _mod; _mod.f()
                    self.imported_calls.add((relative[a][0], relative[a][2], b))
                elif kind == "method" and a in relative and not (a in defs or a in classes):
                    level, module, name = relative[a]
                    self.imported_calls.add((level, module, f"{name}.{b}"))
                elif kind in ("new", "method") and a in classes:
                    for m in ("__init__",) if kind == "new" else (b,):
                        if m in classes[a] and (a, m) not in methods:
                            methods.add((a, m))
                            stack.append((a, m))

        for root in roots:
            visit(root)
        while stack:
            cls, name = stack.pop()
            node = defs[name] if cls is None else classes[cls][name]
            visit(node, 1 if cls is None and name in factories else 0)
            if cls is not None:
                for m in _self_calls(node):
                    if m in classes[cls] and (cls, m) not in methods:
                        methods.add((cls, m))
                        stack.append((cls, m))

    def block(self, stmts: list[ast.stmt]) -> None:
        clock = self.ctx.clock
        for s in stmts:
            if clock is not None:
                self.ticks += 1
                if not self.ticks & 511:
                    clock.check()
            handler = _STMT.get(type(s))
            if handler is not None:
                handler(self, s)
            else:
                self.generic(s)

    def generic(self, node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                self.expr(child)
            elif isinstance(child, ast.stmt):
                self.block([child])
            else:
                self.generic(child)

    # Statements and expressions common enough to skip the generic walk.

    def s_try(self, node: ast.Try) -> None:
        self.block(node.body)
        for h in node.handlers:
            if h.type is not None:
                self.expr(h.type)
            self.block(h.body)
        self.block(node.orelse)
        self.block(node.finalbody)

    def s_while(self, node: ast.While) -> None:
        self.expr(node.test)
        self.block(node.body)
        self.block(node.orelse)

    def s_raise(self, node: ast.Raise) -> None:
        if node.exc is not None:
            self.expr(node.exc)
        if node.cause is not None:
            self.expr(node.cause)

    def s_assert(self, node: ast.Assert) -> None:
        self.expr(node.test)
        if node.msg is not None:
            self.expr(node.msg)

    def s_nothing(self, node: ast.stmt) -> None:
        return None

    def e_namedexpr(self, node: ast.NamedExpr) -> Val:
        v = self.expr(node.value)
        self.bind(node.target, v)
        return v

    def e_compare(self, node: ast.Compare) -> Val:
        labels = self.expr(node.left).labels
        for c in node.comparators:
            labels = labels | self.expr(c).labels
        return Val(None, labels) if labels else EMPTY

    def e_boolop(self, node: ast.BoolOp) -> Val:
        labels: frozenset[Label] = _NONE
        for v in node.values:
            labels = labels | self.expr(v).labels
        return Val(None, labels) if labels else EMPTY

    def s_import(self, node: ast.Import) -> None:
        for a in node.names:
            if a.asname:
                self.imports[a.asname] = a.name
            else:
                top = a.name.split(".", 1)[0]
                self.imports[top] = top

    def s_importfrom(self, node: ast.ImportFrom) -> None:
        mod = node.module or ""
        for a in node.names:
            if a.name != "*":
                self.imports[a.asname or a.name] = f"{mod}.{a.name}" if mod else a.name

    def s_assign(self, node: ast.Assign) -> None:
        v = self.expr(node.value)
        if isinstance(node.value, ast.Tuple) and len(node.value.elts) >= 3:
            self.builtin_alias(node, node.value.elts)
        for t in node.targets:
            if (
                isinstance(t, ast.Name)
                and t.id in self.imports
                and isinstance(node.value, ast.Constant)
                and node.value.value is None
            ):
                continue  # `except ImportError: requests = None` keeps the import's meaning
            if (
                isinstance(t, ast.Name)
                and isinstance(node.value, ast.Constant)
                and node.value.value is None
            ):
                old = self.scope.vars.get(t.id)
                if old is not None and old.labels:
                    # `try: v = source() except: v = None`: either may hold; keep the labels.
                    self.scope.vars[t.id] = Val(None, old.labels)
                    continue
            if isinstance(t, ast.Name) and self.class_stack and self.fn_depth == 0:
                self.attrs[(self.class_stack[-1], t.id)] = v  # class attribute: self.X reads it
            if isinstance(t, ast.Name) and isinstance(node.value, (ast.List, ast.Tuple)):
                self.seq_alias[t.id] = node.value  # cmd = [sys.executable, "-c", code]
            self.bind(t, v)
            if isinstance(t, ast.Attribute):
                self.check_hook(t.value, t.attr, node.value, node)
            elif (
                isinstance(t, ast.Subscript)
                and isinstance(t.slice, ast.Constant)
                and t.slice.value in ("to", "recipient")
                and self.fn_depth > 0
            ):
                self.tx_rewrite = True  # tx["to"] = ... inside a function

    def check_hook(self, owner: ast.expr, attr: str, value: ast.expr, node: ast.AST) -> None:
        """`lib.Class.method = wrapper` on import: a wrapper that sends data hooks every call.

        SDKs install such hooks when the user calls their init(); doing it merely because
        the package was imported is how stealers ride on other libraries.
        """
        if not self.import_time:
            return
        # The wrapper: f, staticmethod(f), wraps(f)(g), or what a factory returns,
        # make_hook(orig) (whose inner function is the hook).
        names = [
            n.id
            for n in ast.walk(value)
            if isinstance(n, ast.Name) and (n.id in self.fn_events or n.id in self.nested_events)
        ]
        if not names:
            return
        base = self.expr(owner).qn or ""
        root = base.split(".", 1)[0]
        if not root or root not in {q.split(".", 1)[0] for q in self.imports.values()}:
            return
        if attr in _TX_APIS:
            # A wallet library's transaction call replaced on import: a drainer's hook.
            self.report(
                "clipboard.wallet-hijack",
                node,
                f"replaces {base}.{attr} with {names[0]}() when imported",
                clipboard.tx_hook_severity(
                    drains=self.tx_rewrite or Label.WALLET_ADDR in self.labels_seen
                ),
            )
        for name in names:
            events = {**self.nested_events.get(name, {}), **self.fn_events.get(name, {})}
            if "net" not in events:
                continue
            secret = bool(_SECRETISH_RE.search(attr)) or "secret-word" in events
            self.report(
                "exfiltration.function-hook",
                node,
                f"replaces {base}.{attr} with {name}(), which sends data over the network",
                exfiltration.function_hook_severity(secret),
            )
            return

    def builtin_alias(self, node: ast.Assign, elts: list[ast.expr]) -> None:
        """`a, b, c = exec, str, globals`: builtins that run code renamed in one go, the
        first step of obfuscators that then call `a(...)` (Hyperion and its kind)."""
        names = [e.id for e in elts if isinstance(e, ast.Name) and e.id in _BUILTIN_NAMES]
        runs = [n for n in names if n in _CODE_BUILTINS]
        if runs and len(set(names)) >= 3 and self.scope.lookup(runs[0]) is None:
            self.report(
                "obfuscation.builtin-alias",
                node,
                f"{', '.join(runs)} renamed together with {len(names) - len(runs)} other builtins",
            )

    def s_annassign(self, node: ast.AnnAssign) -> None:
        if node.value is not None:
            self.bind(node.target, self.expr(node.value))

    def s_augassign(self, node: ast.AugAssign) -> None:
        v = self.expr(node.value)
        if isinstance(node.target, ast.Name):
            old = self.scope.lookup(node.target.id) or EMPTY
            s = None
            if (
                isinstance(node.op, ast.Add)
                and type(old.s) is type(v.s)
                and isinstance(old.s, (str, bytes))
            ):
                s = old.s + v.s  # type: ignore[operator]
                if len(s) > MAX_FOLD:
                    s = None
            self.scope.vars[node.target.id] = Val(s, old.labels | v.labels)
        else:
            self.expr(node.target)

    def bind(self, target: ast.expr, v: Val) -> None:
        if isinstance(target, ast.Name):
            self.scope.vars[target.id] = v
        elif (
            isinstance(target, ast.Attribute)
            and isinstance(target.value, ast.Name)
            and target.value.id == "self"
            and self.class_stack
        ):
            # self.sock = socket.create_connection(...): other methods see the same object.
            key = (self.class_stack[-1], target.attr)
            old = self.attrs.get(key)
            self.attrs[key] = v if old is None else Val(None, old.labels | v.labels, v.qn or old.qn)
        elif isinstance(target, (ast.Tuple, ast.List)):
            tag = v.qn if v.qn is not None and v.qn.startswith("<") else None
            part = Val(None, v.labels, tag)
            for elt in target.elts:
                self.bind(elt.value if isinstance(elt, ast.Starred) else elt, part)
        else:
            self.expr(target)
            if v.labels:
                self.taint_base(target, v.labels)

    def taint_base(self, target: ast.expr, labels: frozenset[Label]) -> None:
        """`x[k] = v`, `x.a = v`, `x.append(v)`: x now holds v's labels."""
        base = target
        while isinstance(base, (ast.Subscript, ast.Attribute)):
            base = base.value
        if not isinstance(base, ast.Name):
            return
        old = self.scope.lookup(base.id)
        if old is None:
            if base.id in self.imports:
                return
            self.scope.vars[base.id] = Val(None, labels)
        elif old.qn is None or old.qn.startswith("<"):
            self.scope.vars[base.id] = Val(old.s, old.labels | labels, old.qn)
            if old.qn is not None and old.qn.startswith("<wraps:"):
                # An archive writing into a buffer: what goes in ends up in the buffer.
                inner = old.qn[7:-1]
                if inner != base.id:
                    self.taint_base(ast.Name(id=inner), labels)

    def s_with(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            v = self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, v)
                ctx = item.context_expr
                if (
                    v.qn == "<file-w>"
                    and isinstance(item.optional_vars, ast.Name)
                    and isinstance(ctx, ast.Call)
                    and ctx.args
                    and isinstance(ctx.args[0], ast.Name)
                ):
                    # with open(path, "wb") as f: what f receives, the file at path holds.
                    self.file_paths[item.optional_vars.id] = ctx.args[0].id
        self.block(node.body)

    def s_for(self, node: ast.For | ast.AsyncFor) -> None:
        it = self.expr(node.iter)
        labels = it.labels
        if it.qn in ("<socket>", "<http>"):
            labels = labels | {Label.NET}  # messages received from a connection
        self.bind(node.target, Val(None, labels))
        self.block(node.body)
        self.block(node.orelse)

    def s_if(self, node: ast.If) -> None:
        self.expr(node.test)
        guard = self.fn_depth == 0 and any(
            isinstance(n, ast.Compare) and isinstance(n.left, ast.Name) and n.left.id == "__name__"
            for n in ast.walk(node.test)
        )
        if guard:
            # The __main__ block runs as a program: its events are not import-time events.
            saved, self.main_guard = self.main_guard, True
            outer = self.scope
            self.scope = _Scope(outer)
            try:
                self.block(node.body)
            finally:
                inner, self.scope = self.scope, outer
                self.main_guard = saved
            self.finish(inner)
        else:
            self.block(node.body)
        self.block(node.orelse)

    def s_function(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        for d in node.decorator_list:
            self.expr(d)
        for default in (*node.args.defaults, *node.args.kw_defaults):
            if default is not None:
                self.expr(default)
        outer = self.scope
        inner = _Scope(outer)
        a = node.args
        names = [arg.arg for arg in (*a.posonlyargs, *a.args, *a.kwonlyargs)]
        for i, pname in enumerate(names[: len(_PARAMS)]):
            inner.vars[pname] = _PARAMS[i]
        passed = (
            self.args_in.get(node.name) if self.fn_depth == 0 and not self.class_stack else None
        )
        if passed:  # what a sibling module hands this function when it is imported
            for i, labels in passed.items():
                if i < min(len(names), len(_PARAMS)):
                    inner.vars[names[i]] = Val(None, _PARAMS[i].labels | labels)
        for extra in (a.vararg, a.kwarg):
            if extra is not None:
                inner.vars[extra.arg] = EMPTY
        if names and _chat_handler(node):
            # A chat bot's handler is called with a message from the network: what it
            # does with the message's text, a remote operator decides (a bot-driven C2).
            for i, pname in enumerate(names[: len(_PARAMS)]):
                if pname not in ("self", "cls"):
                    inner.vars[pname] = Val(None, _PARAMS[i].labels | {Label.NET})
        self.fn_params[node.name] = names
        body = [
            b
            for b in node.body
            if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))
        ]
        if (
            len(body) == 1
            and isinstance(body[0], ast.Return)
            and body[0].value is not None
            and not self.class_stack
            and isinstance(node, ast.FunctionDef)
            and not a.kwarg
        ):
            # One-line helpers (decoders, name builders) are evaluated at their call sites.
            params = [p.arg for p in (*a.posonlyargs, *a.args)]
            if a.vararg:
                params.append("*" + a.vararg.arg)
            self.simple_fns[node.name] = (params, body[0].value)
        self.scope = inner
        entry = (self.fn_depth == 0 and not self.class_stack and node.name in self.entry) or (
            len(self.class_stack) == 1
            and self.fn_depth == 0
            and (self.class_stack[0], node.name) in self.entry_methods
        )
        if self.fn_depth > 0:
            # A nested def runs when something calls it; only the decorator a factory returns
            # (@register("x")) runs on import with its factory.
            entry = bool(outer.entry and self.fn_stack and self.fn_stack[-1] in self.factories)
        inner.entry = entry
        saved_entry, self.in_entry = self.in_entry, int(entry)
        self.fn_depth += 1
        self.fn_stack.append(node.name)
        try:
            self.block(node.body)
        finally:
            self.fn_depth -= 1
            self.in_entry = saved_entry
            self.fn_stack.pop()
            self.scope = outer
        self.finish(inner)
        self.fn_events[node.name] = inner.events
        if self.fn_stack:  # what a factory's inner functions do, for hooks it returns
            nested = self.nested_events.setdefault(self.fn_stack[-1], {})
            for k, line in inner.events.items():
                nested.setdefault(k, line)
        if self.class_stack:
            cls = self.class_stack[-1]
            events = self.classes[cls][1]
            for k, line in inner.events.items():
                events.setdefault(k, line)
            if node.name in ("__init__", "__new__", "__post_init__"):
                # Instantiating the class runs these: `Payload()` at import time.
                init = self.fn_events.setdefault(cls, {})
                for k, line in inner.events.items():
                    init.setdefault(k, line)

    def s_class(self, node: ast.ClassDef) -> None:
        bases = []
        for b in node.bases:
            bv = self.expr(b)
            bases.append((bv.qn or "").rsplit(".", 1)[-1])
        for k in node.keywords:
            self.expr(k.value)
        for d in node.decorator_list:
            self.expr(d)
        self.classes[node.name] = (bases, {}, node.lineno)
        defs = [b for b in node.body if isinstance(b, (ast.FunctionDef, ast.AsyncFunctionDef))]
        self.class_defs[node.name] = {d.name for d in defs}
        self.class_stack.append(node.name)
        try:
            self.block(node.body)
            for i, fn in enumerate(defs):
                # An __init__ calling helpers defined below it: once more, now that what
                # they do is known (findings are kept once per rule and line).
                if fn.name not in _INIT_LIKE:
                    continue
                later = {
                    x.name
                    for x in defs[i + 1 :]
                    if x.name in self.summaries or self.fn_events.get(x.name)
                }
                if later and later & set(_self_calls(fn)):
                    self.s_function(fn)
        finally:
            self.class_stack.pop()

    def s_expr(self, node: ast.Expr) -> None:
        if isinstance(node.value, ast.Constant):
            return  # docstrings and bare literals
        self.expr(node.value)

    def s_return(self, node: ast.Return) -> None:
        if node.value is not None:
            v = self.expr(node.value)
            if v.labels and self.fn_stack:
                name = self.fn_stack[-1]
                self.fn_returns[name] = self.fn_returns.get(name, _NONE) | v.labels

    def e_yield(self, node: ast.Yield | ast.YieldFrom) -> Val:
        """What a generator yields is what iterating over it gives: a return value."""
        if node.value is None:
            return EMPTY
        v = self.expr(node.value)
        if v.labels and self.fn_stack:
            name = self.fn_stack[-1]
            self.fn_returns[name] = self.fn_returns.get(name, _NONE) | v.labels
        return EMPTY

    # ------------------------------------------------------------- expressions

    def expr(self, node: ast.expr) -> Val:
        handler = _EXPR.get(type(node))
        if handler is not None:
            return handler(self, node)
        labels: frozenset[Label] = _NONE
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.expr):
                v = self.expr(child)
                if v.labels:
                    labels = labels | v.labels
            elif isinstance(child, ast.comprehension):
                v = self.expr(child.iter)
                labels = labels | v.labels
                self.bind(child.target, Val(None, v.labels))
                for cond in child.ifs:
                    self.expr(cond)
            elif isinstance(child, ast.arguments):
                continue
            else:
                self.generic(child)
        return Val(None, labels) if labels else EMPTY

    def e_constant(self, node: ast.Constant) -> Val:
        value = node.value
        if isinstance(value, str):
            n = len(value)
            if 4 <= n <= 14 and value in _REVERSED_NAMES:
                self.report(
                    "obfuscation.hidden-name",
                    node,
                    f"{value!r} is {value[::-1]!r} spelled backwards",
                    obfuscation.REVERSED_NAME,
                )
                return Val(value, frozenset({Label.OBF}))
            if value.startswith("gA") and 24 <= n <= DEEP_TEXT:
                self.pickle_literal(value, node)  # base64 of a pickle (b"\x80...")
            if 4 < n < 2000 or (n == 4 and value.startswith(".")):  # ".env"
                return self.on_string(value, node, _NONE)
            return Val(value)
        if isinstance(value, (bytes, int)) and not isinstance(value, bool):
            return Val(value)
        return EMPTY

    def pickle_literal(self, text: str, node: ast.AST) -> None:
        """A base64 literal that decodes to a pickle calling something dangerous."""
        raw = _decode("b64", text)
        called = P.pickle_callables(raw) if raw and raw[:1] == b"\x80" else None
        if called:
            self.report(
                "unsafe-deserialization.malicious-file",
                node,
                f"a base64 literal holds a pickle that calls {', '.join(called[:3])} when loaded",
            )

    def on_string(self, text: str, node: ast.AST, labels: frozenset[Label]) -> Val:
        """Labels and endpoint findings for a (possibly folded) string."""
        if self.is_setup and "@" in text and P.DIRECT_URL_DEP_RE.match(text):
            self.report(
                "download-execute.direct-url-dependency",
                node,
                f"setup.py requires code from a URL: {text[:100]!r}",
            )
        if len(text) < 24 and _SECRET_WORD_RE.fullmatch(text):
            self.scope.event("secret-word", _line(node))
        found = P.string_labels(text)
        if found:
            labels = labels | found
            self.labels_seen = self.labels_seen | found
            if found & _SECRET_PATHS and text.count(" ") < 3 and not text.endswith(".netrc"):
                # (HTTP clients look up ~/.netrc for the host they contact, by design;
                # what is read from it still carries the "cred" label.)
                self.scope.event("secret-seen", _line(node))
            if Label.SHELL in found and P.REVERSE_SHELL_RE.search(text):
                # A literal is a payload only once it is run, written or sent: the sinks
                # report it (the "rshell" label); one never used is reported at the end,
                # weaker (rule texts, regexes and docs name such commands too).
                labels = labels | {Label.RSHELL}
                self.rshell_literals.setdefault(_line(node), text)
        if " " in text:  # commands have arguments
            lower = text.lower()
            if any(w in lower for w in P.DL_WORDS) and P.PIPE_TO_SHELL_RE.search(text):
                labels = labels | {Label.DL_CMD}
            if ("base" in lower or "xxd" in lower) and P.DECODE_TO_SHELL_RE.search(text):
                labels = labels | {Label.OBF}  # decodes data into a shell: hides what it runs
        hit = P.endpoint(text) if "." in text else None  # every host pattern has a dot
        if hit is not None:
            rule, matched = hit
            labels = labels | _endpoint_label(rule)
            if rule == "suspicious-endpoint.webhook":
                self.chat_endpoint = True
            if rule == "suspicious-endpoint.webhook" and P.WEBHOOK_SECRET_RE.search(text):
                # The author's own channel, its secret written in the code: libraries take
                # a webhook from their user; stealers carry the one they report to.
                self.report(
                    rule,
                    node,
                    f"chat webhook with its secret token {matched!r}",
                    endpoints.WITH_SECRET,
                )
            else:
                self.report(rule, node, f"suspicious endpoint {matched!r}")
        elif 40 <= len(text) <= 50 and P.BOT_TOKEN_RE.fullmatch(text):
            self.chat_tokens.setdefault(_line(node), text)
        return Val(text, labels)

    def e_name(self, node: ast.Name) -> Val:
        v = self.scope.lookup(node.id)
        if v is not None:
            return v
        if node.id == "__file__":
            return _PKGFILE
        qn = self.imports.get(node.id)
        if qn is not None:
            return Val(None, _NONE, qn)
        return Val(None, _NONE, node.id)

    def e_attribute(self, node: ast.Attribute) -> Val:
        if (
            isinstance(node.value, ast.Name)
            and node.value.id == "self"
            and self.class_stack
            and (self.class_stack[-1], node.attr) in self.attrs
        ):
            return self.attrs[(self.class_stack[-1], node.attr)]
        base = self.expr(node.value)
        qn = f"{base.qn}.{node.attr}" if base.qn else None
        if qn is not None and qn.startswith(("__builtins__.", "builtins.", "__builtin__.")):
            qn = qn.split(".", 1)[1]
        if qn == "os.environ":
            return Val(None, frozenset({Label.ENV_ALL}), qn)
        if node.attr in ("PROT_EXEC", "PAGE_EXECUTE_READWRITE"):
            return Val(None, base.labels | {Label.PROT_EXEC}, qn)
        if node.attr in _SECRET_ATTRS and qn is None:
            # obj.token: clients send their own; sent on import or at start-up it is theft.
            return Val(None, base.labels | {Label.CRED_SOFT}, qn)
        return Val(None, base.labels, qn)

    def e_subscript(self, node: ast.Subscript) -> Val:
        base = self.expr(node.value)
        sl = node.slice
        if isinstance(sl, ast.Slice):
            lower = self.expr(sl.lower) if sl.lower else None
            upper = self.expr(sl.upper) if sl.upper else None
            step = self.expr(sl.step) if sl.step else None
            if (
                isinstance(base.s, (str, bytes))
                and lower is None
                and upper is None
                and step is not None
                and step.s == -1
            ):
                return Val(base.s[::-1], base.labels | {Label.OBF})
            return Val(None, base.labels)
        key = self.expr(sl)
        if base.qn == "os.environ":
            if Label.SECRET_NAME in key.labels or (
                isinstance(key.s, str) and P.SECRET_ENV_RE.search(key.s)
            ):
                return Val(None, frozenset({Label.ENV, Label.ENV_SECRET}))
            return Val(None, frozenset({Label.ENV}))
        if (
            base.qn in P.BUILTIN_MODULES
            or base.qn in ("__dict__", "builtins.__dict__", "<namespace>")
        ) and isinstance(key.s, str):
            if key.s in P.SENSITIVE_NAMES and (key.labels & {Label.OBF, Label.FOLDED}):
                self.report(
                    "obfuscation.hidden-name", node, f"{key.s!r} looked up by a computed name"
                )
            return Val(None, _NONE, key.s)
        if (
            base.qn in P.BUILTIN_MODULES
            or base.qn in ("__dict__", "builtins.__dict__", "<namespace>")
        ) and _reversed_or_decoded(sl):
            self.report(
                "obfuscation.hidden-name", node, "builtin looked up by a reversed or decoded name"
            )
        if isinstance(base.s, dict) and isinstance(key.s, (str, int)) and key.s in base.s:
            return Val(base.s[key.s], base.labels | key.labels)
        if (
            isinstance(base.s, (tuple, str, bytes))
            and isinstance(key.s, int)
            and not isinstance(key.s, bool)
        ):
            try:
                item = base.s[key.s]
            except IndexError:
                item = None
            if isinstance(item, (str, bytes, int, tuple)):
                return Val(item, base.labels | key.labels)
        return Val(None, base.labels | key.labels)

    def e_binop(self, node: ast.BinOp) -> Val:
        # Walk the left spine iteratively: generated code has chains of thousands of terms.
        spine = [node]
        left_node = node.left
        while isinstance(left_node, ast.BinOp):
            spine.append(left_node)
            left_node = left_node.left
        left = self.expr(left_node)
        for op_node in reversed(spine):
            left = self.binop(op_node, left, self.expr(op_node.right))
        return left

    def binop(self, node: ast.BinOp, left: Val, right: Val) -> Val:
        """Fold one binary operation of already evaluated operands."""
        labels = left.labels | right.labels
        ls, rs = left.s, right.s
        s: str | bytes | int | None = None
        try:
            if isinstance(node.op, ast.Add):
                if (isinstance(ls, str) and isinstance(rs, str)) or (
                    isinstance(ls, bytes) and isinstance(rs, bytes)
                ):
                    s = ls + rs  # type: ignore[operator]
                    labels = labels | {Label.FOLDED}
                elif (
                    isinstance(ls, int) and isinstance(rs, int) and not isinstance(ls, (str, bytes))
                ):
                    s = ls + rs
                elif (isinstance(ls, str) and rs is None and len(ls) >= 6) or (
                    isinstance(rs, str) and ls is None and len(rs) >= 6
                ):
                    # "https://host/" + name: keep the shape, "X" for the unknown part.
                    s = (ls if isinstance(ls, str) else "X") + (rs if isinstance(rs, str) else "X")
                    labels = labels | {Label.FOLDED, Label.PARTIAL}
            elif (
                isinstance(node.op, ast.Mod) and isinstance(ls, str) and isinstance(rs, (str, int))
            ):
                s = ls % rs
                labels = labels | {Label.FOLDED}
            elif isinstance(node.op, ast.Mod) and isinstance(ls, str) and len(ls) >= 20:
                # A template with unknown values: keep its shape (code, commands, URLs).
                s = _PERCENT_RE.sub("X", ls)
                labels = labels | {Label.FOLDED, Label.PARTIAL}
            elif isinstance(node.op, ast.Mult):
                if (
                    isinstance(ls, (str, bytes))
                    and isinstance(rs, int)
                    and len(ls) * rs <= MAX_FOLD
                ) or (
                    isinstance(ls, int)
                    and isinstance(rs, int)
                    and abs(ls) < 1 << 32
                    and abs(rs) < 1 << 32
                ):
                    s = ls * rs
            elif isinstance(node.op, ast.Sub) and isinstance(ls, int) and isinstance(rs, int):
                s = ls - rs
            elif isinstance(node.op, ast.Div) and isinstance(rs, str) and not isinstance(ls, int):
                # pathlib: Path.home() / ".config" / "autostart"
                path = f"{ls if isinstance(ls, str) else 'X'}/{rs}"
                if len(path) < 2000:
                    return self.on_string(path, node, labels | {Label.FOLDED, Label.PARTIAL})
            elif isinstance(node.op, ast.BitXor) and isinstance(ls, int) and isinstance(rs, int):
                s = ls ^ rs
            elif isinstance(node.op, ast.BitOr) and isinstance(ls, int) and isinstance(rs, int):
                s = ls | rs
            elif isinstance(node.op, ast.BitAnd) and isinstance(ls, int) and isinstance(rs, int):
                s = ls & rs
        except (TypeError, ValueError, OverflowError):
            s = None
        if isinstance(s, (str, bytes)) and len(s) > MAX_FOLD:
            s = None
        if (
            isinstance(s, str)
            and Label.FOLDED in labels
            and 4 < len(s) < 2000
            and not (isinstance(ls, str) and isinstance(rs, str) and len(ls) > 4 and len(rs) > 4)
        ):
            # A string assembled from short pieces: check what it spells.
            return self.on_string(s, node, labels)
        return Val(s, labels) if (s is not None or labels) else EMPTY

    def e_joinedstr(self, node: ast.JoinedStr) -> Val:
        parts: list[str] = []
        labels: frozenset[Label] = _NONE
        ok = True
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                parts.append(v.value)
            elif isinstance(v, ast.FormattedValue):
                inner = self.expr(v.value)
                labels = labels | inner.labels
                if isinstance(inner.s, (str, int)) and v.conversion == -1 and v.format_spec is None:
                    parts.append(str(inner.s))
                else:
                    ok = False
            else:
                ok = False
        if ok:
            text = "".join(parts)
            if 4 < len(text) < 2000:
                return self.on_string(text, node, labels)
            return Val(text, labels)
        known = sum(len(p) for p in parts)
        if known >= 20:
            # Keep the shape of a long template with unknown parts ("X" for each).
            text = "".join(
                v.value if isinstance(v, ast.Constant) and isinstance(v.value, str) else "X"
                for v in node.values
            )
            if len(text) < 2000:
                return self.on_string(text, node, labels | {Label.PARTIAL})
        return Val(None, labels)

    def e_seq(self, node: ast.List | ast.Tuple | ast.Set) -> Val:
        elts = node.elts
        if len(elts) > 64:
            words = [
                e.value
                for e in elts
                if isinstance(e, ast.Constant)
                and isinstance(e.value, str)
                and not _PATHLIKE_RE.search(e.value)
            ]
            if len(words) == len(elts):
                # A long table of words or phrases (fake names, messages) is data: kept for
                # folding, not matched string by string against every pattern.
                return Val(tuple(words))
        vals = [self.expr(elt) for elt in elts]
        labels = _union(vals)
        consts = tuple(v.s for v in vals)
        if 0 < len(consts) <= 64 and any(isinstance(c, str) for c in consts[:2]):
            # Argument lists with a computed part ([sys.executable, "-c", code]).
            self.seq_parts[id(node)] = tuple(c if isinstance(c, str) else None for c in consts)
            self.seq_labels[id(node)] = tuple(v.labels for v in vals)
        if vals and all(isinstance(c, (str, bytes, int)) for c in consts):
            if any(isinstance(c, str) and P.SECRET_ENV_RE.search(c) for c in consts):
                labels = labels | {Label.SECRET_NAME}
            if isinstance(consts[0], str) and len(consts) <= 8:
                line = " ".join(c for c in consts if isinstance(c, str))
                if P.CLIP_READ_CMD_RE.match(line):
                    labels = labels | {Label.CLIP_R}
                elif P.CLIP_WRITE_CMD_RE.match(line):
                    labels = labels | {Label.CLIP_W}
            return Val(consts, labels)
        return Val(None, labels) if labels else EMPTY

    def e_dictcomp(self, node: ast.DictComp) -> Val:
        """{k: f(k) for k in xs}: the generators bind before key and value are read."""
        outer = self.scope
        self.scope = _child(outer)
        try:
            labels: frozenset[Label] = _NONE
            for gen in node.generators:
                it = self.expr(gen.iter)
                labels = labels | it.labels | _secret_filter(it, gen.ifs)
                self.bind(gen.target, Val(None, it.labels))
                for cond in gen.ifs:
                    self.expr(cond)
            labels = labels | self.expr(node.key).labels | self.expr(node.value).labels
            return Val(None, labels) if labels else EMPTY
        finally:
            self.scope = outer

    def e_dict(self, node: ast.Dict) -> Val:
        keys = [self.expr(k) if k is not None else EMPTY for k in node.keys]
        vals = [self.expr(v) for v in node.values]
        labels = _union(keys) | _union(vals)
        if 0 < len(vals) <= 4096 and all(
            isinstance(k.s, (str, int)) and isinstance(v.s, (str, bytes, int, tuple))
            for k, v in zip(keys, vals, strict=True)
        ):
            # Constant tables: lookups in them fold (names spelled out in a dict).
            return Val({k.s: v.s for k, v in zip(keys, vals, strict=True)}, labels)
        return Val(None, labels) if labels else EMPTY

    def e_comp(self, node: ast.ListComp | ast.SetComp | ast.GeneratorExp) -> Val:
        outer = self.scope
        self.scope = _child(outer)
        try:
            labels: frozenset[Label] = _NONE
            first: Val | None = None
            for gen in node.generators:
                it = self.expr(gen.iter)
                first = first or it
                labels = labels | it.labels | _secret_filter(it, gen.ifs)
                self.bind(gen.target, Val(None, it.labels))
                for cond in gen.ifs:
                    self.expr(cond)
            v = self.expr(node.elt)
            labels = labels | v.labels
            gen = node.generators[0]
            src = first.s if first is not None else None
            if (
                len(node.generators) == 1
                and not gen.ifs
                and isinstance(gen.target, ast.Name)
                and isinstance(src, (tuple, bytes, str))
                and 0 < len(src) <= 20_000
                and _foldable(node.elt)
            ):
                folded = self.fold_comp(node.elt, gen.target.id, src)
                if folded is not None:
                    # Constant data transformed element by element: obfuscation when the
                    # transformation rewrites characters (xor, shifts, chr/ord).
                    return Val(
                        folded, labels | ({Label.OBF} if _xform(node.elt) else {Label.FOLDED})
                    )
            if _xform(node.elt):
                labels = labels | {Label.OBF}  # decoding character by character (xor, chr/ord)
            return Val(None, labels) if labels else EMPTY
        finally:
            self.scope = outer

    def fold_comp(
        self, elt: ast.expr, name: str, src: tuple[Any, ...] | bytes | str
    ) -> tuple[Any, ...] | None:
        """The values of a comprehension over constant data, or None."""
        out = []
        vars_ = self.scope.vars
        for item in src:
            vars_[name] = Val(item)
            v = self.expr(elt)
            if not isinstance(v.s, (int, str, bytes)):
                return None
            out.append(v.s)
        return tuple(out)

    def c_namespace(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """globals(), locals(), vars(builtins): lookups in them resolve names."""
        if qn == "vars" and args and args[0].qn not in P.BUILTIN_MODULES:
            return None
        return Val(None, labels, "<namespace>")

    def e_ifexp(self, node: ast.IfExp) -> Val:
        self.expr(node.test)
        a, b = self.expr(node.body), self.expr(node.orelse)
        labels = a.labels | b.labels
        if a.s == b.s:
            return Val(a.s, labels, a.qn if a.qn == b.qn else None)
        if isinstance(a.s, str) and isinstance(b.s, str) and len(a.s) <= 3 and len(b.s) <= 3:
            return Val(a.s + b.s, labels)  # open(p, "a" if exists else "w"): either mode
        return Val(None, labels) if labels else EMPTY

    def e_await(self, node: ast.Await) -> Val:
        return self.expr(node.value)

    def e_unaryop(self, node: ast.UnaryOp) -> Val:
        v = self.expr(node.operand)
        if isinstance(node.op, ast.USub) and isinstance(v.s, int) and not isinstance(v.s, bool):
            return Val(-v.s, v.labels)
        return Val(None, v.labels) if v.labels else EMPTY

    def e_lambda(self, node: ast.Lambda) -> Val:
        outer = self.scope
        self.scope = _child(outer)  # its events count for the code that defines it
        self.fn_depth += 1
        try:
            body = self.expr(node.body)
        finally:
            self.fn_depth -= 1
            self.scope = outer
        key = f"<lambda{len(self.lambdas)}>"
        self.lambdas[key] = node
        return Val(None, frozenset(x for x in body.labels if x not in PARAM_INDEX), key)

    def inline_simple(self, name: str, args: list[Val]) -> Val | None:
        """Evaluate a one-line function's return expression with constant arguments."""
        if self.inline_depth >= 3:
            return None
        params, expr = self.simple_fns[name]
        scope = _child(self.module)
        for i, param in enumerate(params):
            if param.startswith("*"):
                rest = tuple(v.s for v in args[i:])
                ok = all(isinstance(x, (str, bytes, int)) for x in rest)
                scope.vars[param[1:]] = Val(rest if ok else None, _union(args[i:]))
                break
            if i < len(args):
                scope.vars[param] = args[i]
        outer = self.scope
        self.scope = scope
        self.inline_depth += 1
        try:
            return self.expr(expr)
        finally:
            self.inline_depth -= 1
            self.scope = outer

    def inline_lambda(
        self, key: str, args: list[Val], starred: list[bool] | None = None
    ) -> Val | None:
        """Evaluate a lambda's body with the call's arguments (depth-limited)."""
        node = self.lambdas.get(key)
        if node is None or self.inline_depth >= 3:
            return None
        if starred and any(starred):  # f(*[...]): the sequence's items are the arguments
            flat: list[Val] = []
            for value, star in zip(args, starred, strict=False):
                if star and isinstance(value.s, tuple) and len(value.s) <= 4096:
                    flat.extend(Val(x, value.labels) for x in value.s)
                elif star:
                    return None
                else:
                    flat.append(value)
            args = flat
        scope = _child(self.scope)
        params = [*node.args.posonlyargs, *node.args.args]
        for param, value in zip(params, args, strict=False):
            scope.vars[param.arg] = value
        if node.args.vararg is not None:
            rest = args[len(params) :]
            known = all(v.s is not None for v in rest)
            scope.vars[node.args.vararg.arg] = Val(
                tuple(v.s for v in rest) if known else None, _union(rest)
            )
        outer = self.scope
        self.scope = scope
        self.inline_depth += 1
        try:
            return self.expr(node.body)
        finally:
            self.inline_depth -= 1
            self.scope = outer

    # ------------------------------------------------------------- calls

    def e_call(self, node: ast.Call) -> Val:
        func = node.func
        if isinstance(func, ast.Name) and func.id == "__pyarmor__":
            self.report(
                "obfuscation.marshal-literal",
                node,
                "runs PyArmor-encrypted code" + (" at install time" if self.is_setup else ""),
                # Some vendors ship encrypted wheels; nothing needs it while pip builds.
                obfuscation.pyarmor_severity(self.where),
            )
        recv: Val | None = None
        method = ""
        if isinstance(func, ast.Attribute):
            recv = self.expr(func.value)
            method = func.attr
            qn = f"{recv.qn}.{method}" if recv.qn else None
            if qn is not None and qn.startswith(("__builtins__.", "builtins.", "__builtin__.")):
                qn = qn.split(".", 1)[1]
        else:
            fv = self.expr(func)
            qn = fv.qn
            if fv.labels & PAYLOAD:
                recv = fv
        args = [self.expr(a.value if isinstance(a, ast.Starred) else a) for a in node.args]
        kwargs: dict[str | None, Val] = {}
        for kw in node.keywords:
            kwargs[kw.arg] = self.expr(kw.value)
        labels = _union(args) | _union(kwargs.values())
        if recv is not None and recv.labels:
            labels = labels | recv.labels
        line = node.lineno
        scope = self.scope

        if (
            qn is None
            and recv is not None
            and isinstance(func, (ast.Call, ast.Subscript))
            and Label.OBF in recv.labels
            and labels & {Label.NET, Label.DECODED, Label.DECODED_VAR}
        ):
            # resolve("cexe")(payload): a function named in disguise runs downloaded or
            # decoded data.
            self.report(
                "download-execute.remote-code"
                if Label.NET in labels
                else "obfuscation.exec-decoded",
                node,
                "a function looked up by a disguised name is called with "
                + ("downloaded" if Label.NET in labels else "decoded")
                + " data",
            )
        if (
            qn is None
            and isinstance(func, (ast.Call, ast.Subscript))  # getattr(m, name)(..., shell=True)
            and any(
                k.arg == "shell" and isinstance(k.value, ast.Constant) and k.value.value is True
                for k in node.keywords
            )
        ):
            self.report(
                "obfuscation.hidden-name",
                node,
                "a function computed at run time is called with shell=True",
            )
        last = (qn or method).rsplit(".", 1)[-1]
        if last in _RUN_MEMORY or (
            isinstance(func, ast.Call) and (self.expr(func.func).qn or "").endswith("FUNCTYPE")
        ):
            scope.event("run-mem", line)
        elif last in _EXEC_MEMORY or Label.PROT_EXEC in labels:
            scope.event("exec-mem", line)
            if labels & (PAYLOAD | {Label.NATIVE}):
                scope.event("exec-mem-payload", line)
        if last in ("__pyarmor__", "__pyarmor_enter__", "pyarmor") and self.module_level:
            self.report(
                "obfuscation.bytecode-only",
                node,
                "the module is PyArmor-protected: its code is encrypted and cannot be reviewed",
            )
        if (
            last in ("prctl", "setproctitle", "Process", "set_proc_name")
            and Label.MASQUERADE in labels
        ):
            self.report("hidden-process.masquerade", node, "renames a process after a system one")
        if qn is not None and qn.startswith("<lambda"):
            inlined = self.inline_lambda(qn, args, [isinstance(a, ast.Starred) for a in node.args])
            if inlined is not None:
                return inlined
        if qn is not None and qn in self.simple_fns and any(v.s is not None for v in args):
            inlined = self.inline_simple(qn, args)
            if inlined is not None and inlined.s is not None:
                return inlined
        self_call = bool(
            self.class_stack
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and method in self.class_defs.get(self.class_stack[-1], ())
        )
        if qn is not None and (qn in self.summaries or qn in self.fn_events):
            self.call_local(node, qn, args, kwargs)
        elif self.relative:
            self.note_relative_call(func, args)
        elif self_call:
            # self.helper(...): a method of this class; `self` is its first parameter.
            self.call_local(node, method, [EMPTY, *args], kwargs)
        if qn:
            ret = self.fn_returns.get(qn[5:] if qn.startswith("self.") else qn)
        elif self_call:
            ret = self.fn_returns.get(method)
        else:
            ret = None
        if ret:
            # What the local function returns: its own sources, and the arguments it passes on.
            literal: str | bytes | None = None
            for label in ret:
                index = PARAM_INDEX.get(label)
                if index is None:
                    labels = labels | {label}
                elif index < len(args):
                    arg = args[index]
                    labels = labels | arg.labels
                    if isinstance(arg.s, (str, bytes)) and len(arg.s) >= 8:
                        literal = arg.s
            if Label.DECODED_VAR in ret and literal is not None:
                # A decoding helper (def b64d(s): return b64decode(s).decode()) called on a
                # literal: the literal is a hidden payload, decoded here.
                raw = _decode("b64", literal)
                text = _text(raw) if raw else None
                if (text is not None and text.isprintable()) or (text and "\n" in text):
                    return self.decoded(node, text, labels)
                labels = labels | {Label.DECODED}
            if Label.NET in labels and Label.IMDS in labels:
                labels = labels | {Label.IMDS_CRED}  # a helper that fetched instance metadata
        target = kwargs.get("target")
        if target is not None and isinstance(target.qn, str) and target.qn in self.fn_events:
            self.call_local(node, target.qn, [], {})
        elif qn in _RUNNERS or method in _RUNNER_METHODS:
            # Functions handed to something that runs them (threads, timers, atexit).
            for v in (*args, *kwargs.values()):
                if isinstance(v.qn, str) and v.qn in self.fn_events and v.qn != qn:
                    self.call_local(node, v.qn, [], {})
        if qn in ("sys.path.insert", "sys.path.append") and labels & {Label.NET, Label.NET_FILE}:
            # A downloaded archive or folder on sys.path: its modules run when imported.
            self.report(
                "download-execute.remote-code", node, f"{qn}() adds a downloaded file to sys.path"
            )
        if qn in _REQUESTS and args and isinstance(args[0].s, str):
            # A request object stands for its URL (partly known or not).
            return Val(args[0].s, (labels - {Label.PARTIAL}) | (args[0].labels & {Label.PARTIAL}))
        if qn is not None and (qn in _KNOWN_QN or qn.startswith(("<socket>.", "<http>."))):
            special = _CALLS.get(qn)
            if special is not None:
                out = special(self, node, qn, args, kwargs, labels)
                if out is not None:
                    return out
            if (
                qn == "eval"
                and args
                and isinstance(args[0].s, str)
                and args[0].s.strip() in _EVAL_NAMES
            ):
                # eval("exec") hands back the builtin under a name no reader sees.
                name = args[0].s.strip()
                self.report(
                    "obfuscation.hidden-name", node, f"eval({name!r}) fetches the {name} builtin"
                )
                return Val(None, labels | {Label.OBF}, name)
            if qn in P.EXEC_SINKS:
                self.sink_exec(node, qn, labels, args[0] if args else None)
                return Val(None, labels)
            if qn in P.PROCESS_SINKS:
                out_labels = self.sink_process(node, qn, args, kwargs, labels)
                return Val(None, labels | out_labels)
            if qn in P.CODE_LOADERS:
                self.sink_load(node, qn, labels)
                return Val(None, labels)
            if qn in P.MODEL_LOADERS:
                if Label.NET in labels or (args and _is_url(args[0].s)):
                    self.report(
                        "unsafe-deserialization.remote", node, f"network data reaches {qn}()"
                    )
                elif Label.NET_FILE in labels:
                    # Hubs download and load checkpoints on request; doing it on import is not.
                    self.report(
                        "unsafe-deserialization.remote",
                        node,
                        f"a downloaded file reaches {qn}()",
                        where=self.where,
                    )
                return Val(None, labels)
            if qn in P.SITE_DIRS:
                return Val(None, labels | {Label.SITE_DIR})
            if qn in P.SECRET_SOURCES:
                scope.event("secret-seen", line)
                return Val(None, labels | {Label.BROWSER})
            if qn in ("keyring.get_password", "keyring.get_credential"):
                # Tools send keyring passwords to their own service; on import, nothing should.
                return Val(None, labels | {Label.CRED_SOFT})
            if (
                qn in P.KEYBOARD_HOOKS
                or qn in P.CAPTURE
                or (
                    # A camera by its index; a file name opens a video.
                    qn == "cv2.VideoCapture" and args and isinstance(args[0].s, int)
                )
            ):
                scope.event("spy", line)
                return Val(None, labels | {Label.SCREEN}) if qn in P.CAPTURE else Val(None, labels)
            if qn in P.NET_CALLS:
                self.hidden_destination(node, qn, args, kwargs)
                url = args[0] if args else kwargs.get("url")
                if url is not None and (
                    (isinstance(url.s, str) and _EXE_URL_RE.search(url.s))
                    or url.labels & {Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}
                ):
                    # A program, or code from a paste site or chat attachment, downloaded.
                    scope.event("download-program", line)
                self.sink_net(node, qn, labels, args[0] if args else kwargs.get("url"))
                if Label.IMDS in labels:  # instance metadata answers with credentials
                    labels = labels | {Label.IMDS_CRED}
                if qn in P.DOWNLOAD_TO_FILE:
                    scope.event("download-file", line)
                    dest = node.args[1] if len(node.args) > 1 else None
                    if isinstance(dest, ast.Name):  # the file now holds network data
                        old = self.scope.lookup(dest.id) or EMPTY
                        self.scope.vars[dest.id] = Val(old.s, old.labels | {Label.NET_FILE}, old.qn)
                if qn in P.ADDRESS_LOOKUPS:
                    return Val(None, labels)
                return Val(None, labels | {Label.NET})
            tag = P.NET_OBJECTS.get(qn)
            if tag is not None:
                if qn in P.CONNECTS:
                    self.hidden_destination(node, qn, args, kwargs)
                if qn != "socket.socket":  # creating a socket sends nothing
                    self.sink_net(node, qn, labels)
                if qn in P.CONNECTS:
                    scope.event("socket-connect", line)
                return Val(None, labels, tag)
            if qn in P.DECODERS:
                return self.fold_decode(node, P.DECODERS[qn], args, labels)
            if qn in P.DESERIALIZE:
                return self.deserialize(node, qn, args, labels)
            if qn in P.YAML_LOAD:
                loader = kwargs.get("Loader") or (args[1] if len(args) > 1 else None)
                if qn != "yaml.load" or loader is None or "Safe" not in (loader.qn or "Safe"):
                    self.deserialize(node, qn, args, labels, yaml=True)
                return Val(None, labels)
            if qn in P.SYSINFO:
                return Val(None, labels | {Label.SYSINFO})
            if qn in P.CLIPBOARD_READ:
                return self.clip_read(node, qn, labels)
            if qn in P.CLIPBOARD_WRITE:
                scope.event("clip-write", line)
                return Val(None, labels)
            if qn in P.REGISTRY_WRITE:
                self.registry_write(node, args, labels)
                return EMPTY
            if qn.startswith(("<socket>.", "<http>.")):
                return self.object_method(node, qn, args, labels)
        if method == "Create" and (
            (recv is not None and Label.WMI in recv.labels)
            or (
                isinstance(func, ast.Attribute)
                and getattr(func.value, "attr", "") == "Win32_Process"
            )
        ):
            cmd = args or ([kwargs["CommandLine"]] if "CommandLine" in kwargs else [])
            started = self.sink_process(node, "wmi.Win32_Process.Create", cmd, kwargs, labels)
            return Val(None, labels | started)
        # Methods on unknown or folded receivers.
        if method:
            return self.method(node, method, recv, args, kwargs, labels)
        return Val(None, labels) if labels else EMPTY

    def note_relative_call(self, func: ast.expr, args: list[Val]) -> None:
        """A call of a sibling module's function: remembered, and so is data worth
        following that it is given (the target-level pass analyses that function with
        these arguments)."""
        if isinstance(func, ast.Name) and func.id in self.relative:
            level, module, name = self.relative[func.id]
            self.relative_calls.add((level, module, name))
        elif (
            isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id in self.relative
            and not self.relative[func.value.id][1]
        ):  # from . import mod; mod.f(x)
            level, module, name = (
                self.relative[func.value.id][0],
                self.relative[func.value.id][2],
                func.attr,
            )
        else:
            return
        on_import = self.import_time
        for i, v in enumerate(args[: len(_PARAMS)]):
            # On import everything worth following; elsewhere only stolen secrets.
            followed = v.labels & (_FOLLOWED if on_import else SECRETS)
            if followed:
                self.imported_args.add((level, module, name, i, followed, on_import))

    def call_local(
        self, node: ast.Call, name: str, args: list[Val], kwargs: dict[str | None, Val]
    ) -> None:
        """A call of a function of this module: its summary meets the arguments."""
        summary = self.summaries.get(name, {})
        params = self.fn_params.get(name, [])
        pairs = list(enumerate(args))
        pairs += [(params.index(k), v) for k, v in kwargs.items() if k in params]
        for i, arg in pairs:
            kinds = summary.get(i)
            if kinds and "process" in kinds and isinstance(arg.s, str):
                self.command_text(node, arg.s, name)
            if not kinds or not arg.labels:
                continue
            if "net" in kinds and arg.labels & SECRETS:
                self.report(
                    "exfiltration.credentials",
                    node,
                    f"secret data passed to {name}(), which sends it",
                )
            elif "net" in kinds and arg.labels & WEAK and self.import_time:
                self.report(
                    "exfiltration.host-info",
                    node,
                    f"host details passed to {name}(), which sends them, at import time",
                    where=self.where,
                )
            if "exec" in kinds and arg.labels & {Label.NET, Label.DECODED, Label.OBF, Label.CODE}:
                self.report(
                    "obfuscation.exec-decoded",
                    node,
                    f"decoded data passed to {name}(), which runs it",
                )
            if kinds & {"process", "exec", "net"}:
                self.rshell_sink(node, arg.labels, f"passed to {name}(), which runs or sends it")
            if "process" in kinds and Label.NET in arg.labels:
                self.report(
                    "download-execute.remote-command", node, f"network data passed to {name}()"
                )
            elif "process" in kinds and Label.DL_CMD in arg.labels:
                self.report(
                    "download-execute.remote-command",
                    node,
                    f"a download-and-run command passed to {name}(), which runs it",
                )
            elif "process" in kinds and arg.labels & {Label.DECODED, Label.OBF}:
                self.report(
                    "obfuscation.exec-decoded",
                    node,
                    f"decoded or obfuscated data passed to {name}(), which runs it as a command",
                )
        events = self.fn_events.get(name, {})
        if self.module_level or self.is_setup:
            if "secret-beacon" in events:
                self.report(
                    "exfiltration.credentials",
                    node,
                    f"{name}() sends secret environment variables at import time",
                )
            elif "beacon" in events:
                self.report(
                    "exfiltration.host-info",
                    node,
                    f"{name}() sends host details at import time",
                    where=self.where,
                )
        if self.module_level and not self.is_setup:
            if "net" in events:
                self.report(
                    "startup-hook.import-network", node, f"{name}() uses the network at import time"
                )
            if "process" in events:
                self.report(
                    "startup-hook.import-process", node, f"{name}() starts a process at import time"
                )
        if self.main_guard and self.fn_depth == 0:
            return  # `if __name__ == "__main__": main()` runs as a program, not on import
        for k, first in events.items():
            # A helper that names a credential file does not make its caller one that
            # does (build scripts pass an .npmrc to npm and download elsewhere); data
            # read from such files still flows through return values.
            if k != "secret-seen":
                self.scope.event(k, first)

    # ---- call handlers

    def c_getattr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if (
            len(args) >= 2
            and args[1].s is None
            and args[0].qn in P.BUILTIN_MODULES
            and self.module_level
            and not isinstance(node.args[1], ast.Name)
        ):
            self.report("obfuscation.hidden-name", node, "builtin looked up by a computed name")
        if len(args) >= 2 and isinstance(args[1].s, str):
            name = args[1].s
            if name in P.SENSITIVE_NAMES and (
                args[1].labels & {Label.OBF, Label.FOLDED, Label.DECODED}
            ):
                self.report(
                    "obfuscation.hidden-name", node, f"getattr(..., {name!r}) by a computed name"
                )
            base = args[0].qn
            if base is None:
                return Val(None, args[0].labels)
            if base in P.BUILTIN_MODULES or base.startswith("__import__("):
                return Val(None, _NONE, name)
            return Val(None, args[0].labels, f"{base}.{name}")
        return Val(None, labels)

    def c_setattr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(node.args) == 3 and isinstance(args[1].s, str):
            self.check_hook(node.args[0], args[1].s, node.args[2], node)
        return EMPTY

    def c_import(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, str):
            mod = args[0].s
            if (args[0].labels & {Label.OBF, Label.FOLDED, Label.DECODED}) and mod.split(".")[
                0
            ] in P.SENSITIVE_NAMES:
                self.report(
                    "obfuscation.hidden-name", node, f"module {mod!r} imported by a computed name"
                )
            if qn == "__import__" and "fromlist" not in kwargs and len(args) < 4:
                mod = mod.split(".", 1)[0]
            return Val(None, _NONE, mod)
        return Val(None, labels)

    def c_chr(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, int) and not isinstance(args[0].s, bool):
            try:
                return Val(chr(args[0].s), labels | {Label.FOLDED, Label.OBF})
            except (ValueError, OverflowError):
                return None
        arg = node.args[0] if node.args else None
        if (
            isinstance(arg, ast.BinOp)
            and isinstance(arg.op, ast.BitXor)
            and any(
                isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "ord"
                for n in ast.walk(arg)
            )
        ):
            # chr(ord(c) ^ ord(k)): a character of an XOR-encrypted text, decoded at run time.
            return Val(None, labels | {Label.OBF})
        return None

    def c_reversed(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, (str, bytes, tuple)) and len(args[0].s) <= MAX_FOLD:
            seq = args[0].s
            return Val(tuple(seq[::-1]), labels | {Label.OBF})
        return None

    def c_reduce(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """functools.reduce(operator.add, pieces) or with a lambda: strings assembled."""
        if len(args) < 2 or not isinstance(args[1].s, tuple) or not args[1].s:
            return None
        if (args[0].qn or "") in ("getattr", "builtins.getattr") and len(args) > 2:
            # reduce(getattr, ["path", "join"], os): attribute chain on an object.
            names = args[1].s
            if args[2].qn and all(isinstance(n, str) and n.isidentifier() for n in names):
                return Val(None, _NONE, ".".join((args[2].qn, *names)))
            return None
        items = args[1].s
        if len(args) > 2 and args[2].s is not None:
            items = (args[2].s, *items)
        fn = args[0].qn or ""
        acc = Val(items[0])
        for item in items[1 : len(items) if len(items) <= 256 else 0]:
            if fn in ("operator.add", "operator.concat", "operator.iadd"):
                try:
                    total: Any = acc.s
                    acc = Val(total + item)
                except TypeError:
                    return None
            elif fn.startswith("<lambda"):
                nxt = self.inline_lambda(fn, [acc, Val(item)])
                if nxt is None or nxt.s is None:
                    return None
                acc = nxt
            else:
                return None
        if isinstance(acc.s, str) and 4 < len(acc.s) < 2000:
            return self.on_string(acc.s, node, labels | {Label.FOLDED, Label.OBF})
        return Val(acc.s, labels | {Label.FOLDED, Label.OBF})

    def c_maketrans(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        a, b = (args[0].s, args[1].s) if len(args) == 2 else (None, None)
        try:
            if isinstance(a, bytes) and isinstance(b, bytes):
                return Val(bytes.maketrans(a, b), labels)
            if isinstance(a, str) and isinstance(b, str):
                return Val(str.maketrans(a, b), labels)
        except ValueError:
            return None
        return None

    def c_ord(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, (str, bytes)) and len(args[0].s) == 1:
            return Val(ord(args[0].s), labels)
        return None

    def c_bytes(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, str) and qn == "bytes":
            return Val(args[0].s.encode("utf-8", "replace"), labels)
        if args and isinstance(args[0].s, tuple):
            ints = args[0].s
            if ints and all(isinstance(i, int) and 0 <= i < 256 for i in ints):
                return Val(bytes(ints), labels | {Label.OBF})
        return Val(args[0].s if args and isinstance(args[0].s, bytes) else None, labels)

    def c_str(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if args and isinstance(args[0].s, bytes) and len(args) > 1:
            return Val(args[0].s.decode("utf-8", "replace"), labels)
        if args and isinstance(args[0].s, str):
            return Val(args[0].s, labels)
        return Val(None, labels)

    def c_codecs_decode(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(args) >= 2 and isinstance(args[1].s, str) and isinstance(args[0].s, (str, bytes)):
            enc = args[1].s.lower().replace("-", "_")
            if enc in ("rot13", "rot_13"):
                s = args[0].s if isinstance(args[0].s, str) else args[0].s.decode("latin-1")
                return self.decoded(node, codecs.decode(s, "rot13"), labels)
            codec = {
                "hex": "hex",
                "base64": "b64",
                "zlib": "zlib",
                "bz2": "bz2",
                "hex_codec": "hex",
                "base64_codec": "b64",
                "zlib_codec": "zlib",
            }.get(enc)
            if codec:
                return self.fold_decode(node, codec, args, labels)
        return None

    def c_archive(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """tarfile.open(fileobj=buf), zipfile.ZipFile(buf): an archive over a buffer."""
        target = next((k.value for k in node.keywords if k.arg in ("fileobj", "file")), None)
        if target is None and qn == "zipfile.ZipFile" and node.args:
            target = node.args[0]
        if isinstance(target, ast.Name):
            return Val(None, labels, f"<wraps:{target.id}>")
        return None

    def c_open(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        mode = kwargs.get("mode") or (args[1] if len(args) > 1 else None)
        path = args[0] if args else kwargs.get("file", EMPTY)
        self.note_secret_read(node, path.labels)
        if mode is not None and isinstance(mode.s, str) and any(c in mode.s for c in "wax+"):
            self.write_target(node, path.labels)
            return Val(None, path.labels, "<file-w>")
        return Val(None, labels)

    def c_tempfile(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        mode = kwargs.get("mode") or (args[0] if args else None)
        if mode is None or (isinstance(mode.s, str) and any(c in mode.s for c in "wax+")):
            return Val(None, labels, "<file-w>")
        return Val(None, labels)

    def c_join_path(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        texts = [_text(a.s) for a in args]
        if texts and all(t is not None for t in texts):
            joined = "/".join(t for t in texts if t is not None)
            return self.on_string(joined, node, labels | {Label.FOLDED})
        if sum(t is not None for t in texts) >= 2:
            # Labels of the known parts joined ("*/Google/Chrome/User Data/...").
            labels = labels | P.string_labels("/".join(t if t is not None else "*" for t in texts))
        if texts and texts[-1] is not None:
            # The known tail of a path under an unknown folder ("X/bin/helper.so",
            # "X/.vscode" that a later join extends).
            partial = "/".join(t if t is not None else "X" for t in texts)
            return Val(partial, labels | P.string_labels(partial) | {Label.PARTIAL})
        return Val(None, labels)

    def c_getenv(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        key = args[0] if args else kwargs.get("key", EMPTY)
        if Label.SECRET_NAME in key.labels or (
            isinstance(key.s, str) and P.SECRET_ENV_RE.search(key.s)
        ):
            return Val(None, frozenset({Label.ENV, Label.ENV_SECRET}))
        return Val(None, frozenset({Label.ENV}))

    def c_copy(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """shutil.copy(src, dst): dst now holds src's data; copying to autostart persists."""
        if len(args) >= 2:
            self.write_target(node, args[1].labels)
            if args[0].labels and len(node.args) >= 2:
                self.taint_base(node.args[1], args[0].labels)
                if isinstance(node.args[1], ast.Name):
                    self.bind(node.args[1], Val(None, args[0].labels | args[1].labels))
        return Val(None, labels)

    def c_oswrite(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if len(args) >= 2 and args[1].labels & {Label.NET, Label.DECODED, Label.NATIVE}:
            self.scope.event("download-file", node.lineno)
        return EMPTY

    def c_dup2(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if Label.SOCKFD in labels:
            self.scope.event("dup2", node.lineno)
        return EMPTY

    def c_fork(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        self.scope.event("fork" if qn.endswith("fork") else "setsid", node.lineno)
        return EMPTY

    def c_chmod(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        self.scope.event("chmod", node.lineno)
        return EMPTY

    def c_setup(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val | None:
        if not self.is_setup:
            return None
        for kw in node.keywords:
            if kw.arg == "cmdclass" and isinstance(kw.value, ast.Dict):
                for v in kw.value.values:
                    if isinstance(v, ast.Name):
                        self.cmdclass.append((v.id, node.lineno))
        return EMPTY

    # ---- generic helpers

    def const_int(self, node: ast.expr) -> int | None:
        v = self.expr(node)
        return v.s if isinstance(v.s, int) and not isinstance(v.s, bool) else None

    def decoded(self, node: ast.AST, data: str | bytes | None, labels: frozenset[Label]) -> Val:
        labels = labels | {Label.DECODED}
        if data is None or len(data) > MAX_FOLD:
            return Val(None, labels)
        text = _text(data)
        if text is not None and 4 < len(text) < 20000:
            found = P.string_labels(text)
            if found:
                labels = labels | found
            hit = P.endpoint(text)
            if hit is not None:
                self.report(hit[0], node, f"suspicious endpoint {hit[1]!r} in decoded data")
                labels = labels | _endpoint_label(hit[0])
            if P.REVERSE_SHELL_RE.search(text):
                self.report("reverse-shell.command", node, "reverse-shell command in decoded data")
            lower = text.lower()
            if any(w in lower for w in P.DL_WORDS) and P.PIPE_TO_SHELL_RE.search(text):
                labels = labels | {Label.DL_CMD}
        if isinstance(data, bytes) and P.is_native(data):
            self.report("binary-dropper.embedded", node, "a literal decodes to a native executable")
            labels = labels | {Label.NATIVE}
        elif text is not None and self.depth < 2 and len(text) < 200_000:
            self.nested(node, text, "in the decoded payload")
        return Val(data, labels)

    def run_string(self, text: str, *, in_place: bool) -> Analyzer | None:
        """Python code held in a string, analysed; None when it is not code. `in_place`:
        as if it ran here (same function depth, same install-time context)."""
        if "\n" not in text and "(" not in text:
            return None
        if len(text) > MAX_PARSE_TOKENS and too_large_to_parse(text.encode("utf-8", "replace")):
            return None
        try:
            tree = ast.parse(text)
        except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
            return None
        sub = Analyzer(self.ctx, text)
        sub.depth = self.depth + 1
        if in_place:
            sub.fn_depth = self.fn_depth
            sub.is_setup = self.is_setup
        try:
            sub.run(tree)
        except RecursionError:
            return None
        return sub

    def code_events(self, text: str) -> set[str]:
        """What Python code held in a string does when it runs (net, process, exec...)."""
        sub = self.run_string(text, in_place=False)
        return set(sub.file_events) if sub is not None else set()

    def nested(self, node: ast.AST, text: str, where: str) -> None:
        """Analyse Python code held in a string; lift its strong findings to `node`."""
        sub = self.run_string(text, in_place=True)
        for f in sub.findings if sub is not None else ():
            if f.severity >= Severity.HIGH:
                self.report(f.rule, node, f"{where}: {f.message}", f.severity)

    def fold_decode(
        self, node: ast.Call, codec: str, args: list[Val], labels: frozenset[Label]
    ) -> Val:
        if args and isinstance(args[0].s, (str, bytes)):
            return self.decoded(node, _decode(codec, args[0].s), labels)
        # Decoding data of unknown origin: weaker than a decoded literal.
        return Val(None, labels | {Label.DECODED_VAR})

    def method(
        self,
        node: ast.Call,
        method: str,
        recv: Val | None,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> Val:
        if method == "authenticators" and Label.CRED in labels:
            # netrc's entry for the host being contacted: sent to that host by design
            # (requests, pip and httpx do this); a stealer reads the whole file.
            return Val(None, (labels - {Label.CRED}) | {Label.CRED_SOFT})
        rs = recv.s if recv is not None else None
        if rs is not None:
            try:
                if method == "join" and isinstance(rs, (str, bytes)) and node.args:
                    parts = self.join_parts(node.args[0], args[0])
                    if parts is not None:
                        joined = rs.join(parts)  # type: ignore[arg-type]
                        if len(joined) <= MAX_FOLD:
                            lab = labels | {Label.FOLDED}
                            if self._chr_join:
                                lab = lab | {Label.OBF}
                            if isinstance(joined, str) and 4 < len(joined) < 2000:
                                return self.on_string(joined, node, lab)
                            return Val(joined, lab)
                elif method == "decode" and isinstance(rs, bytes):
                    enc = args[0].s if args and isinstance(args[0].s, str) else "utf-8"
                    if enc.lower().replace("-", "_") in ("rot13", "rot_13"):
                        return self.decoded(
                            node, codecs.decode(rs.decode("latin-1"), "rot13"), labels
                        )
                    if enc.lower() in ("hex", "base64", "zlib"):
                        return self.fold_decode(
                            node,
                            {"hex": "hex", "base64": "b64", "zlib": "zlib"}[enc.lower()],
                            [Val(rs)],
                            labels,
                        )
                    text = rs.decode("utf-8", "replace")
                    return (
                        self.on_string(text, node, labels)
                        if 4 < len(text) < 2000
                        else Val(text, labels)
                    )
                elif method == "encode" and isinstance(rs, str):
                    return Val(rs.encode("utf-8", "replace"), labels)
                elif (
                    method in ("replace",)
                    and isinstance(rs, str)
                    and len(args) >= 2
                    and isinstance(args[0].s, str)
                    and isinstance(args[1].s, str)
                ):
                    out = rs.replace(args[0].s, args[1].s)
                    return (
                        self.on_string(out, node, labels | {Label.FOLDED})
                        if 4 < len(out) < 2000
                        else Val(out, labels)
                    )
                elif (
                    method in ("lower", "upper", "strip", "lstrip", "rstrip", "swapcase", "title")
                    and isinstance(rs, (str, bytes))
                    and not args
                ):
                    return Val(getattr(rs, method)(), labels)
                elif (
                    method == "format"
                    and isinstance(rs, str)
                    and all(isinstance(a.s, (str, int)) for a in args)
                    and not kwargs
                ):
                    return Val(rs.format(*[a.s for a in args]), labels)
                elif (
                    method == "translate"
                    and isinstance(rs, (str, bytes))
                    and args
                    and isinstance(args[0].s, (bytes, dict))
                ):
                    table: Any = args[0].s
                    decoded: str | bytes = rs.translate(table)
                    return self.decoded(node, decoded, labels | {Label.OBF})
                elif method == "hex" and isinstance(rs, bytes):
                    return Val(rs.hex(), labels)
            except (ValueError, TypeError, IndexError, KeyError, LookupError):
                return Val(None, labels)
        if method == "fileno" and recv is not None and recv.qn == "<socket>":
            return Val(None, labels | {Label.SOCKFD})
        if method == "wrap_socket":
            return Val(None, labels, "<socket>")  # ssl.SSLContext().wrap_socket(raw)
        if method.lower() == "createshortcut" and args:
            self.write_target(node, args[0].labels)  # WScript.Shell shortcut in Startup
        if method == "SpecialFolders" and args and args[0].s in ("Startup", "AllUsersStartup"):
            return Val(None, labels | {Label.AUTOSTART})
        if (
            method in ("decrypt", "decrypt_at_time", "decrypt_and_verify")
            and args
            and isinstance(args[0].s, (str, bytes))
        ):
            # A literal decrypted at run time (Fernet, AES): a hidden payload.
            return Val(None, labels | {Label.DECODED_VAR, Label.OBF})
        if (
            method in ("extractall", "extract")
            and recv is not None
            and recv.labels & {Label.NET, Label.NET_FILE}
        ):
            self.scope.event("download-file", node.lineno)  # a downloaded archive unpacked
        if method in ("write", "write_text", "write_bytes") and args and self.depth < 2:
            code = _text(args[0].s)
            if code and ("exec" in code or "import" in code) and len(code) < 200_000:
                # Python written out to be run later (a temp-file dropper): what it would do.
                self.nested(node, code, "in the code written to a file")
        if (
            method in ("write", "write_text", "write_bytes")
            and recv is not None
            and (recv.qn == "<file-w>" or method != "write")
        ):
            if method != "write":
                self.write_target(node, recv.labels)
            data = _union(args)
            self.rshell_sink(node, data, "written to a file")
            if Label.NATIVE in data or (
                data & {Label.DECODED, Label.DECODED_VAR} and Label.EXE_FILE in recv.labels
            ):
                self.scope.event("drop-native", node.lineno)  # an executable written out
            if data & {Label.NET, Label.DECODED, Label.NATIVE, Label.OBF, Label.DL_CMD}:
                # A payload on disk (a script holding a download-and-run command too).
                self.scope.event("download-file", node.lineno)
                if Label.NET in data and isinstance(node.func, ast.Attribute):
                    self.taint_base(node.func, frozenset({Label.NET_FILE}))  # tmp.name
                    handle = node.func.value
                    if isinstance(handle, ast.Name) and handle.id in self.file_paths:
                        path_var = ast.Name(id=self.file_paths[handle.id])
                        self.taint_base(path_var, frozenset({Label.NET_FILE}))
            elif Label.DECODED_VAR in data:
                self.scope.event("write-decoded", node.lineno)
            written = _text(args[0].s) if args else None
            if written and _planted(recv.labels) and self.depth < 2:
                # Code planted for later: judge it as if it ran.
                for code_line in (
                    [written]
                    if Label.PTH not in recv.labels
                    else [ln for ln in written.splitlines() if ln.startswith("import")]
                ):
                    self.nested(node, code_line, "in the code it plants")
            elif written and Label.PYFILE in recv.labels and self.import_time and self.depth < 2:
                found = self.code_events(written) & {"net", "process", "exec"}
                if found:
                    self.report(
                        "startup-hook.writes-startup",
                        node,
                        "writes code into a Python module that "
                        + ("uses the network" if "net" in found else "runs code or processes"),
                        startup_hook.PLANTED_ACTIVE_CODE,
                    )
            if recv.labels & {Label.AUTOSTART, Label.SHELLRC} and data & (PAYLOAD | {Label.DL_CMD}):
                self.report(
                    "persistence.payload",
                    node,
                    "downloaded or decoded data written to an autostart location",
                )
            return Val(None, labels)
        if method in ("read_text", "read_bytes") and recv is not None:
            self.note_secret_read(node, recv.labels)
            return Val(None, labels)
        if method in ("clipboard_get", "GetClipboardData"):
            return self.clip_read(node, method, labels)
        if method in ("clipboard_append", "SetClipboardData", "SetClipboardText"):
            self.scope.event("clip-write", node.lineno)
        mutated = _union(args) if method in _MUTATORS else _NONE
        if mutated and isinstance(node.func, ast.Attribute):
            self.taint_base(node.func, mutated)
        if method in P.SEND_METHODS and labels & SECRETS:
            self.sink_net(node, method, labels)
        return Val(None, labels) if labels else EMPTY

    _chr_join = False

    def join_parts(self, node: ast.expr, val: Val) -> list[str] | None:
        """The folded pieces of a join argument; sets `_chr_join` for chr() sequences."""
        self._chr_join = False
        if isinstance(val.s, tuple):
            strs = [x for x in val.s if isinstance(x, str)]
            return strs if len(strs) == len(val.s) else None
        source: ast.expr | None = None
        if isinstance(node, (ast.GeneratorExp, ast.ListComp)) and len(node.generators) == 1:
            elt = node.elt
            if (
                isinstance(elt, ast.Call)
                and isinstance(elt.func, ast.Name)
                and elt.func.id == "chr"
                and not node.generators[0].ifs
            ):
                source = node.generators[0].iter
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "map"
            and len(node.args) == 2
            and isinstance(node.args[0], ast.Name)
            and node.args[0].id == "chr"
        ):
            source = node.args[1]
        if source is None:
            return None
        ints = self.expr(source).s
        if (
            isinstance(ints, tuple)
            and ints
            and all(isinstance(i, int) and 0 <= i < 0x110000 for i in ints)
        ):
            self._chr_join = True
            return [chr(i) for i in ints]
        return None

    def object_method(
        self, node: ast.Call, qn: str, args: list[Val], labels: frozenset[Label]
    ) -> Val:
        tag, _, meth = qn.partition(".")
        line = node.lineno
        if tag == "<socket>":
            if meth in ("connect", "connect_ex", "bind", "listen", "accept"):
                self.scope.event("socket-connect", line)
                if meth == "accept":
                    return Val(None, labels, "<socket>")
            if meth in ("connect", "connect_ex"):
                self.scope.event("socket-connect", line)
                self.sink_net(node, qn, labels)
                return EMPTY
            if meth == "fileno":
                return Val(None, frozenset({Label.SOCKFD}))
            if meth in (
                "recv", "recvfrom", "recv_into", "makefile", "read", "readline", "readexactly",
                "readuntil", "read_until", "read_some", "read_very_eager",
            ):  # fmt: skip
                return Val(None, labels | {Label.NET})
            if meth in ("send", "sendall", "sendto", "write", "writelines"):
                self.sink_net(node, qn, labels)
                return EMPTY
            return Val(None, labels, "<socket>" if meth in ("accept", "wrap_socket") else None)
        if tag == "<http>":
            if meth in ("retrbinary", "retrlines") and len(node.args) > 1:
                sink = node.args[1]  # ftp.retrbinary("RETR x", buf.write): buf fills from the net
                if isinstance(sink, ast.Attribute):
                    self.taint_base(sink, frozenset({Label.NET}))
            if meth in ("get", "post", "put", "request", "open", "urlopen", "stream"):
                self.hidden_destination(node, qn, args[1:] if meth == "request" else args, {})
            self.sink_net(node, qn, labels)
            if Label.IMDS in labels:
                labels = labels | {Label.IMDS_CRED}
            return Val(
                None,
                labels | {Label.NET},
                "<http>" if meth in ("get_connection", "connection") else None,
            )
        # <file-w>
        if meth == "write":
            data = _union(args)
            if data & {Label.NET}:
                self.scope.event("download-file", line)
            return EMPTY
        return Val(None, labels)

    # ---- sinks

    @property
    def module_level(self) -> bool:
        """True for code that runs when the module is imported (not a script or a test)."""
        return self.fn_depth == 0 and not self.main_guard and not self.script

    @property
    def import_time(self) -> bool:
        """True where code runs merely because the package is installed or imported."""
        return self.module_level or self.is_setup or (self.in_entry > 0 and not self.script)

    @property
    def where(self) -> Where:
        """The execution context of the code being analysed: install (setup.py and its
        helpers), start-up or import (code that runs on import, in a start-up file or
        not), else run time."""
        if self.is_setup:
            return Where.INSTALL
        if self.import_time:
            return Where.STARTUP if self.startup_file else Where.IMPORT
        return Where.RUNTIME

    def scope_where(self, scope: _Scope) -> Where:
        """The execution context of a whole function's body (or the module's): install,
        start-up or import when it runs on load, else run time."""
        if (scope is self.module or scope.entry) and not self.script:
            if self.is_setup:
                return Where.INSTALL
            return Where.STARTUP if self.startup_file else Where.IMPORT
        return Where.RUNTIME

    def summarise(self, kind: str, labels: frozenset[Label]) -> None:
        """Remember that the current function passes a parameter to a `kind` sink."""
        if not self.fn_stack:
            return
        for label in labels:
            index = PARAM_INDEX.get(label)
            if index is not None:
                summary = self.summaries.setdefault(self.fn_stack[-1], {})
                summary.setdefault(index, set()).add(kind)

    def rshell_sink(self, node: ast.AST, labels: frozenset[Label], what: str) -> None:
        """A reverse-shell command literal reaches a sink (run, written, passed on)."""
        if Label.RSHELL in labels:
            self.rshell_used = True
            self.report("reverse-shell.command", node, f"reverse-shell command {what}")

    def sink_exec(
        self, node: ast.Call, qn: str, labels: frozenset[Label], code: Val | None = None
    ) -> None:
        self.scope.event("exec", node.lineno)
        self.summarise("exec", labels)
        self.rshell_sink(node, labels, f"reaches {qn}()")
        if Label.NET in labels:
            self.report("download-execute.remote-code", node, f"network data reaches {qn}()")
        elif labels & {
            Label.DECODED,
            Label.DECODED_VAR,
            Label.OBF,
            Label.CODE,
            Label.DL_CMD,
            Label.DATA_FILE,
        }:
            self.report(
                "obfuscation.exec-decoded", node, f"decoded or obfuscated data reaches {qn}()"
            )
        text = _text(code.s) if code is not None else None
        if text and Label.FOLDED in code.labels and self.depth < 2:  # type: ignore[union-attr]
            # Code assembled from pieces: analyse what it spells.
            self.nested(node, text, "in the assembled code")
        elif text and self.depth < 2 and "\n" in text and len(text) < 200_000:
            # A program held in a string literal and run: what it does when it runs.
            self.nested(node, text, "in the code it runs")

    def program(self, node: ast.Call) -> Val:
        """The program a process call starts (first element of an argument list)."""
        if not node.args:
            return EMPTY
        first = node.args[0]
        if isinstance(first, (ast.List, ast.Tuple)):
            if not first.elts or isinstance(first.elts[0], ast.Starred):
                return EMPTY
            first = first.elts[0]
        return self.expr(first)

    def argv(self, node: ast.Call, args: list[Val], qn: str) -> list[str | None]:
        """The command line of a process call, with None for parts not known statically."""
        a0: ast.expr | None = node.args[0] if node.args else None
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            first = 1 if qn.startswith("os.spawn") else 0
            name = qn.rsplit(".", 1)[-1]
            if (
                name.startswith("posix_spawn")
                or name.removeprefix("exec").removeprefix("spawn").startswith("v")
            ) and len(node.args) > first + 1:
                # execv(path, argv), posix_spawn(path, argv, env): the list is the command.
                a0 = node.args[first + 1]
                args = args[first + 1 :]
            else:
                out = [_text(a.s) for a in args[first:]]
                return out[1:] if len(out) > 1 and out[0] == out[1] else out
        if a0 is None:
            return []
        a0 = self.list_node(a0)
        parts = self.seq_parts.get(id(a0)) if isinstance(a0, (ast.List, ast.Tuple)) else None
        if parts is not None:
            return list(parts)
        if args and isinstance(args[0].s, tuple):
            return [x if isinstance(x, str) else None for x in args[0].s]
        text = _text(args[0].s) if args else None
        return list(text.split()) if text else [None]

    def sink_process(
        self,
        node: ast.Call,
        qn: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
        labels: frozenset[Label],
    ) -> frozenset[Label]:
        """Rules for a started process; the labels its output carries."""
        line = node.lineno
        scope = self.scope
        scope.event("process", line)
        out: frozenset[Label] = frozenset({Label.PROC_OUT})
        cmd = args[:1] or ([kwargs["args"]] if "args" in kwargs else [])
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            cmd = args
        cmd_labels = _union(cmd)
        self.summarise("process", cmd_labels)
        self.rshell_sink(node, labels, f"reaches {qn}()")
        argv = self.argv(node, args, qn)
        prog = (argv[0] or "").replace("\\", "/").rsplit("/", 1)[-1].lower() if argv else ""
        if Label.NET in self.command_labels(node, qn, args, argv):
            self.report("download-execute.remote-command", node, f"network data reaches {qn}()")
        elif cmd_labels & {Label.DECODED, Label.OBF}:
            self.report(
                "obfuscation.exec-decoded",
                node,
                f"decoded or obfuscated data runs as a command via {qn}()",
            )
        feed = kwargs.get("input")
        if feed is not None and Label.NET in feed.labels and (prog in P.SHELLS or "python" in prog):
            self.report(
                "download-execute.remote-command", node, f"network data fed to {prog} via {qn}()"
            )
        prog_val = self.program(node) if Label.PKGFILE in cmd_labels else EMPTY
        if (
            Label.PKGFILE in prog_val.labels
            and isinstance(prog_val.s, str)
            and _NOT_A_PROGRAM_RE.search(prog_val.s)
        ):
            self.report(
                "binary-dropper.run-shipped",
                node,
                f"{qn}() runs a file shipped as a library or data file as a program",
                where=self.where,
            )
        elif Label.PKGFILE in prog_val.labels and self.import_time:
            self.report(
                "binary-dropper.run-shipped",
                node,
                f"{qn}() starts a program shipped inside the package when it is imported",
            )
        if Label.DL_CMD in cmd_labels:
            self.report(
                "download-execute.remote-command", node, f"{qn}() runs a download-and-run command"
            )
        if Label.NET_FILE in cmd_labels:
            scope.event("download-file", line)  # runs a file it downloaded: drop-and-run
        if Label.SOCKFD in labels:
            self.report(
                "reverse-shell.socket-shell", node, f"socket handed to a process via {qn}()"
            )
        interactive = prog in P.SHELLS and not any(
            p is not None and p.lower() in _INLINE_FLAGS for p in argv
        )
        if interactive and any(
            kw.arg == "stdin"
            and isinstance(kw.value, ast.Call)
            and getattr(kw.value.func, "attr", "") == "fileno"
            for kw in node.keywords
        ):
            self.report(
                "reverse-shell.socket-shell",
                node,
                f"an interactive {prog} reads its commands from a file descriptor (a connection)",
            )
        if qn == "pty.spawn" or Label.SHELL in cmd_labels or interactive:
            scope.event("shell", line)
        texts = [t for t in (_text(a.s) for a in cmd) if t]
        if argv and not texts:
            texts.append(" ".join(p if p is not None else "X" for p in argv))
        for i, part in enumerate(argv[:-1]):
            nxt = argv[i + 1]
            if part == "-c" and nxt is not None and self.depth < 2:
                self.nested(node, nxt, "in the inline Python code")
        words = [p for p in argv if p is not None]
        if (
            (
                prog.startswith(("curl", "wget"))
                and any(w in ("-o", "-O", "--output", "--output-document") for w in words)
            )
            or (prog.startswith("git") and "clone" in words)
            or any(P.DOWNLOAD_TO_FILE_CMD_RE.search(t) for t in texts)
        ):
            scope.event("download-file", line)
        if "pip" in words and "install" in words and (self.import_time or self.is_setup):
            remote = any("://" in w or w.startswith("git+") for w in words)
            # `pip install -r requirements.txt` installs what the project declares (docs
            # builds do it); packages named on the command line are a second stage.
            declared = any(w in ("-r", "--requirement") for w in words)
            self.report(
                "download-execute.runtime-install",
                node,
                "installs packages " + ("from a URL " if remote else "") + "when imported",
                download_execute.runtime_install_severity(remote, declared),
            )
        if Label.CLIP_R in cmd_labels:
            out = out | self.clip_read(node, qn, _NONE).labels
        if Label.CLIP_W in cmd_labels:
            scope.event("clip-write", line)
        if Label.MASQUERADE in cmd_labels or Label.MASQUERADE in _union(kwargs.values()):
            self.report(
                "hidden-process.masquerade", node, "starts a process posing as a system one"
            )
        if Label.MINER in cmd_labels:
            self.report("hidden-process.miner", node, f"{qn}() starts a cryptocurrency miner")
        secrets = cmd_labels & (SECRETS | {Label.ENV_SECRET})
        if prog in P.NET_TOOLS and (secrets or (cmd_labels & WEAK and self.import_time)):
            if secrets:
                self.report(
                    "exfiltration.credentials", node, f"secret data on the command line of {prog}"
                )
            else:
                self.report(
                    "exfiltration.host-info",
                    node,
                    f"host data on the command line of {prog}",
                    where=self.where,
                )
        for t in texts:
            if P.PIPE_TO_SHELL_RE.search(t):
                self.report(
                    "download-execute.remote-command",
                    node,
                    f"command downloads and runs code: {t[:80]!r}",
                )
            if P.REVERSE_SHELL_RE.search(t):
                self.report("reverse-shell.command", node, f"reverse-shell command {t[:80]!r}")
            recon = P.RECON_CMD_RE.match(t)
            if recon:
                out = out | {Label.ENV_ALL if recon.group("env") else Label.SYSINFO}
            if P.CRED_CMD_RE.match(t):
                out = out | {Label.CRED}
                scope.event("secret-seen", line)
            elif P.TOKEN_CMD_RE.match(t):
                out = out | {Label.CRED_SOFT}
            if P.CLIP_READ_CMD_RE.match(t):
                out = out | self.clip_read(node, t.split(" ", 1)[0], _NONE).labels
            elif P.CLIP_WRITE_CMD_RE.match(t):
                scope.event("clip-write", line)
        if any(P.PIP_CONFIG_CMD_RE.search(t) for t in texts):
            self.report(
                "persistence.package-index",
                node,
                f"{qn}() changes pip's package index",
                where=self.where,
            )
        if cmd_labels & {Label.AUTOSTART} or any(P.AUTOSTART_CMD_RE.search(t) for t in texts):
            self.report(
                "persistence.autostart",
                node,
                f"{qn}() registers something to start automatically",
                # Service installers do this on request; doing it on import or install is not.
                where=self.where,
            )
        flags = kwargs.get("creationflags")
        hidden = flags is not None and (
            (flags.qn or "").endswith(("CREATE_NO_WINDOW", "DETACHED_PROCESS"))
            or (isinstance(flags.s, int) and bool(flags.s & 0x08000008))
        )
        quiet = kwargs.get("start_new_session") is not None and "stdout" in kwargs
        hidden_text = any(P.HIDDEN_CMD_RE.search(t) for t in texts)
        quiet = quiet or any(P.DETACHED_SESSION_RE.search(t) for t in texts)
        if hidden or quiet or hidden_text or Label.HIDDEN_PATH in cmd_labels:
            scope.event("hidden-start", line)
            hidden_command = Label.HIDDEN_PATH in cmd_labels or hidden_text
            self.report(
                "hidden-process.detached",
                node,
                f"{qn}() starts a hidden or detached process",
                hidden_process.hidden_start_severity(self.where, hidden_command),
            )
        if self.startup_file:
            self.report(
                "startup-hook.sitecustomize-payload", node, f"{qn}() runs on interpreter start"
            )
        if (
            self.import_time
            and not self.is_setup
            and qn.endswith("Popen")
            and "python" in prog
            and "-c" in argv
        ):
            # Code started in a second interpreter that outlives the import, out of sight.
            self.report(
                "startup-hook.import-process",
                node,
                f"{qn}() starts a background Python process with inline code on import",
                startup_hook.BACKGROUND_INTERPRETER,
            )
        elif self.module_level and not self.is_setup:
            self.report("startup-hook.import-process", node, f"{qn}() runs at import time")
        if self.is_setup and self.fn_depth == 0 and not self.main_guard:
            self.report("install-hook.process", node, f"setup.py runs {qn}() while pip builds it")
        if self.is_setup and (
            prog in P.NET_TOOLS or any(P.PS_NET_RE.search(t) for t in texts if "-" in t)
        ):
            self.report(
                "install-hook.network",
                node,
                f"install-time code runs {prog or 'a command'} to reach the network",
            )
        return out

    def command_text(self, node: ast.Call, text: str, via: str) -> None:
        """A command line passed to a local helper that runs it (`run(cmd)` around
        Popen(shell=True)): what the command itself says it does."""
        line = node.lineno
        if P.DOWNLOAD_TO_FILE_CMD_RE.search(text):
            self.scope.event("download-file", line)
        if P.HIDDEN_CMD_RE.search(text) or re.search(r"-w(?:indowstyle)?\s+hidden", text, re.I):
            self.report(
                "hidden-process.detached",
                node,
                f"{via}() is given a command that starts a hidden process",
                where=self.where,
            )
        words = text.split()
        prog = words[0].replace("\\", "/").rsplit("/", 1)[-1].lower() if words else ""
        if self.is_setup and (prog in P.NET_TOOLS or P.PS_NET_RE.search(text)):
            self.report(
                "install-hook.network",
                node,
                f"install-time code has {via}() run {prog or 'a command'} to reach the network",
            )

    def list_node(self, arg: ast.expr) -> ast.expr:
        """The list literal a command argument names (`cmd` after `cmd = [...]`)."""
        if isinstance(arg, ast.Name):
            return self.seq_alias.get(arg.id, arg)
        return arg

    def command_labels(
        self, node: ast.Call, qn: str, args: list[Val], argv: list[str | None]
    ) -> frozenset[Label]:
        """Labels of what a process call runs as code: the whole command, or the inline code
        after -c. A network-derived program path is a downloaded file (drop-and-run); other
        arguments from the network are data (a version in a path), not commands."""
        elems: tuple[frozenset[Label], ...] | None = None
        if qn.startswith(("os.exec", "os.spawn", "os.posix_spawn")) or qn.endswith("_exec"):
            first = 1 if qn.startswith("os.spawn") else 0
            elems = tuple(a.labels for a in args[first:])
        elif node.args and isinstance(self.list_node(node.args[0]), (ast.List, ast.Tuple)):
            elems = self.seq_labels.get(id(self.list_node(node.args[0])))
        if elems is None:
            return args[0].labels if args else _NONE
        if elems and Label.NET in elems[0]:
            self.scope.event("download-file", node.lineno)
        out: frozenset[Label] = _NONE
        for i, labels in enumerate(elems[1:], 1):
            before = argv[i - 1] if i - 1 < len(argv) else None
            if before is not None and before.lower() in _INLINE_FLAGS:
                out = out | labels
        return out

    def sink_load(self, node: ast.Call, qn: str, labels: frozenset[Label]) -> None:
        """runpy, imp, importlib loaders and ctypes: code from a file runs."""
        self.scope.event("exec", node.lineno)
        if qn.startswith("ctypes.") or qn == "imp.load_dynamic" or "Extension" in qn:
            self.scope.event("load-native", node.lineno)
        if qn.endswith(("SourcelessFileLoader", "load_compiled")) and self.import_time:
            self.report(
                "obfuscation.bytecode-only", node, f"{qn}() loads bytecode without source on import"
            )
        if Label.NET in labels:
            self.report("download-execute.remote-code", node, f"network data reaches {qn}()")

    def hidden_destination(
        self, node: ast.Call, qn: str, args: list[Val], kwargs: dict[str | None, Val]
    ) -> None:
        """A URL or host that exists only in encoded form: the endpoint hides from review."""
        dest = args[0] if args else kwargs.get("url") or kwargs.get("host")
        known = dest is not None and isinstance(dest.s, str) and Label.PARTIAL not in dest.labels
        if (
            dest is not None
            and dest.labels & {Label.DECODED, Label.DECODED_VAR, Label.OBF}
            # A request whose address is written out in full hides nothing (its headers or
            # body may carry decoded keys: an HMAC-signed API call).
            and not (
                known and "://" in str(dest.s) and not dest.labels & {Label.DECODED, Label.OBF}
            )
            # Data decoded from a variable (keys, tokens) mixes into many values a method
            # returns; it hides an address when the call decodes it in place, or on import.
            and (
                dest.labels & {Label.DECODED, Label.OBF}
                or self.import_time
                or _decodes_in_place(node, self.fn_returns)
            )
        ):
            self.report(
                "suspicious-endpoint.hidden",
                node,
                f"{qn}() contacts an address decoded at run time",
            )
        elif (
            dest is not None
            and Label.NET in dest.labels
            and self.import_time
            and not (
                isinstance(dest.s, str)
                and (Label.PARTIAL not in dest.labels or _IMDS_HOST_RE.search(dest.s))
            )
        ):
            # A dead-drop resolver: the real address is read from a page on import.
            self.report(
                "suspicious-endpoint.hidden",
                node,
                f"{qn}() contacts an address it downloaded, on import",
                # ...from a paste site or a chat channel: a dead drop for a C2 address.
                endpoints.hidden_severity(
                    dead_drop=bool(dest.labels & {Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT})
                ),
            )

    def sink_net(
        self, node: ast.Call, qn: str, labels: frozenset[Label], dest: Val | None = None
    ) -> None:
        line = node.lineno
        self.scope.event("net", line)
        self.summarise("net", labels)
        secrets = labels & SECRETS
        if dest is not None and isinstance(dest.s, str) and _IMDS_HOST_RE.search(dest.s):
            # A metadata service asked with its own token: credentials go back to it.
            secrets = secrets - {Label.IMDS_CRED}
        kinds = sorted(label.value for label in secrets)
        if Label.CRED_SOFT in labels and self.import_time:
            kinds = sorted([*kinds, "stored credential"])
        if Label.CLIPBOARD in secrets and kinds == [Label.CLIPBOARD.value]:
            self.report("exfiltration.credentials", node, f"clipboard contents reach {qn}()")
        elif kinds:
            what = ", ".join(kinds)
            self.report("exfiltration.credentials", node, f"secret data ({what}) reaches {qn}()")
        elif Label.ENV_SECRET in labels:
            self.scope.event("secret-beacon", line)
            self.report(
                "exfiltration.credentials",
                node,
                f"secret environment variables reach {qn}()",
                # API clients send their own token; at import time nothing legitimate does.
                where=self.where,
            )
        elif Label.SYSINFO in labels or (labels & {Label.ENV, Label.PROC_OUT} and self.import_time):
            self.scope.event("beacon", line)
            self.report(
                "exfiltration.host-info",
                node,
                f"host or environment data reaches {qn}()",
                where=self.where,
            )
        if Label.MINER in labels:
            self.report("hidden-process.miner", node, f"mining-pool protocol sent via {qn}()")
        if labels & {Label.ENDPOINT, Label.ENDPOINT_PASTE, Label.ENDPOINT_CHAT}:
            self.report(
                "suspicious-endpoint.contacted",
                node,
                f"{qn}() contacts a suspicious endpoint",
                # Paste sites and chat APIs have benign uses when a user asks (IPython's
                # %pastebin, tqdm's Telegram bar); tunnels, raw IPs and dynamic DNS rarely do, and
                # nothing should contact any of them merely because it was imported.
                endpoints.contacted_severity(self.where, named_endpoint=Label.ENDPOINT in labels),
            )
        if self.startup_file:
            self.report(
                "startup-hook.sitecustomize-payload", node, f"{qn}() runs on interpreter start"
            )
        if self.is_setup:
            self.report("install-hook.network", node, f"setup.py calls {qn}()")
        elif self.module_level:
            self.report("startup-hook.import-network", node, f"{qn}() runs at import time")

    def deserialize(
        self, node: ast.Call, qn: str, args: list[Val], labels: frozenset[Label], yaml: bool = False
    ) -> Val:
        if Label.NET in labels or (args and _is_url(args[0].s)):
            self.report("unsafe-deserialization.remote", node, f"network data reaches {qn}()")
        elif Label.NET_FILE in labels:
            self.report(
                "unsafe-deserialization.remote",
                node,
                f"a downloaded file reaches {qn}()",
            )
        elif (
            not yaml
            and args
            and isinstance(args[0].s, bytes)
            and (
                qn.startswith("marshal.")
                or _PICKLE_CODE.search(args[0].s)
                or P.pickle_callables(args[0].s)
            )
        ):
            # Pickles of plain data appear in test suites; only code-bearing ones count.
            self.report("obfuscation.marshal-literal", node, f"{qn}() of an embedded literal")
            return Val(None, labels | {Label.CODE})
        elif yaml:
            self.report("unsafe-deserialization.yaml", node, f"{qn}() without a safe loader")
        else:
            self.report(
                "unsafe-deserialization.pickle", node, f"{qn}() of data whose origin is not checked"
            )
        # marshal holds code objects: from a payload, a shipped or a downloaded file they are
        # code to run; a bytecode cache the package wrote itself (template engines) is not.
        code = bool(labels & PAYLOAD) or (
            qn.startswith("marshal.")
            and bool(labels & {Label.PKGFILE, Label.NET_FILE, Label.DATA_FILE})
        )
        return Val(None, labels | ({Label.CODE} if code else _NONE))

    def clip_read(self, node: ast.Call, qn: str, labels: frozenset[Label]) -> Val:
        self.scope.event("clip-read", node.lineno)
        self.report("clipboard.read", node, f"{qn}() reads the clipboard")
        return Val(None, labels | {Label.CLIPBOARD})

    def registry_write(self, node: ast.Call, args: list[Val], labels: frozenset[Label]) -> None:
        if labels & {Label.AUTOSTART}:
            if labels & PAYLOAD:
                self.report(
                    "persistence.payload",
                    node,
                    "decoded or downloaded data registered under a Run key",
                )
            else:
                self.report(
                    "persistence.autostart",
                    node,
                    "writes a Windows Run key",
                    # Apps offer "start with Windows" in their settings; on import it is not.
                    where=self.where,
                )

    def write_target(self, node: ast.AST, labels: frozenset[Label]) -> None:
        if Label.PIPCONF in labels:
            self.report(
                "persistence.package-index",
                node,
                "writes pip's configuration file",
                where=self.where,
            )
        if Label.MASQUERADE in labels:
            self.report(
                "hidden-process.masquerade", node, "writes a file named after a system program"
            )
        if Label.ACCESS in labels:
            self.report(
                "persistence.access",
                node,
                "writes an access-control file (SSH authorized_keys, sudoers, ld.so.preload)",
                where=self.where,
            )
        if _planted(labels):
            self.report(
                "startup-hook.writes-startup",
                node,
                "writes a file the interpreter runs at start (sitecustomize, .pth)",
                where=self.where,
            )
        if Label.AUTOSTART in labels or Label.GIT_HOOK in labels:
            self.report(
                "persistence.autostart",
                node,
                "writes an autostart location (cron, systemd, startup folder, git hooks)",
                where=self.where,
            )
        elif Label.SHELLRC in labels:
            self.report(
                "persistence.shell-rc",
                node,
                "writes a shell start-up file",
                where=self.where,
            )

    def note_secret_read(self, node: ast.AST, labels: frozenset[Label]) -> None:
        if Label.WALLET in labels:
            self.report("clipboard.wallet-files", node, "opens crypto-wallet data")
        elif Label.BROWSER in labels:
            self.report("exfiltration.browser-data", node, "opens browser or chat-app data")
        elif Label.CRED in labels:
            self.report("exfiltration.credential-access", node, "opens a credential file")

    # ------------------------------------------------------------- combinations

    def finish(self, scope: _Scope) -> None:
        """Combination rules over one function (or the module)."""
        ev = scope.events
        if not ev:
            return
        if "socket-connect" in ev and (
            ("dup2" in ev and ("process" in ev or "shell" in ev))
            or ("shell" in ev and "process" in ev)
        ):
            self.report(
                "reverse-shell.socket-shell",
                ev["socket-connect"],
                "socket connected, then wired to a shell",
            )
        if "download-file" in ev and ("process" in ev or "exec" in ev):
            # Tools do fetch and run helpers on request (torch fetches flamegraph.pl);
            # doing so on import, install or start is what droppers do.
            on_load = (
                ((scope is self.module or scope.entry) and not self.script)
                or self.is_setup
                or self.startup_file
            )
            # A downloaded program (an .exe, code from a paste site) or a hidden start is
            # a dropper wherever it runs; fetching a helper tool and running it is not.
            strong = "download-program" in ev or "hidden-start" in ev
            self.report(
                "download-execute.drop-and-run",
                ev["download-file"],
                "downloads a file and runs a process in the same function"
                + (" (a downloaded program, or started hidden)" if strong and not on_load else ""),
                download_execute.drop_and_run_severity(on_load, strong),
            )
        if "secret-seen" in ev and "net" in ev:
            self.report(
                "exfiltration.credentials",
                ev["net"],
                "names credential, browser or wallet files and sends network data "
                "in the same function",
                exfiltration.NAMED_AND_SENT,
            )
        for k, line in ev.items():
            self.file_events.setdefault(k, line)
            if (scope is self.module or scope.entry) and not self.script:
                self.import_events.setdefault(k, line)
        if "exec-mem" in ev and "run-mem" in ev:
            self.report(
                "binary-dropper.shellcode",
                ev["exec-mem"],
                "allocates executable memory and runs it (a shellcode loader)",
                binary_dropper.shellcode_severity(payload="exec-mem-payload" in ev),
            )
        if ("drop-native" in ev or ("write-decoded" in ev and "chmod" in ev)) and (
            "process" in ev or "exec" in ev
        ):
            # No package writes out an executable decoded from its own data and runs it.
            on_load = ((scope is self.module or scope.entry) and not self.script) or self.is_setup
            self.report(
                "download-execute.drop-and-run",
                ev.get("drop-native") or ev["write-decoded"],
                "writes an executable decoded from the package and runs it",
                download_execute.drop_and_run_severity(on_load, strong=True),
            )
        if "write-decoded" in ev and "load-native" in ev:
            where = self.scope_where(scope)
            self.report(
                "binary-dropper.run-shipped",
                ev["load-native"],
                "unpacks data into a file and loads it as native code"
                + (" on import" if where is not Where.RUNTIME else ""),
                where=where,
            )
        if "fork" in ev and "setsid" in ev:
            where = self.scope_where(scope)
            self.report(
                "hidden-process.detached",
                ev["setsid"],
                "daemonises itself (fork + setsid)"
                + (" on import" if where is not Where.RUNTIME else ""),
                where=where,
            )

    def finish_setup(self) -> None:
        for name, _line in self.cmdclass:
            info = self.classes.get(name)
            if info is None:
                continue
            bases, events, cls_line = info
            if not any(b in _COMMANDS for b in bases):
                continue
            install_like = any(
                b
                in (
                    "install",
                    "develop",
                    "egg_info",
                    "easy_install",
                    "install_lib",
                    "install_scripts",
                )
                for b in bases
            )
            if install_like and ("net" in events or "download-file" in events):
                self.report(
                    "install-hook.cmdclass-payload",
                    cls_line,
                    f"install command override {name} uses the network",
                )
            else:
                self.report(
                    "install-hook.cmdclass",
                    cls_line,
                    f"setup.py overrides {'/'.join(b for b in bases if b)} with {name}",
                )


def _endpoint_label(rule: str) -> frozenset[Label]:
    if rule.endswith("paste-site"):
        return frozenset({Label.ENDPOINT_PASTE})
    if rule.endswith("webhook"):
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

_STMT: dict[type, Callable[[Analyzer, Any], None]] = {
    ast.Import: Analyzer.s_import,
    ast.ImportFrom: Analyzer.s_importfrom,
    ast.Assign: Analyzer.s_assign,
    ast.AnnAssign: Analyzer.s_annassign,
    ast.AugAssign: Analyzer.s_augassign,
    ast.With: Analyzer.s_with,
    ast.AsyncWith: Analyzer.s_with,
    ast.For: Analyzer.s_for,
    ast.AsyncFor: Analyzer.s_for,
    ast.If: Analyzer.s_if,
    ast.FunctionDef: Analyzer.s_function,
    ast.AsyncFunctionDef: Analyzer.s_function,
    ast.ClassDef: Analyzer.s_class,
    ast.Expr: Analyzer.s_expr,
    ast.Return: Analyzer.s_return,
    ast.Try: Analyzer.s_try,
    ast.While: Analyzer.s_while,
    ast.Raise: Analyzer.s_raise,
    ast.Assert: Analyzer.s_assert,
    ast.Pass: Analyzer.s_nothing,
    ast.Break: Analyzer.s_nothing,
    ast.Continue: Analyzer.s_nothing,
    ast.Global: Analyzer.s_nothing,
    ast.Nonlocal: Analyzer.s_nothing,
}
_EXPR: dict[type, Callable[[Analyzer, Any], Val]] = {
    ast.Constant: Analyzer.e_constant,
    ast.Name: Analyzer.e_name,
    ast.Attribute: Analyzer.e_attribute,
    ast.Subscript: Analyzer.e_subscript,
    ast.BinOp: Analyzer.e_binop,
    ast.JoinedStr: Analyzer.e_joinedstr,
    ast.List: Analyzer.e_seq,
    ast.Tuple: Analyzer.e_seq,
    ast.Set: Analyzer.e_seq,
    ast.Dict: Analyzer.e_dict,
    ast.DictComp: Analyzer.e_dictcomp,
    ast.Call: Analyzer.e_call,
    ast.Lambda: Analyzer.e_lambda,
    ast.UnaryOp: Analyzer.e_unaryop,
    ast.ListComp: Analyzer.e_comp,
    ast.SetComp: Analyzer.e_comp,
    ast.GeneratorExp: Analyzer.e_comp,
    ast.Await: Analyzer.e_await,
    ast.IfExp: Analyzer.e_ifexp,
    ast.Compare: Analyzer.e_compare,
    ast.NamedExpr: Analyzer.e_namedexpr,
    ast.Yield: Analyzer.e_yield,
    ast.YieldFrom: Analyzer.e_yield,
    ast.BoolOp: Analyzer.e_boolop,
}
_CallFn = Callable[
    [Analyzer, ast.Call, str, list[Val], dict[str | None, Val], frozenset[Label]], "Val | None"
]
_CALLS: dict[str, _CallFn] = {
    "getattr": Analyzer.c_getattr,
    "tarfile.open": Analyzer.c_archive,
    "tarfile.TarFile": Analyzer.c_archive,
    "zipfile.ZipFile": Analyzer.c_archive,
    "setattr": Analyzer.c_setattr,
    "__import__": Analyzer.c_import,
    "importlib.import_module": Analyzer.c_import,
    "chr": Analyzer.c_chr,
    "ord": Analyzer.c_ord,
    "reversed": Analyzer.c_reversed,
    "functools.reduce": Analyzer.c_reduce,
    "reduce": Analyzer.c_reduce,
    "bytes.maketrans": Analyzer.c_maketrans,
    "str.maketrans": Analyzer.c_maketrans,
    "globals": Analyzer.c_namespace,
    "locals": Analyzer.c_namespace,
    "vars": Analyzer.c_namespace,
    "bytes": Analyzer.c_bytes,
    "bytearray": Analyzer.c_bytes,
    "str": Analyzer.c_str,
    "codecs.decode": Analyzer.c_codecs_decode,
    "open": Analyzer.c_open,
    "io.open": Analyzer.c_open,
    "codecs.open": Analyzer.c_open,
    "os.fdopen": Analyzer.c_open,
    "tempfile.NamedTemporaryFile": Analyzer.c_tempfile,
    "os.path.join": Analyzer.c_join_path,
    "os.path.expanduser": Analyzer.c_str,
    "os.dup2": Analyzer.c_dup2,
    "os.write": Analyzer.c_oswrite,
    "shutil.copy": Analyzer.c_copy,
    "shutil.copy2": Analyzer.c_copy,
    "shutil.copyfile": Analyzer.c_copy,
    "shutil.move": Analyzer.c_copy,
    "os.rename": Analyzer.c_copy,
    "os.replace": Analyzer.c_copy,
    "os.getenv": Analyzer.c_getenv,
    "os.environ.get": Analyzer.c_getenv,
    "os.environ.setdefault": Analyzer.c_getenv,
    "os.environ.pop": Analyzer.c_getenv,
    "os.environ.__getitem__": Analyzer.c_getenv,
    "os.fork": Analyzer.c_fork,
    "os.setsid": Analyzer.c_fork,
    "os.chmod": Analyzer.c_chmod,
    "setup": Analyzer.c_setup,
    "setuptools.setup": Analyzer.c_setup,
    "distutils.core.setup": Analyzer.c_setup,
}
#: Every qualified name the call rules of e_call look up: one test skips them all.
_KNOWN_QN = frozenset(
    set(_CALLS)
    | P.EXEC_SINKS | P.PROCESS_SINKS | P.CODE_LOADERS | P.MODEL_LOADERS | P.SITE_DIRS
    | P.SECRET_SOURCES | P.KEYBOARD_HOOKS | P.CAPTURE | P.NET_CALLS | set(P.NET_OBJECTS)
    | set(P.DECODERS) | P.DESERIALIZE | P.YAML_LOAD | P.SYSINFO | P.CLIPBOARD_READ
    | P.CLIPBOARD_WRITE | P.REGISTRY_WRITE
    | {"keyring.get_password", "keyring.get_credential", "cv2.VideoCapture"}
)  # fmt: skip


# ------------------------------------------------------------------ entry points


#: How much of an unparsed file the command patterns (reverse shells, pipes to a shell,
#: endpoints) read.
_COMMAND_SCAN = 1 << 20


def _byte_rules(ctx: FileContext, data: bytes, parsed: bool) -> list[Finding]:
    """Rules that read raw bytes: blobs always; payload patterns when the AST is missing."""
    out: list[Finding] = []
    count = 0
    for m in P.BLOB_RE.finditer(data):
        rule = P.classify_blob(m.group(1))
        if rule is None:
            continue
        line = data.count(b"\n", 0, m.start()) + 1
        info = BY_ID[rule]
        out.append(
            Finding(
                "code",
                rule,
                info.severity,
                f"{len(m.group(1))}-character literal: {info.title.lower()}",
                file=ctx.name,
                line=line,
                evidence=m.group(1)[:60].decode("latin-1") + "...",
                remediation=info.fix,
            )
        )
        count += 1
        if count >= 3:
            break
    if parsed:
        return out
    # The command patterns cost up to a second per MiB on dense text, and one regex search
    # cannot be interrupted by the budget: they read the first MiB of an unparsed file
    # (larger ones are rare: Python 2 files, and sources too large to parse, which block
    # on their own).
    text = data[:_COMMAND_SCAN].decode("latin-1")
    m2 = P.EXEC_DECODE_RE.search(data)
    if m2:
        line = data.count(b"\n", 0, m2.start()) + 1
        info = BY_ID["obfuscation.exec-decoded"]
        out.append(
            Finding(
                "code",
                info.id,
                info.severity,
                "exec/eval of decoded data (byte-level match)",
                file=ctx.name,
                line=line,
                evidence=m2.group(0)[:120].decode("latin-1"),
                remediation=info.fix,
            )
        )
    for rx, rule in (
        (P.REVERSE_SHELL_RE, "reverse-shell.command"),
        (P.PIPE_TO_SHELL_RE, "download-execute.remote-command"),
    ):
        m3 = rx.search(text)
        if m3:
            info = BY_ID[rule]
            out.append(
                Finding(
                    "code",
                    rule,
                    info.severity,
                    f"{info.title} (byte-level match)",
                    file=ctx.name,
                    line=text.count("\n", 0, m3.start()) + 1,
                    evidence=m3.group(0)[:120],
                    remediation=info.fix,
                )
            )
    hit = P.endpoint(text)
    if hit is not None:
        info = BY_ID[hit[0]]
        out.append(
            Finding(
                "code",
                hit[0],
                info.severity,
                f"suspicious endpoint {hit[1]!r} (byte-level match)",
                file=ctx.name,
                evidence=hit[1],
                remediation=info.fix,
            )
        )
    return out


def _not_parsed(ctx: FileContext, rule: str, reason: str) -> Finding:
    info = BY_ID[rule]
    return Finding(
        "code",
        rule,
        info.severity,
        f"not parsed ({reason}); only byte-level rules ran",
        file=ctx.name,
        remediation=info.fix,
    )


def analyse_python(ctx: FileContext, data: bytes, facts: Facts | None = None) -> list[Finding]:
    """All findings for one Python source file; `facts` receives cross-file facts."""
    limit = sys.getrecursionlimit()
    if limit < _RECURSION:
        sys.setrecursionlimit(_RECURSION)
    # A syntax tree holds no reference cycles and is freed by reference counting, but
    # the cycle collector, run every 700 allocations by default, walks it again and
    # again while it is alive: a sixth of the scan time went there. Collect less
    # often during one file (the collector still runs; mypy does the same).
    threshold = gc.get_threshold()
    if threshold[0] < _GC_THRESHOLD:
        gc.set_threshold(_GC_THRESHOLD, *threshold[1:])
    try:
        return _analyse_python(ctx, data, facts)
    finally:
        if limit < _RECURSION:
            sys.setrecursionlimit(limit)
        if threshold[0] < _GC_THRESHOLD:
            gc.set_threshold(*threshold)


_RECURSION = 6000
_GC_THRESHOLD = 20_000


#: Cross-file facts a file yields: "imported_calls" -> {(level, module, name)},
#: "imported_args" -> {(level, module, name, argument index, labels)}.
Facts = dict[str, set[Any]]


#: Python sources estimated above this many tokens are not parsed: a syntax tree takes up
#: to ~800 bytes per token (x=1 repeated), ~400 for ordinary code, so a parse stays under
#: ~500 MB and a few seconds. Ordinary code has ~270,000 tokens per MiB.
MAX_PARSE_TOKENS = 600_000
#: Sources larger than this are not parsed whatever their tokens.
MAX_PARSE_BYTES = 8 * 1024 * 1024
_WORD = bytes([*range(48, 58), *range(65, 91), *range(97, 123), 95, *range(128, 256)])
_SPACE = b" \t\r\n\x0b\x0c"
_WORD_TABLE = bytes(0x61 if b in _WORD else 0x20 for b in range(256))


def parse_tokens(data: bytes) -> int:
    """An upper estimate of the tokens of a Python source: its runs of word characters
    plus its other non-blank bytes (what the parser's memory grows with)."""
    punctuation = len(data.translate(None, _WORD + _SPACE))
    words = (b" " + data.translate(_WORD_TABLE)).count(b" a")
    return punctuation + words


def too_large_to_parse(data: bytes) -> bool:
    """True for sources above the parse caps (only the byte-level rules run on them)."""
    if len(data) <= MAX_PARSE_TOKENS:
        return False
    return len(data) > MAX_PARSE_BYTES or parse_tokens(data) > MAX_PARSE_TOKENS


def _analyse_python(ctx: FileContext, data: bytes, facts: Facts | None) -> list[Finding]:
    reason = None
    rule = "parse.not-parsed"
    tree = None
    if b"\x00" in data:
        reason = "NUL bytes"
    elif too_large_to_parse(data):
        reason = (
            f"{len(data)} bytes, about {parse_tokens(data)} tokens; the parse limit is "
            f"{MAX_PARSE_TOKENS} tokens or {MAX_PARSE_BYTES} bytes"
        )
        rule = "parse.too-large"
    else:
        try:
            tree = ast.parse(data, filename=ctx.name)
        except RecursionError:
            reason, rule = "nested too deeply", "parse.too-deep"
        except MemoryError:
            reason, rule = "nested too deeply", "parse.too-deep"
        except SyntaxError as exc:
            msg = str(exc.msg or "syntax error")
            if "too many nested" in msg or "too many levels" in msg or "too complex" in msg:
                reason, rule = msg, "parse.too-deep"
            elif "unknown encoding" in msg:
                # A codec registered at run time (by a .pth) rewrites the source as it is read.
                reason, rule = msg, "obfuscation.custom-codec"
            else:
                reason = f"line {exc.lineno}: {msg}"
        except (ValueError, UnicodeDecodeError, OverflowError) as exc:
            reason = str(exc) or type(exc).__name__
    text = data.decode("utf-8", "replace")
    note: list[Finding] = []
    if tree is None and rule == "parse.not-parsed" and reason and reason.startswith("line "):
        # Python 2 sources (old setup.py files, and malware written for them) are read as
        # their Python 3 equivalent, line for line, so that the AST rules still see them.
        tree = _parse_py2(text)
        if tree is not None:
            note = [_not_parsed(ctx, rule, f"{reason}; analysed as Python 2")]
    if tree is None:
        return [_not_parsed(ctx, rule, reason or "unknown"), *_byte_rules(ctx, data, parsed=False)]
    analyzer = Analyzer(ctx, text)
    try:
        findings = analyzer.run(tree)
        if facts is not None and analyzer.imported_calls:
            facts.setdefault("imported_calls", set()).update(analyzer.imported_calls)
        if facts is not None and analyzer.imported_args:
            # Facts are plain data (the per-file memo stores them): labels by their value.
            facts.setdefault("imported_args", set()).update(
                (level, module, name, i, frozenset(label.value for label in labels), on_import)
                for level, module, name, i, labels, on_import in analyzer.imported_args
            )
        if facts is not None:
            # For combinations across modules (a clipboard helper, a wallet-address swapper).
            facts["events"] = set(analyzer.file_events)
            if Label.WALLET_ADDR in analyzer.labels_seen and analyzer.relative_calls:
                facts["wallet_calls"] = set(analyzer.relative_calls)
    except RecursionError:
        return [
            _not_parsed(ctx, "parse.too-deep", "nested too deeply to analyse"),
            *analyzer.findings,
            *_byte_rules(ctx, data, parsed=False),
        ]
    return [*note, *findings, *_byte_rules(ctx, data, parsed=True)]


_PY2_FIXES = [
    (re.compile(r"^(\s*)print\s*>>\s*[\w.]+\s*,\s*(.*)$"), r"\1print(\2)"),
    (re.compile(r"^(\s*)print(?![\w(])\s*(.*?)\s*$"), r"\1print(\2)"),
    (re.compile(r"^(\s*)exec\s+(?!\()([^\n]+?)(?:\s+in\s+[^\n]+)?\s*$"), r"\1exec(\2)"),
    (re.compile(r"^(\s*except\s+[^,:]+),\s*(\w+)\s*:"), r"\1 as \2:"),
    (re.compile(r"^(\s*raise\s+[\w.]+)\s*,\s*(.+)$"), r"\1(\2)"),
    (re.compile(r"(?<![\w.'\"])0([0-7]+)\b"), r"0o\1"),
    (re.compile(r"\b(\d+)[lL]\b"), r"\1"),
    (re.compile(r"<>"), "!="),
    (re.compile(r"\bur(['\"])"), r"r\1"),
]


def _parse_py2(text: str) -> ast.Module | None:
    """The AST of Python 2 source rewritten line for line as Python 3, None if it still
    does not parse (a few statement forms are rewritten: print, exec, except, raise, octal
    and long literals)."""
    if len(text) > 2_000_000:
        return None
    lines = text.splitlines()
    for i, line in enumerate(lines):
        for rx, sub in _PY2_FIXES:
            line = rx.sub(sub, line)
        lines[i] = line
    try:
        return ast.parse("\n".join(lines))
    except (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError):
        return None


def analyse_pth(ctx: FileContext, data: bytes) -> list[Finding]:
    """Findings for a .pth file: executable lines and what they do."""
    out: list[Finding] = []
    text = data.decode("utf-8", "replace")
    for n, line in enumerate(text.splitlines(), 1):
        if not line.startswith(("import ", "import\t")):
            continue
        sub = FileContext(ctx.name, ctx.kind, ctx.pure, clock=ctx.clock)
        found = analyse_python(sub, line.encode())
        strong = [
            f
            for f in found
            if f.severity >= Severity.HIGH
            or f.rule.startswith(("startup-hook.import-", "install-hook"))
        ]
        info = BY_ID["startup-hook.pth-payload" if strong else "startup-hook.pth-exec"]
        reason = (
            ", ".join(sorted({f.rule for f in strong}))
            if strong
            else "runs on every interpreter start"
        )
        out.append(
            Finding(
                "code",
                info.id,
                info.severity,
                f".pth line executes code ({reason})",
                file=ctx.name,
                line=n,
                evidence=line[:200],
                remediation=info.fix,
            )
        )
        out.extend(replace_line(f, n) for f in found if f.severity >= Severity.HIGH)
    return out


def replace_line(f: Finding, line: int) -> Finding:
    """`f` moved to `line` (for findings on one-line snippets)."""
    return replace(f, line=line)


_PY_SUFFIXES = (".py", ".pyw")
#: Extensions of data files: a native binary under one of them is disguised.
_DATA_SUFFIXES = (
    ".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".bmp", ".txt", ".md", ".rst", ".json",
    ".yaml", ".yml", ".toml", ".cfg", ".ini", ".csv", ".dat", ".py", ".pyc", ".js", ".css",
    ".html", ".xml", ".wav", ".mp3", ".ttf", ".woff", ".pem", ".crt", ".log",
)  # fmt: skip


def _disguised(base: str) -> bool:
    """True when a native binary's file name claims it is data."""
    return base.endswith(_DATA_SUFFIXES)


_PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib", ".sav", ".dat", ".bin", ".model", ".pth", ".pt")
_ARCHIVE_SUFFIXES = (".zip", ".whl", ".jar", ".egg", ".nupkg", ".xlsx", ".docx", ".pptx", ".odt")
_YAML_TAG_RE = re.compile(
    rb"!!python/(?:object/apply|object/new|object|name|module):([\w.]+)|"
    rb"tag:yaml\.org,2002:python/(?:object/apply|object/new|name):([\w.]+)"
)
_JSONPICKLE_RE = re.compile(rb'"py/(?:function|type|object|reduce|newobj)"\s*:\s*"([\w.]+)"')
_LOCAL_HEADER = struct.Struct("<4s5H3I2H")
_B64_TEXT_RE = re.compile(rb"[A-Za-z0-9+/=\r\n]+")
DEEP_TEXT = 1 << 20
#: Names in a .pyc's constants that mean it runs commands, code or network calls.
_PYC_DANGER = (b"system", b"popen", b"Popen", b"exec", b"eval", b"urlopen", b"b64decode",
               b"socket", b"subprocess", b"marshal", b"ctypes")  # fmt: skip


def _zip_entries(data: bytes) -> Iterator[tuple[str, bytes]]:
    """(name, first bytes) of the entries of a zip held (perhaps partly) in `data`.

    Walks local headers only, so a truncated read still yields the first entries;
    deflated entries are inflated up to DEEP bytes. Never extracts anything.
    """
    pos = 0
    for _ in range(256):
        if data[pos : pos + 4] != b"PK\x03\x04" or pos + _LOCAL_HEADER.size > len(data):
            return
        fields = _LOCAL_HEADER.unpack_from(data, pos)
        method, csize, nlen, xlen = fields[3], fields[7], fields[9], fields[10]
        start = pos + _LOCAL_HEADER.size
        name = data[start : start + nlen].decode("utf-8", "replace")
        body = data[start + nlen + xlen : start + nlen + xlen + csize]
        if method == 8:
            try:
                body = zlib.decompressobj(-15).decompress(body, 1 << 20)
            except zlib.error:
                body = b""
        elif method != 0:
            body = b""
        yield name, body
        if csize == 0:
            return  # sizes in a data descriptor: the next header cannot be found
        pos = start + nlen + xlen + csize


def _payload_finding(ctx: FileContext, rule: str, message: str, severity: Severity) -> Finding:
    info = BY_ID[rule]
    return Finding("code", rule, severity, message, file=ctx.name, remediation=info.fix)


def _requirements(base: str, data: bytes) -> list[str]:
    """The requirement strings a pyproject.toml or core-metadata file declares."""
    text = data.decode("utf-8", "replace")
    if base != "pyproject.toml":
        header = text.split("\n\n", 1)[0]  # the description (a README) follows
        return [
            ln.split(":", 1)[1] for ln in header.splitlines() if ln.startswith("Requires-Dist:")
        ]
    try:
        doc: Any = loads_toml(text)
    except ValueError:  # not TOML, or nested too deeply to follow
        return []
    project = doc.get("project") if isinstance(doc.get("project"), dict) else {}
    build = doc.get("build-system") if isinstance(doc.get("build-system"), dict) else {}
    reqs: list[object] = [*project.get("dependencies", ()), *build.get("requires", ())]
    optional = project.get("optional-dependencies", {})
    if isinstance(optional, dict):
        for group in optional.values():
            if isinstance(group, list):
                reqs.extend(group)
    return [r for r in reqs if isinstance(r, str)]


def _native_strings(ctx: FileContext, data: bytes) -> list[Finding]:
    """Commands spelled inside a native binary where no binary belongs."""
    if not _NATIVE_WORDS_RE.search(data):
        return []  # cheap test first: most binaries name no download or shell tool
    text = data.decode("latin-1")
    out = []
    for rx, rule in (
        (P.PIPE_TO_SHELL_RE, "download-execute.remote-command"),
        (P.REVERSE_SHELL_RE, "reverse-shell.command"),
    ):
        m = rx.search(text)
        if m:
            out.append(
                _payload_finding(
                    ctx, rule, f"native binary carries {m.group(0)[:80]!r}", Severity.CRITICAL
                )
            )
    return out


_NATIVE_WORDS_RE = re.compile(rb"curl|wget|powershell|/dev/tcp|certutil|bitsadmin|mshta|nc\s+-e")
_SCRIPT_RE = re.compile(r"^([^/]+?)-[^/-]+\.data/scripts/([^/]+)$")
_ENTRY_POINTS_RE = re.compile(r"^([^/]+?)-[^/-]+\.dist-info/entry_points\.txt$")


def entry_point_groups(text: str) -> dict[str, list[tuple[str, str]]]:
    """The sections of an entry_points.txt: group -> [(name, "module:attr")]."""
    groups: dict[str, list[tuple[str, str]]] = {}
    entries: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            entries = groups.setdefault(line[1:-1].strip().lower(), [])
        elif entries is not None and "=" in line and not line.startswith(("#", ";")):
            name, value = line.split("=", 1)
            entries.append((name.strip(), value.strip()))
    return groups


def _shadowing(ctx: FileContext, data: bytes) -> list[Finding]:
    """Console scripts named after system commands (git, python, sudo) that they do not own."""
    m = _SCRIPT_RE.match(ctx.name)
    commands: list[str] = []
    if m:
        dist, commands = m.group(1), [m.group(2)]
    else:
        m = _ENTRY_POINTS_RE.match(ctx.name)
        if not m:
            return []
        dist = m.group(1)
        groups = entry_point_groups(data.decode("utf-8", "replace"))
        for group in ("console_scripts", "gui_scripts"):
            commands.extend(name for name, _ in groups.get(group, ()))
    owner = re.sub(r"[-_.]+", "-", dist).lower()
    out = []
    for cmd in commands:
        base = cmd.lower().removesuffix(".exe")
        if base in P.SYSTEM_COMMANDS and P.SYSTEM_COMMANDS[base] != owner:
            out.append(
                _payload_finding(
                    ctx,
                    "persistence.command-shadow",
                    f"installs a {cmd!r} command, shadowing the system's",
                    BY_ID["persistence.command-shadow"].severity,
                )
            )
    return out


def _inflate(data: bytes) -> bytes | None:
    """The first DEEP bytes of gzip, bzip2 or xz data (a truncated stream gives what it
    can); None for anything else or a stream that does not decompress."""
    try:
        if data.startswith(b"\x1f\x8b"):
            out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, DEEP_TEXT)
        elif data.startswith(b"BZh") and data[3:4].isdigit():
            out = bz2.BZ2Decompressor().decompress(data, DEEP_TEXT)
        elif data.startswith(b"\xfd7zXZ\x00"):
            out = lzma.LZMADecompressor().decompress(data, DEEP_TEXT)
        else:
            return None
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError):
        return None
    return out or None


def replace_file(f: Finding, name: str) -> Finding:
    """`f` attributed to the file `name` (findings on a decompressed member)."""
    return replace(f, file=name)


def analyse_data(ctx: FileContext, data: bytes) -> list[Finding]:
    """Data files that run code when loaded: pickles, model archives, YAML python tags."""
    lower = ctx.name.lower()
    base = lower.rsplit("/", 1)[-1]
    out: list[Finding] = []
    rule = "unsafe-deserialization.malicious-file"
    if ctx.kind in ("wheel", "installed") and (
        ".data/scripts/" in lower or base == "entry_points.txt"
    ):
        return _shadowing(ctx, data)
    if base in ("pyproject.toml", "metadata", "pkg-info"):
        for req in _requirements(base, data):
            if P.DIRECT_URL_DEP_RE.match(req):
                out.append(
                    _payload_finding(
                        ctx,
                        "download-execute.direct-url-dependency",
                        f"depends on code from a URL: {req.strip()[:100]!r}",
                        BY_ID["download-execute.direct-url-dependency"].severity,
                    )
                )
                break
        return out
    if base.endswith((".pyc", ".pyo")) and "__pycache__/" not in lower:
        names = [n.decode() for n in _PYC_DANGER if n in data]
        out.append(
            _payload_finding(
                ctx,
                "obfuscation.bytecode-only",
                "compiled bytecode shipped as a module"
                + (f"; it names {', '.join(names[:4])}" if names else ""),
                Severity.HIGH if names else Severity.MEDIUM,
            )
        )
        return out
    if b'"py/' in data:
        for tag in _JSONPICKLE_RE.finditer(data[:DEEP_TEXT]):
            target = tag.group(1).decode("latin-1")
            if P.dangerous_callable(target):
                out.append(
                    _payload_finding(
                        ctx,
                        rule,
                        f"jsonpickle data calls {target}() when decoded",
                        Severity.CRITICAL,
                    )
                )
                return out
    if lower.endswith((".yaml", ".yml")) and b"python/" in data:
        for tag in _YAML_TAG_RE.finditer(data):
            target = (tag.group(1) or tag.group(2) or b"").decode("latin-1")
            if P.dangerous_callable(target):
                out.append(
                    _payload_finding(
                        ctx,
                        rule,
                        f"YAML python tag calls {target}() when loaded",
                        Severity.CRITICAL,
                    )
                )
                break
        return out
    if data.startswith(b"\x93NUMPY") and len(data) > 12:
        # An object array's body is a pickle: it runs when np.load(allow_pickle=True) reads it.
        size = 2 if data[6] == 1 else 4
        start = 8 + size + int.from_bytes(data[8 : 8 + size], "little")
        called = P.pickle_callables(data[start:])
        if called:
            out.append(
                _payload_finding(
                    ctx, rule, f"object array pickles {', '.join(called[:3])}", Severity.CRITICAL
                )
            )
        return out
    inflated = _inflate(data)
    if inflated is not None:
        # A compressed pickle (sample.pkl.gz) runs when pandas or joblib reads it.
        stem = re.sub(r"\.(?:gz|gzip|bz2|xz|lzma|z)$", "", ctx.name, flags=re.IGNORECASE)
        if stem == ctx.name:
            stem += ".pkl" if inflated[:1] == b"\x80" else ""
        inner_ctx = FileContext(stem, ctx.kind, ctx.pure, clock=ctx.clock)
        return [replace_file(f, ctx.name) for f in analyse_data(inner_ctx, inflated)]
    if 32 <= len(data) <= DEEP_TEXT and _B64_TEXT_RE.fullmatch(data.strip()):
        raw = _decode("b64", data.strip().replace(b"\n", b"").replace(b"\r", b""))
        if raw and raw[:1] == b"\x80":
            data = raw  # a base64-wrapped pickle ("cache" files decoded then loaded)
    pickled = (len(data) > 1 and data[0] == 0x80 and 2 <= data[1] <= 5) or lower.endswith(
        _PICKLE_SUFFIXES
    )
    if pickled and not data.startswith(b"PK\x03\x04"):
        called = P.pickle_callables(data)
        if called:
            out.append(
                _payload_finding(
                    ctx,
                    rule,
                    f"pickle calls {', '.join(called[:3])} when loaded",
                    Severity.CRITICAL,
                )
            )
        return out
    if data.startswith(b"PK\x03\x04") and ctx.kind in ("wheel", "sdist", "zip", "installed"):
        for name, body in _zip_entries(data):
            base = name.lower().rsplit("/", 1)[-1]
            if base.endswith((".pkl", ".pickle")) or base == "data.pkl":
                called = P.pickle_callables(body)
                if called:
                    out.append(
                        _payload_finding(
                            ctx,
                            rule,
                            f"{name} in this archive calls {', '.join(called[:3])} when loaded",
                            Severity.CRITICAL,
                        )
                    )
            elif base.endswith(".py") and body and not lower.endswith(_ARCHIVE_SUFFIXES):
                # Code hidden in an archive the package imports from (zipimport, sys.path).
                inner = FileContext(f"{ctx.name}!{name}", ctx.kind, ctx.pure, clock=ctx.clock)
                strong = [f for f in analyse_python(inner, body) if f.severity >= Severity.HIGH]
                disguised = True  # real archives (.whl, .zip) are not opened for code
                if strong or disguised:
                    out.append(
                        _payload_finding(
                            ctx,
                            "obfuscation.hidden-archive",
                            f"Python module {name!r} inside {'a data file' if disguised else 'an archive'}",
                            Severity.HIGH if disguised else Severity.MEDIUM,
                        )
                    )
                out.extend(strong)
            elif body[:4] and P.is_native(body):
                disguised = not lower.endswith(_ARCHIVE_SUFFIXES)
                out.append(
                    _payload_finding(
                        ctx,
                        "binary-dropper.embedded",
                        f"archive inside the package holds the executable {name!r}",
                        Severity.HIGH if disguised else Severity.MEDIUM,
                    )
                )
    return out


def analyse_member(ctx: FileContext, data: bytes, facts: Facts | None = None) -> list[Finding]:
    """All findings for one file of a target, whatever its type."""
    name = ctx.name
    lower = name.lower()
    out: list[Finding] = []
    base = lower.rsplit("/", 1)[-1]
    if lower.endswith(_PY_SUFFIXES) or (
        "." not in base and data.startswith(b"#!") and b"python" in data[:100]
    ):
        if base in ("sitecustomize.py", "usercustomize.py") and ctx.kind in (
            "wheel",
            "sdist",
            "zip",
            "installed",
        ):
            info = BY_ID["startup-hook.sitecustomize"]
            out.append(
                Finding(
                    "code",
                    info.id,
                    info.severity,
                    f"ships {base}, which runs on every interpreter start",
                    file=name,
                    remediation=info.fix,
                )
            )
        out.extend(analyse_python(ctx, data, facts))
    elif lower.endswith(".pth"):
        out.extend(analyse_pth(ctx, data))
    elif (
        base == "pyproject.toml"
        and lower.count("/") <= (1 if ctx.kind in ("sdist", "zip") else 0)
        and re.search(rb"^\s*backend-path\s*=", data, re.MULTILINE)
    ):
        info = BY_ID["install-hook.in-tree-backend"]
        out.append(
            Finding(
                "code",
                info.id,
                info.severity,
                "build backend is loaded from the source tree (backend-path)",
                file=name,
                remediation=info.fix,
            )
        )
    if not lower.endswith((*_PY_SUFFIXES, ".pth")):
        out.extend(analyse_data(ctx, data))
    if ctx.kind in ("wheel", "sdist", "zip") and data[:4] and P.is_native(data):
        if ctx.kind == "wheel" and ctx.pure:
            rule = "binary-dropper.native-in-pure-wheel"
        elif ctx.kind != "wheel":
            rule = "binary-dropper.executable"
        else:
            rule = ""
        if rule:
            out.extend(_native_strings(ctx, data))
            info = BY_ID[rule]
            severity = info.severity
            # Windows launchers (pip's and setuptools' t64.exe, cli.exe) ship as .exe in pure
            # wheels; a binary under another name is disguised.
            if _disguised(base):
                severity = Severity.HIGH
            out.append(
                Finding(
                    "code",
                    rule,
                    severity,
                    f"native executable {base!r}",
                    file=name,
                    remediation=info.fix,
                )
            )
    return out
