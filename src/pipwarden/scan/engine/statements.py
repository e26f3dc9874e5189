"""Statements and scopes: the `Analyzer`, which walks a module and hands each finished
scope to the combination rules (`combinations.py`).
"""

from __future__ import annotations

import ast
from collections.abc import Callable
from typing import Any

from pipwarden.findings import Finding
from pipwarden.scan.engine.combinations import Combinations
from pipwarden.scan.engine.install_reach import install_reach
from pipwarden.scan.engine.values import (
    _BUILTIN_NAMES,
    _CODE_BUILTINS,
    _COMPOUND,
    _FRAMEWORK_HOOKS,
    _INIT_LIKE,
    _PARAMS,
    _SECRETISH_RE,
    _TX_APIS,
    EMPTY,
    JUNK_CONSTANTS,
    MAX_FOLD,
    Val,
    _chat_handler,
    _references,
    _Scope,
    _self_calls,
    only_skips,
    secret_file_names,
    unread_constants,
)
from pipwarden.scan.facts import NONE as _NONE
from pipwarden.scan.facts import PARAMS, Endpoint, Event, Fact, Label
from pipwarden.scan.reach import main_guard, opened_path, read_call_path

#: The labels that say only which parameter a value came from: a method that merely
#: returns its argument is no reason to analyse its callers twice.
_PARAM_LABELS = frozenset(PARAMS)


class Analyzer(Combinations):
    """Runs every rule over one parsed module in a single traversal."""

    def run(self, tree: ast.Module) -> list[Finding]:
        """Analyse `tree`; the findings."""
        if not self.script:
            self.find_entries(tree)
        if self.split_setup:
            self.install_entries(tree)
        self.block(_callees_first(tree.body))
        self.finish(self.module)
        self.finish_file()
        if self.is_setup:
            self.finish_setup()
        if self.root_setup:
            unread = unread_constants(tree)
            if len(unread) >= JUNK_CONSTANTS:
                self.observe(
                    Fact.JUNK_PADDING,
                    unread[0],
                    f"setup.py assigns {len(unread)} constants that nothing reads",
                )
        if self.chat_endpoint:
            for line in self.chat_tokens:
                self.observe(
                    Fact.BOT_TOKEN_BESIDE_ENDPOINT,
                    line,
                    "a chat bot's token written in the code, beside its API endpoint",
                    endpoint=Endpoint.WEBHOOK,
                )
        if not self.rshell_used:
            for line, text in self.rshell_literals.items():
                self.observe(
                    Fact.REVERSE_SHELL_UNUSED,
                    line,
                    f"reverse-shell command {text[:80]!r} (not seen run, written or sent)",
                    on_load=self.is_setup or self.startup_file,
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
            elif isinstance(stmt, ast.If) and main_guard(stmt.test):
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
            if self.ctx.install_entry:
                # Code run by an install command class: `from .main import agent` inside
                # the function names what it runs next (called, aliased or handed to a
                # thread), in the sibling module.
                for n in ast.walk(node):
                    if isinstance(n, ast.ImportFrom) and n.level:
                        for a in n.names:
                            named = (n.level, n.module or "", a.name)
                            relative.setdefault(a.asname or a.name, named)
                            self.imported_calls.add(named)
            visit(node, 1 if cls is None and name in factories else 0)
            if cls is not None:
                for m in _self_calls(node):
                    if m in classes[cls] and (cls, m) not in methods:
                        methods.add((cls, m))
                        stack.append((cls, m))

    def install_entries(self, tree: ast.Module) -> None:
        """In a module setup.py imports, the functions and methods that run at install
        (`install_reach`) run on load; when that cannot be told, all of the module runs
        at install."""
        uses = self.ctx.setup_uses or frozenset()
        reached = install_reach(tree, uses)
        if reached is None:
            self.split_setup = False
            return
        self.entry |= reached.functions
        self.entry_methods |= reached.methods

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

    def s_try(self, node: ast.Try) -> None:
        self.block(node.body)
        assigned = {
            n.id
            for h in node.handlers
            for stmt in h.body
            if isinstance(stmt, ast.Assign)
            for t in stmt.targets
            for n in ast.walk(t)
            if isinstance(n, ast.Name)
        }
        vars_ = self.scope.vars
        tried = {name: vars_[name] for name in assigned if name in vars_}
        for h in node.handlers:
            if h.type is not None:
                self.expr(h.type)
            self.block(h.body)
            # `try: kv = parse(secret) except OSError: kv = {}`: either may hold afterwards.
            for name, before in tried.items():
                after = self.scope.vars.get(name)
                if after is not None and after is not before and before.labels - after.labels:
                    self.scope.vars[name] = Val(after.s, after.labels | before.labels, after.qn)
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
            if isinstance(t, ast.Name):
                self.note_reads(t.id, node.value)
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
            self.observe(
                Fact.TX_FUNCTION_REPLACED,
                node,
                f"replaces {base}.{attr} with {names[0]}() when imported",
                drainer_file=self.tx_rewrite or Label.WALLET_ADDR in self.labels_seen,
            )
        for name in names:
            events = {**self.nested_events.get(name, {}), **self.fn_events.get(name, {})}
            if Event.NET not in events:
                continue
            secret = bool(_SECRETISH_RE.search(attr)) or Event.SECRET_WORD in events
            self.observe(
                Fact.FUNCTION_REPLACED_BY_SENDER,
                node,
                f"replaces {base}.{attr} with {name}(), which sends data over the network",
                secret=secret,
            )
            return

    def builtin_alias(self, node: ast.Assign, elts: list[ast.expr]) -> None:
        """`a, b, c = exec, str, globals`: builtins that run code renamed in one go, the
        first step of obfuscators that then call `a(...)` (Hyperion and its kind)."""
        names = [e.id for e in elts if isinstance(e, ast.Name) and e.id in _BUILTIN_NAMES]
        runs = [n for n in names if n in _CODE_BUILTINS]
        if runs and len(set(names)) >= 3 and self.scope.lookup(runs[0]) is None:
            self.observe(
                Fact.BUILTINS_RENAMED,
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

    def note_reads(self, name: str, value: ast.expr) -> None:
        """Remember that `name` is a handle on a file opened for reading, or holds the text
        of a file (for exec of it: `FileContext.loaded`); forget what it was before."""
        self.read_handles.pop(name, None)
        self.read_texts.pop(name, None)
        if isinstance(value, ast.Call):
            path = opened_path(value)
            if path is not None:
                self.read_handles[name] = path
                return
        text = read_call_path(value, self.read_handles)
        if text is not None:
            self.read_texts[name] = text

    def s_with(self, node: ast.With | ast.AsyncWith) -> None:
        for item in node.items:
            v = self.expr(item.context_expr)
            if item.optional_vars is not None:
                self.bind(item.optional_vars, v)
                ctx = item.context_expr
                if isinstance(item.optional_vars, ast.Name):
                    self.note_reads(item.optional_vars.id, ctx)
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
        guard = self.fn_depth == 0 and main_guard(node.test)
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
            narrowed: dict[str, tuple[Val | None, Val]] = {}
            if not only_skips(node.body):
                for name in secret_file_names(node.test):
                    # `if fname == ".env":` in a walk: in the block, a credential file's name.
                    old = self.scope.lookup(name)
                    if old is not None and Label.CRED not in old.labels:
                        new = Val(old.s, old.labels | {Label.CRED}, old.qn)
                        narrowed[name] = (self.scope.vars.get(name), new)
                        self.scope.vars[name] = new
            self.block(node.body)
            for name, (before, new) in narrowed.items():
                if self.scope.vars.get(name) is new:  # not rebound in the block
                    if before is None:
                        del self.scope.vars[name]
                    else:
                        self.scope.vars[name] = before
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
        body = (
            [
                b
                for b in node.body
                if not (isinstance(b, ast.Expr) and isinstance(b.value, ast.Constant))
            ]
            if not self.class_stack and isinstance(node, ast.FunctionDef) and not a.kwarg
            else []  # (methods are not inlined: their bodies need not be looked at)
        )
        if len(body) == 1 and isinstance(body[0], ast.Return) and body[0].value is not None:
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
        saved_setup = self.is_setup
        if self.split_setup and self.fn_depth == 0 and len(self.class_stack) <= 1:
            # In a module setup.py imports, what setup.py does not reach runs when called.
            self.is_setup = entry
            if not entry and node.body:
                self.runtime_spans.add((node.body[0].lineno, node.end_lineno or node.lineno))
        if entry and self.ctx.install_entry:
            self.is_setup = True  # called from setup.py's install command class
        inside = self.is_setup
        self.fn_depth += 1
        self.fn_stack.append(node.name)
        try:
            self.block(node.body)
        finally:
            self.fn_depth -= 1
            self.in_entry = saved_entry
            self.is_setup = saved_setup
            self.fn_stack.pop()
            self.scope = outer
        self.is_setup = inside
        self.finish(inner, node.name)
        self.is_setup = saved_setup
        self.fn_events[node.name] = inner.events
        if self.fn_stack:  # what a factory's inner functions do, for hooks it returns
            nested = self.nested_events.setdefault(self.fn_stack[-1], {})
            for k, line in inner.events.items():
                nested.setdefault(k, line)
        if self.class_stack:
            cls = self.class_stack[-1]
            if self.fn_depth == 0:
                self.method_events[(cls, node.name)] = inner.events
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
                # A method calling helpers defined below it: once more, now that what they
                # return is known (`exec(self.decode(blob))` above `def decode`), and for an
                # __init__, what they do (findings are kept once per rule and line). Source
                # order comes first: attributes that earlier methods set stay known.
                init = fn.name in _INIT_LIKE
                later = {
                    x.name
                    for x in defs[i + 1 :]
                    if self.fn_returns.get(x.name, _NONE) - _PARAM_LABELS
                    or (init and (x.name in self.summaries or self.fn_events.get(x.name)))
                }
                if not later:
                    continue  # (walking the method for its self-calls costs: only when needed)
                called = set(_self_calls(fn))
                if "start" in called and self.run_owner(node.name) is not None:
                    called.add("run")  # a thread's self.start() runs its run()
                if later & called:
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


def _callees_first(body: list[ast.stmt]) -> list[ast.stmt]:
    """The module's statements, each run of consecutive function definitions reordered so
    that a function comes after the functions of the run that it calls (a `main()` written
    above its helpers is analysed with their summaries); other statements keep their place."""
    out: list[ast.stmt] = []
    run: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    for stmt in body:
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)):
            run.append(stmt)
            continue
        out.extend(_ordered(run))
        run = []
        out.append(stmt)
    out.extend(_ordered(run))
    return out


def _ordered(
    run: list[ast.FunctionDef | ast.AsyncFunctionDef],
) -> list[ast.FunctionDef | ast.AsyncFunctionDef]:
    """Functions in an order where callees come first (a call cycle keeps source order)."""
    names = {f.name: f for f in run}
    if len(run) < 2 or len(names) < len(run):  # a redefinition: source order decides
        return run
    calls = {
        f.name: [
            n.func.id
            for n in ast.walk(f)
            if isinstance(n, ast.Call)
            and isinstance(n.func, ast.Name)
            and n.func.id in names
            and n.func.id != f.name
        ]
        for f in run
    }
    if not any(calls.values()):
        return run
    out: list[ast.FunctionDef | ast.AsyncFunctionDef] = []
    state: dict[str, int] = {}  # 1: being placed, 2: placed

    def place(name: str) -> None:
        if state.get(name):
            return
        state[name] = 1
        for callee in calls[name]:
            place(callee)
        state[name] = 2
        out.append(names[name])

    for f in run:
        place(f.name)
    return out
