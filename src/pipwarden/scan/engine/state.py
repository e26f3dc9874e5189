"""The analyzer's state: what one file's analysis remembers, its execution context, and
reporting.
"""

from __future__ import annotations

import ast
from abc import abstractmethod
from collections.abc import Mapping
from pathlib import PurePosixPath
from typing import TYPE_CHECKING, Any

from pipwarden.findings import Finding, Severity
from pipwarden.rules import Rule
from pipwarden.scan import patterns as P
from pipwarden.scan.engine.values import (
    _ALWAYS_IMPORTED,
    _PEP723_RE,
    _PROXY_RE,
    FileContext,
    Val,
    _is_test,
    _line,
    _Scope,
    is_root_setup,
)
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PARAM_INDEX, Endpoint, Event, Fact, Hit, Label, Observation, Where
from pipwarden.scan.rules import BY_ID, claims


class AnalyzerState:
    """The state of one file's analysis, its execution context and its findings."""

    if TYPE_CHECKING:
        # Implemented by the layers above (expressions, statements), used by those below.

        @abstractmethod
        def bind(self, target: ast.expr, v: Val) -> None:
            """Implemented above."""

        @abstractmethod
        def call(self, node: ast.Call) -> Val:
            """Implemented above."""

        @abstractmethod
        def call_local(
            self, node: ast.Call, name: str, args: list[Val], kwargs: dict[str | None, Val]
        ) -> None:
            """Implemented above."""

        @abstractmethod
        def check_hook(self, owner: ast.expr, attr: str, value: ast.expr, node: ast.AST) -> None:
            """Implemented above."""

        @abstractmethod
        def code_events(self, text: str) -> set[Event]:
            """Implemented above."""

        @abstractmethod
        def decoded(self, node: ast.AST, data: str | bytes | None, labels: frozenset[Label]) -> Val:
            """Implemented above."""

        @abstractmethod
        def expr(self, node: ast.expr) -> Val:
            """Implemented above."""

        @abstractmethod
        def fold_decode(
            self, node: ast.Call, codec: str, args: list[Val], labels: frozenset[Label]
        ) -> Val:
            """Implemented above."""

        @abstractmethod
        def generic(self, node: ast.AST) -> None:
            """Implemented above."""

        @abstractmethod
        def inline_lambda(
            self, key: str, args: list[Val], starred: list[bool] | None = None
        ) -> Val | None:
            """Implemented above."""

        @abstractmethod
        def inline_simple(self, name: str, args: list[Val]) -> Val | None:
            """Implemented above."""

        @abstractmethod
        def nested(self, node: ast.AST, text: str, where: str) -> None:
            """Implemented above."""

        @abstractmethod
        def on_string(self, text: str, node: ast.AST, labels: frozenset[Label]) -> Val:
            """Implemented above."""

        @abstractmethod
        def run(self, tree: ast.Module) -> list[Finding]:
            """Implemented above."""

        @abstractmethod
        def taint_base(self, target: ast.expr, labels: frozenset[Label]) -> None:
            """Implemented above."""

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
        #: setup.py itself (all of it runs at install), not a helper module it imports.
        self.root_setup = is_root_setup(ctx.name, ctx.kind)
        self.is_setup = ctx.setup_helper or self.root_setup
        #: A module setup.py imports, of which only what setup.py reaches runs at install
        #: (`install_reach`): its other functions run when the package's user calls them.
        self.split_setup = ctx.setup_helper and ctx.setup_uses is not None and not self.root_setup
        #: (first, last line) of the bodies of those other functions.
        self.runtime_spans: set[tuple[int, int]] = set()
        self.startup_file = ctx.startup or base.name in ("sitecustomize.py", "usercustomize.py")
        #: Scripts and tests do not run on import: no import-time findings there (a
        #: module setup.py or its install command imports is imported, whatever its #! line).
        self.script = (
            (ctx.loaded == "runtime")
            if ctx.loaded
            else (
                not ctx.install_entry
                and not self.split_setup
                and (
                    base.name == "__main__.py"
                    or _is_test(base, ctx.kind)
                    # A file with a #! line is run as a program, not imported (a package's
                    # __init__ is imported whatever its first line says).
                    or (text.startswith("#!") and base.name not in _ALWAYS_IMPORTED)
                    # PEP 723 inline metadata declares a standalone script (`uv run tool.py`).
                    or (
                        _PEP723_RE.search(text[:4096]) is not None
                        and base.name not in _ALWAYS_IMPORTED
                    )
                )
            )
        )
        #: Nesting of decoded-payload analysis (payloads inside payloads).
        self.depth = 0
        #: Names of the functions being analysed (innermost last).
        self.fn_stack: list[str] = []
        #: function name -> parameter index -> the sinks it reaches (events net, exec, process).
        self.summaries: dict[str, dict[int, set[Event]]] = {}
        self.fn_params: dict[str, list[str]] = {}
        #: function name -> events of its body (for calls at import time).
        self.fn_events: dict[str, dict[Event, int]] = {}
        #: Events of the functions defined inside each function (a factory's hooks).
        self.nested_events: dict[str, dict[Event, int]] = {}
        self.lambdas: dict[str, ast.Lambda] = {}
        self.simple_fns: dict[str, tuple[list[str], ast.expr]] = {}
        self.inline_depth = 0
        #: class name -> (base names, events of its methods, first line)
        self.classes: dict[str, tuple[list[str], dict[Event, int], int]] = {}
        #: class name -> the names of the methods it defines.
        self.class_defs: dict[str, set[str]] = {}
        self.cmdclass: list[tuple[str, int]] = []
        self.class_stack: list[str] = []
        self.file_events: dict[Event, int] = {}
        self.labels_seen: frozenset[Label] = _NONE
        #: Whether the file speaks of cryptocurrency wallets (computed when first asked).
        self._crypto: bool | None = None
        self._proxy: bool | None = None
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
        self.import_events: dict[Event, int] = {}
        self.in_entry = 0
        #: (class, attribute) -> what methods stored in self.attribute.
        self.attrs: dict[tuple[str, str], Val] = {}
        #: id(value of a dict written out) -> (that value, its constant keys -> the qualified
        #: names of the sinks or local functions they map to).
        self.call_tables: dict[int, tuple[Val, dict[str, str]]] = {}
        #: id(value of a call bound for later) -> (that value, the function or method name,
        #: the bound arguments and keywords): functools.partial, operator.methodcaller.
        self.bound_calls: dict[
            int, tuple[Val, ast.expr | str, list[ast.expr], list[ast.keyword]]
        ] = {}
        #: id(value of operator.attrgetter(name)) -> (that value, the dotted name it gets).
        self.attr_getters: dict[int, tuple[Val, str]] = {}
        #: (class, method) -> events of the method's body (a thread's run, for its start).
        self.method_events: dict[tuple[str, str], dict[Event, int]] = {}
        #: Nesting of the calls judged for a runner that makes them (handed.py).
        self.handing = 0
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
        #: (path as folded, whether only partly known, execution context) of the files
        #: this file runs as Python code (exec of their text, runpy, file loaders).
        self.loaded: set[tuple[str, bool, str]] = set()
        #: Name -> the path of the file it is a handle on (`with open(p) as f`), and name
        #: -> the path of the file whose text it holds (`code = open(p).read()`).
        self.read_handles: dict[str, ast.expr] = {}
        self.read_texts: dict[str, ast.expr] = {}
        self.args_in: dict[str, dict[int, frozenset[Label]]] = {}
        for fn, i, labels in ctx.args_in:
            per = self.args_in.setdefault(fn, {})
            per[i] = per.get(i, _NONE) | labels

    def observe(
        self,
        fact: Fact,
        node: ast.AST | int,
        message: str,
        *,
        where: Where | None = None,
        on_load: bool = False,
        secret: bool = False,
        disguised: bool = False,
        remote: bool = False,
        declared: bool = False,
        endpoint: Endpoint | None = None,
        hidden_command: bool = False,
        drainer_file: bool = False,
        loopback: bool = False,
        collector: bool = False,
    ) -> None:
        """Observe `fact` at the node's line: a finding of every rule that claims it
        (`pipwarden.scan.rules.CLAIMS`), at the severity the rule gives it.

        `where`: the execution context, for rules whose severity depends on it; the
        others: the observation's attributes (`Observation`) that rules' conditions read.
        """
        obs = Observation(
            fact,
            where,
            on_load=on_load,
            secret=secret,
            disguised=disguised,
            remote=remote,
            declared=declared,
            endpoint=endpoint,
            hidden_command=hidden_command,
            drainer_file=drainer_file,
            loopback=loopback,
            collector=collector,
        )
        for r, severity in claims(obs):
            self.add(r, node, r.message(obs, message), severity)

    def hit(self, r: Rule, h: Hit) -> None:
        """A combination rule's finding."""
        severity = h.severity
        if severity is None:
            severity = r.severity_at(h.where) if h.where is not None else r.severity
        self.add(r, h.line, h.message, severity, h.details)

    def report(self, rule: str, node: ast.AST | int, message: str, severity: Severity) -> None:
        """Add a finding of `rule`, an id computed elsewhere (a nested analysis's finding,
        lifted), at `severity`."""
        self.add(BY_ID[rule], node, message, severity)

    def add(
        self,
        info: Rule,
        node: ast.AST | int,
        message: str,
        severity: Severity,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        """Add a finding of rule `info` at the node's line (once per rule and line), with
        structured `details` when other rules read what it found."""
        line = node if isinstance(node, int) else _line(node)
        key = (info.id, line)
        if key in self._seen:
            return
        self._seen.add(key)
        lines = self.source_lines()
        evidence = lines[line - 1].strip()[:200] if 0 < line <= len(lines) else ""
        self.findings.append(
            Finding(
                check="code",
                rule=info.id,
                severity=severity,
                message=message,
                file=self.ctx.name,
                line=line or None,
                evidence=evidence,
                remediation=info.fix,
                details=dict(details or {}),
            )
        )

    def source_lines(self) -> list[str]:
        """The file's source, line by line (split once, on first use)."""
        if self._lines is None:
            self._lines = self.text.splitlines()
        return self._lines

    def crypto_file(self) -> bool:
        """Whether the file's text speaks of cryptocurrency (chains, wallets, seed phrases)."""
        if self._crypto is None:
            self._crypto = P.CRYPTO_WORDS_RE.search(self.text) is not None
        return self._crypto

    def proxy_file(self) -> bool:
        """Whether the file's text names a proxy (proxies=, HTTPS_PROXY, SOCKS): its
        requests may go to the proxy, not to their URL's host (read once, on first use)."""
        if self._proxy is None:
            self._proxy = _PROXY_RE.search(self.text) is not None
        return self._proxy

    def const_int(self, node: ast.expr) -> int | None:
        v = self.expr(node)
        return v.s if isinstance(v.s, int) and not isinstance(v.s, bool) else None

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

    def summarise(self, kind: Event, labels: frozenset[Label]) -> None:
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
            self.observe(Fact.REVERSE_SHELL_RUN, node, f"reverse-shell command {what}")
