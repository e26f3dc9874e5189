"""Callables handed on: a function given to something that calls it (a thread, a timer,
an exit hook, map, an executor) is judged as a call of that function with the arguments
it is given, by the same call rules as a direct call; a call bound for later
(functools.partial, operator.methodcaller) is judged where it is called; and the forms
that name a sink without calling it (sys.modules["os"], a table of functions, a class
attribute) give back its qualified name. Also: a thread or process class of this file
runs its run() where its start() is called; a callable kept in an attribute of self
(a sink, a partial, a local function) is judged where it is called; operator.attrgetter
names what it gets; a sink's arguments given by keyword are judged as positional ones.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass

from pipwarden.scan import patterns as P
from pipwarden.scan.engine.builtin_calls import _CALLS, _KNOWN_QN, BuiltinCalls
from pipwarden.scan.engine.values import _RUNNER_METHODS, _RUNNERS, EMPTY, Val, _child
from pipwarden.scan.facts import Label


@dataclass(frozen=True)
class _Hand:
    """Where a runner's call holds the callable and what it passes to it."""

    fn: int  # position of the callable
    fn_kw: str | None = None  # ... or its keyword
    rest: int | None = None  # positional arguments from here on are passed on (*args)
    args: int | None = None  # position of a tuple of arguments ...
    args_kw: str | None = None  # ... or its keyword
    kwargs: int | None = None  # position of a dict of keyword arguments ...
    kwargs_kw: str | None = None  # ... or its keyword
    each: str = ""  # "map": called once per item of the iterables; "starmap": per tuple


_STAR = _Hand(0, rest=1)  # f(callable, *args, **kwargs)
_THREAD = _Hand(1, "target", args=3, args_kw="args", kwargs=4, kwargs_kw="kwargs")
_MAP = _Hand(0, each="map")
_STARMAP = _Hand(0, each="starmap")
_HOOK = _Hand(0)  # called later with arguments of the interpreter's choosing
_ENTER = _Hand(2, "action", args=3, args_kw="argument", kwargs=4, kwargs_kw="kwargs")
_NEW_THREAD = _Hand(0, args=1, kwargs=2)

#: Callables, by qualified name, that call the callable handed to them.
_HANDS: dict[str, _Hand] = {
    "threading.Thread": _THREAD,
    "multiprocessing.Process": _THREAD,
    "threading.Timer": _Hand(1, "function", args=2, args_kw="args", kwargs=3, kwargs_kw="kwargs"),
    "atexit.register": _STAR,
    "asyncio.to_thread": _STAR,
    "_thread.start_new_thread": _NEW_THREAD,
    "thread.start_new_thread": _NEW_THREAD,
    "sched.scheduler.enter": _ENTER,
    "map": _MAP,
    "itertools.starmap": _STARMAP,
    "signal.signal": _Hand(1, "handler"),
    "sys.addaudithook": _HOOK,
    "sys.settrace": _HOOK,
    "sys.setprofile": _HOOK,
    "threading.settrace": _HOOK,
    "threading.setprofile": _HOOK,
}

#: The same, by method name, on receivers the engine does not know (executors, pools,
#: event loops, schedulers).
_HAND_METHODS: dict[str, _Hand] = {
    "submit": _STAR,
    "run_in_executor": _Hand(1, rest=2),
    "call_soon": _STAR,
    "call_soon_threadsafe": _STAR,
    "call_later": _Hand(1, rest=2),
    "call_at": _Hand(1, rest=2),
    "start_new_thread": _NEW_THREAD,
    "apply_async": _Hand(0, "func", args=1, args_kw="args", kwargs=2, kwargs_kw="kwds"),
    "enter": _ENTER,
    "enterabs": _ENTER,
    "map": _MAP,
    "imap": _MAP,
    "imap_unordered": _MAP,
    "map_async": _MAP,
    "starmap": _STARMAP,
    "starmap_async": _STARMAP,
}

#: Callables whose call the call rules judge (sinks), as opposed to folding helpers
#: (chr, str, open, decoders) that a map or a partial applies for their value.
_SINKS = _KNOWN_QN - set(_CALLS) - set(P.DECODERS) - P.SYSINFO - P.SITE_DIRS

#: How many items of a map's iterables, or synthetic calls per runner, are judged.
_MAX_ITEMS = 8

#: Base classes whose start() runs the subclass's run() (threads, processes).
_STARTED_BASES = frozenset({"Thread", "Process"})

#: subprocess's calls whose first parameter is `args`, and those whose first is `cmd`.
_SUBPROCESS = ("Popen", "run", "call", "check_call", "check_output")
_GETOUTPUT = ("getoutput", "getstatusoutput")

#: Sinks' leading parameters by name, for calls that give them by keyword
#: (`os.system(command=c)`, `subprocess.run(args=c, shell=True)`).
_PARAMETERS: dict[str, tuple[str, ...]] = {
    "os.system": ("command",),
    "os.popen": ("cmd", "mode", "buffering"),
    "os.startfile": ("filepath",),
    **{f"subprocess.{n}": ("args",) for n in _SUBPROCESS},
    **{f"{m}.{n}": ("cmd",) for m in ("subprocess", "commands") for n in _GETOUTPUT},
    "asyncio.create_subprocess_shell": ("cmd",),
    "asyncio.create_subprocess_exec": ("program",),
    "pty.spawn": ("argv",),
    "pexpect.spawn": ("command",),
    "pexpect.run": ("command",),
    "compile": ("source", "filename", "mode"),
    "urllib.request.urlretrieve": ("url", "filename"),
    "urllib.urlretrieve": ("url", "filename"),
    "wget.download": ("url", "out"),
}


class HandedCalls(BuiltinCalls):
    """Calls made by someone else: a runner's callable, methodcaller, tables of functions."""

    def hand_on(
        self,
        node: ast.Call,
        qn: str | None,
        method: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
    ) -> None:
        """Judge the call a runner (`qn`, or a method named `method`) makes of the
        callable it is handed, with the arguments it passes on."""
        if method:
            self.instance_call(node, qn, method, args, kwargs)
        target = kwargs.get("target")
        if target is not None and isinstance(target.qn, str) and target.qn in self.fn_events:
            self.call_local(node, target.qn, [], {})
        elif qn in _RUNNERS or method in _RUNNER_METHODS:
            # Functions of this file handed to something that runs them (threads, timers).
            for v in (*args, *kwargs.values()):
                if isinstance(v.qn, str) and v.qn in self.fn_events and v.qn != qn:
                    self.call_local(node, v.qn, [], {})
        hand = _HANDS.get(qn) if qn is not None else None
        if hand is None and isinstance(node.func, ast.Attribute):
            hand = _HAND_METHODS.get(method)
        if hand is None or self.handing > 1:
            return
        fn_node = _argument(node, hand.fn, hand.fn_kw)
        if fn_node is None:
            return
        fn = self.expr(fn_node)
        sink = fn.qn in _SINKS
        bound = id(fn) in self.bound_calls  # a partial: its call has its arguments
        local = _self_method(fn_node, self.class_stack, self.class_defs) or (
            fn.qn is not None
            and (fn.qn in self.summaries or fn.qn in self.fn_events or fn.qn.startswith("<lambda"))
        )
        if not (sink or bound or local):
            return  # an unknown callable stays unknown
        calls = self.handed_calls(node, fn_node, hand)
        if local and not bound:
            # A local function handed on without arguments is followed already.
            calls = [c for c in calls if c.args or c.keywords]
        self.handing += 1
        try:
            for call in calls[:_MAX_ITEMS]:
                self.call(call)
        finally:
            self.handing -= 1

    def handed_calls(self, node: ast.Call, fn_node: ast.expr, hand: _Hand) -> list[ast.Call]:
        """The calls of `fn_node` that a runner's call `node` makes."""
        if hand.each:
            iterables = [a for a in node.args[hand.fn + 1 :] if not isinstance(a, ast.Starred)]
            if not iterables:
                return []
            if hand.each == "starmap":
                return [
                    _synthetic(node, fn_node, self.items(row), [])
                    for row in self.items(iterables[0])
                ]
            columns = [self.items(it) for it in iterables]
            return [_synthetic(node, fn_node, list(row), []) for row in zip(*columns, strict=False)]
        args: list[ast.expr] = []
        keywords: list[ast.keyword] = []
        if hand.rest is not None:
            args = list(node.args[hand.rest :])
            keywords = [k for k in node.keywords if k.arg != hand.fn_kw]
        packed = _argument(node, hand.args, hand.args_kw)
        if packed is not None:
            args = [*args, *self.items(packed)]
        named = _argument(node, hand.kwargs, hand.kwargs_kw)
        if isinstance(named, ast.Dict) and all(
            isinstance(k, ast.Constant) and isinstance(k.value, str) for k in named.keys
        ):
            keywords += [
                ast.keyword(arg=k.value, value=v)  # type: ignore[union-attr]
                for k, v in zip(named.keys, named.values, strict=True)
            ]
        elif named is not None:
            keywords.append(ast.keyword(arg=None, value=named))
        return [_synthetic(node, fn_node, args, keywords)]

    def items(self, node: ast.expr) -> list[ast.expr]:
        """Expressions for the items of a sequence: its elements when written out or
        folded, else one `seq[0]` that carries what the sequence carries."""
        if isinstance(node, (ast.Tuple, ast.List, ast.Set)) and not any(
            isinstance(e, ast.Starred) for e in node.elts
        ):
            return list(node.elts[:_MAX_ITEMS])
        v = self.expr(node)
        count = len(v.s) if isinstance(v.s, tuple) else 1
        return [
            ast.Subscript(value=node, slice=ast.Constant(value=i), ctx=ast.Load())
            for i in range(min(count, _MAX_ITEMS))
        ]

    def instance_call(
        self,
        node: ast.Call,
        qn: str | None,
        method: str,
        args: list[Val],
        kwargs: dict[str | None, Val],
    ) -> None:
        """`obj.m(...)` for an instance of a class of this file (`K().m()`, `k = K()`, `self`
        in K's methods for start()): its method m is judged as called here; the start() of
        a thread or process class runs its run()."""
        func = node.func
        cls: str | None = None
        if qn is not None and qn.startswith("<new:"):
            cls = qn[len("<new:") : qn.index(">")]
        elif (
            method == "start"
            and isinstance(func, ast.Attribute)
            and isinstance(func.value, ast.Name)
            and func.value.id == "self"
            and self.class_stack
            and self.run_owner(self.class_stack[-1]) is not None
        ):
            cls = self.class_stack[-1]
        if cls is None:
            return
        if method == "start" and not args and self.run_owner(cls) is not None:
            method = "run"
        owner = self.defining(cls, method)
        events = self.method_events.get((owner, method)) if owner is not None else None
        # Methods are summarised by name: only when the last one seen is this class's.
        if events is not None and self.fn_events.get(method) is events:
            self.call_local(node, method, [EMPTY, *args], kwargs)

    def run_owner(self, cls: str) -> str | None:
        """The class of this file whose run() a start() of a `cls` instance runs, when `cls`
        is a thread or process class (by its bases, here or above)."""
        line = self.lineage(cls)
        if not any(b in _STARTED_BASES for c in line for b in self.classes[c][0]):
            return None
        return self.defining(cls, "run")

    def defining(self, cls: str, method: str) -> str | None:
        """The class of this file, `cls` or a base of it, that defines `method`."""
        return next((c for c in self.lineage(cls) if method in self.class_defs.get(c, ())), None)

    def lineage(self, cls: str) -> list[str]:
        """`cls` and its bases defined in this file, nearest first (each once)."""
        out: list[str] = []
        todo = [cls]
        while todo and len(out) < 64:
            c = todo.pop(0)
            if c in out or c not in self.classes:
                continue
            out.append(c)
            todo.extend(self.classes[c][0])
        return out

    def bound_call(self, node: ast.Call, fv: Val) -> Val | None:
        """The call of a bound call `fv` (functools.partial(f, *a), operator.methodcaller(name,
        *a)) that `node` makes: f(*a, *args) or obj.name(*a), judged as that call; for an
        operator.attrgetter(name), `obj.name` as a value; None when `fv` is neither."""
        getter = self.attr_getters.get(id(fv))
        if getter is not None and getter[0] is fv and node.args:
            if isinstance(node.args[0], ast.Starred):
                return None
            obj = self.expr(node.args[0])
            return Val(None, obj.labels, f"{obj.qn}.{getter[1]}") if obj.qn else None
        entry = self.bound_calls.get(id(fv))
        if entry is None or entry[0] is not fv or self.handing > 2:
            return None
        _, func, args, keywords = entry
        if isinstance(func, str):
            if not node.args:
                return None
            bound = ast.Attribute(value=node.args[0], attr=func, ctx=ast.Load())
            call = _synthetic(node, bound, args, keywords)
        else:
            call = _synthetic(node, func, [*args, *node.args], [*keywords, *node.keywords])
        self.handing += 1
        try:
            return self.call(call)
        finally:
            self.handing -= 1

    def bind_call(
        self,
        node: ast.Call,
        func: ast.expr | str,
        args: list[ast.expr],
        keywords: list[ast.keyword],
        labels: frozenset[Label],
    ) -> Val:
        """The value of a call bound for later (a partial; a methodcaller when `func` is a
        method name). A sink bound with arguments is also judged as it would be in a lambda
        (`lambda: os.system(cmd)`): code that runs when called, not here."""
        out = Val(None, labels)
        self.bound_calls[id(out)] = (out, func, args, keywords)
        if (
            isinstance(func, ast.expr)
            and (args or keywords)
            and self.expr(func).qn in _SINKS
            and self.handing <= 2
        ):
            outer = self.scope
            self.scope = _child(outer)
            self.fn_depth += 1
            self.handing += 1
            try:
                self.call(_synthetic(node, func, args, keywords))
            finally:
                self.handing -= 1
                self.fn_depth -= 1
                self.scope = outer
        return out

    def callable_of(
        self,
        node: ast.Call,
        qn: str | None,
        recv: Val | None,
        args: list[Val],
        labels: frozenset[Label],
    ) -> Val | None:
        """The callable that a call hands back: a module from sys.modules, a table's
        entry, a staticmethod's function, a call bound for later (partial, methodcaller),
        an attribute getter; and an instance of a class of this file (`instance_call`)."""
        if qn is not None and qn in self.classes:
            return Val(None, labels, f"<new:{qn}>")
        first = args[0] if args else None
        if first is None or isinstance(node.args[0], ast.Starred):
            return None
        if qn == "sys.modules.get" and isinstance(first.s, str):
            return Val(None, first.labels, first.s)
        if qn == "staticmethod" and len(args) == 1 and first.qn is not None:
            return first
        if qn == "functools.partial":
            return self.bind_call(node, node.args[0], node.args[1:], node.keywords, labels)
        if qn == "operator.methodcaller" and isinstance(first.s, str) and first.s.isidentifier():
            return self.bind_call(node, first.s, node.args[1:], node.keywords, labels)
        if (
            qn == "operator.attrgetter"
            and len(args) == 1
            and isinstance(first.s, str)
            and all(p.isidentifier() for p in first.s.split("."))
        ):
            out = Val(None, labels)
            self.attr_getters[id(out)] = (out, first.s)
            return out
        if (
            recv is not None
            and isinstance(node.func, ast.Attribute)
            and node.func.attr == "get"
            and isinstance(first.s, str)
        ):
            return self.table_entry(recv, first)
        return None

    def table_entry(self, base: Val, key: Val) -> Val | None:
        """`base[key]`: a module of sys.modules, or a function of a table written out."""
        if not isinstance(key.s, str):
            return None
        if base.qn == "sys.modules":
            return Val(None, key.labels, key.s)
        table = self.call_tables.get(id(base))
        if table is None or table[0] is not base or key.s not in table[1]:
            return None
        return Val(None, base.labels | key.labels, table[1][key.s])

    def callable_table(self, keys: list[Val], vals: list[Val], labels: frozenset[Label]) -> Val:
        """The value of a dict written out; one mapping constant keys to sinks is
        remembered as a table of functions."""
        out = Val(None, labels) if labels else EMPTY
        entries = {
            k.s: v.qn
            for k, v in zip(keys, vals, strict=True)
            if isinstance(k.s, str) and v.qn is not None and self.names_callable(v.qn)
        }
        if entries:
            out = Val(None, labels)
            self.call_tables[id(out)] = (out, entries)
        return out

    def class_attribute(self, owner: ast.expr, base: Val, attr: str) -> Val | None:
        """`K.attr`, for a class K of this file whose body binds attr to a sink
        (`run = staticmethod(os.system)`); `self.attr` in K's methods, when K's code keeps
        a sink, a bound call (partial) or a function of this file in it."""
        if isinstance(owner, ast.Name) and owner.id == "self" and self.class_stack:
            kept = self.attrs.get((self.class_stack[-1], attr))
            if kept is None:
                return None
            local = kept.qn is not None and (kept.qn in self.fn_events or kept.qn in self.summaries)
            kept_call = id(kept) in self.bound_calls or id(kept) in self.attr_getters
            return kept if local or kept_call or self.names_callable(kept.qn) else None
        if not isinstance(owner, ast.Name) or base.qn != owner.id or owner.id not in self.classes:
            return None
        held = self.attrs.get((owner.id, attr))
        return held if held is not None and self.names_callable(held.qn) else None

    def names_callable(self, qn: str | None) -> bool:
        """Whether `qn` names a sink."""
        return qn in _SINKS


def positional(node: ast.Call, qn: str | None) -> ast.Call | None:
    """`node` with the leading arguments of sink `qn` that it gives by keyword moved to
    their positions, when it gives any that way; else None."""
    names = _PARAMETERS.get(qn) if qn is not None else None
    if names is None or not node.keywords or any(isinstance(a, ast.Starred) for a in node.args):
        return None
    given = {k.arg: k for k in node.keywords if k.arg is not None}
    moved: list[ast.keyword] = []
    for name in names[len(node.args) :]:
        if name not in given:
            break
        moved.append(given[name])
    if not moved:
        return None
    call = ast.Call(
        func=node.func,
        args=[*node.args, *(k.value for k in moved)],
        keywords=[k for k in node.keywords if all(k is not m for m in moved)],
    )
    return ast.copy_location(call, node)


def _argument(node: ast.Call, pos: int | None, kw: str | None) -> ast.expr | None:
    """The argument of `node` at position `pos` or keyword `kw`, if written out."""
    if kw is not None:
        for k in node.keywords:
            if k.arg == kw:
                return k.value
    if pos is None or pos >= len(node.args):
        return None
    if any(isinstance(a, ast.Starred) for a in node.args[: pos + 1]):
        return None
    return node.args[pos]


def _self_method(
    fn_node: ast.expr, class_stack: list[str], class_defs: dict[str, set[str]]
) -> bool:
    """Whether `fn_node` is `self.m` for a method m of the class being analysed."""
    return (
        bool(class_stack)
        and isinstance(fn_node, ast.Attribute)
        and isinstance(fn_node.value, ast.Name)
        and fn_node.value.id == "self"
        and fn_node.attr in class_defs.get(class_stack[-1], ())
    )


def _synthetic(
    node: ast.Call, func: ast.expr, args: list[ast.expr], keywords: list[ast.keyword]
) -> ast.Call:
    """A call of `func` at the place of `node` (findings land on its line)."""
    call = ast.Call(func=func, args=args, keywords=keywords)
    ast.copy_location(call, node)
    return ast.fix_missing_locations(call)
