"""What of a module setup.py imports runs at install time.

Importing the module runs its module level: its statements, class bodies, decorators and
default values. setup.py then calls, or hands to setuptools, the names it uses from the
module (`pipwarden.scan.reach.setup_uses`), and setuptools runs the command classes it
holds. What all of that references runs too, transitively through the module's own
functions and classes. The rest of the module runs only when the package's user calls it.

The reach is conservative: any reference to a function counts as running it (handed to a
thread, registered at exit, stored in a table), a class handed on runs all its methods, a
class instantiated runs its special methods and every method whose name is read as an
attribute anywhere in the code that runs. Looking names up by a computed key in the
module's namespace (`globals()[name]`, `getattr(sys.modules[__name__], name)`) can reach
anything: then all of the module is taken to run.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipwarden.scan.engine.values import _COMMANDS
from pipwarden.scan.reach import last_name, main_guard

_FUNCS = (ast.FunctionDef, ast.AsyncFunctionDef)
#: Bases of setuptools' and distutils' commands: a subclass is there to be run by setup().
_COMMAND_BASES = _COMMANDS | {"Command"}
#: Calls whose result is the module's namespace, looked up by key.
_NAMESPACES = frozenset({"globals", "vars", "locals"})
#: Methods of a mapping that look a key up.
_LOOKUPS = frozenset({"get", "__getitem__", "pop", "setdefault"})
#: Calls that run code given as a string.
_CODE_RUNNERS = frozenset({"exec", "eval", "compile"})


@dataclass(frozen=True)
class InstallReach:
    """The module's functions (by name) and methods (class, name) that run at install."""

    functions: frozenset[str]
    methods: frozenset[tuple[str, str]]


@dataclass
class _Module:
    """The module's top-level functions and classes, and its module-level code."""

    functions: dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]] = field(default_factory=dict)
    methods: dict[str, dict[str, list[ast.FunctionDef | ast.AsyncFunctionDef]]] = field(
        default_factory=dict
    )
    bases: dict[str, set[str]] = field(default_factory=dict)
    metaclasses: dict[str, set[str]] = field(default_factory=dict)
    roots: list[ast.AST] = field(default_factory=list)
    #: Local name -> the name it was imported as (`install as _install`).
    aliases: dict[str, str] = field(default_factory=dict)
    #: (class or None, name) of the functions, methods and classes handed to a decorator.
    decorated: set[tuple[str | None, str]] = field(default_factory=set)

    def collect(
        self, stmts: Iterable[ast.AST], owner: str | None = None, nested: bool = False
    ) -> None:
        """Record the definitions of `stmts` (of a class `owner`'s body) and the code that
        runs when they run; `nested`: inside a class in a class (only its code is kept)."""
        for st in stmts:
            if isinstance(st, _FUNCS):
                self.roots.extend(st.decorator_list)
                self.roots.extend(d for d in (*st.args.defaults, *st.args.kw_defaults) if d)
                if nested:
                    continue
                if owner is None:
                    self.functions.setdefault(st.name, []).append(st)
                else:
                    self.methods[owner].setdefault(st.name, []).append(st)
                if not _inert(st.decorator_list):
                    self.decorated.add((owner, st.name))  # the decorator may run it
            elif isinstance(st, ast.ClassDef):
                self.roots.extend(st.decorator_list)
                self.roots.extend(k.value for k in st.keywords if k.arg != "metaclass")
                # A base named is no call; a computed one (with_metaclass(M, B)) runs.
                self.roots.extend(
                    b for b in st.bases if not isinstance(b, (ast.Name, ast.Attribute))
                )
                if owner is None and not nested:
                    self.methods.setdefault(st.name, {})
                    if not _inert(st.decorator_list):
                        self.decorated.add((None, st.name))
                    self.bases[st.name] = {last_name(b) for b in st.bases} - {""}
                    self.metaclasses[st.name] = {
                        last_name(k.value) for k in st.keywords if k.arg == "metaclass"
                    }
                    self.collect(st.body, st.name)
                else:
                    self.roots.extend(k.value for k in st.keywords if k.arg == "metaclass")
                    self.collect(st.body, owner, nested=True)
            elif isinstance(st, ast.If) and main_guard(st.test):
                self.collect(st.orelse, owner, nested)  # the module is imported, not run
            elif isinstance(st, (ast.stmt, ast.excepthandler, ast.match_case)):
                if isinstance(st, ast.ImportFrom) and not st.level:
                    for a in st.names:
                        if a.asname:
                            self.aliases[a.asname] = a.name
                for name in st._fields:
                    value = getattr(st, name, None)
                    for child in value if isinstance(value, list) else (value,):
                        if isinstance(child, (ast.stmt, ast.excepthandler, ast.match_case)):
                            self.collect((child,), owner, nested)
                        elif isinstance(child, ast.AST):
                            self.roots.append(child)

    def is_command(self, cls: str, seen: frozenset[str] = frozenset()) -> bool:
        """Whether class `cls` derives from a setuptools or distutils command."""
        for base in self.bases.get(cls, ()):
            real = self.aliases.get(base, base)
            if real.lstrip("_") in _COMMAND_BASES or base.lstrip("_") in _COMMAND_BASES:
                return True
            if base in self.bases and base not in seen and self.is_command(base, seen | {cls}):
                return True
        return False


def install_reach(tree: ast.Module, uses: Iterable[str]) -> InstallReach | None:
    """The functions and methods of `tree` that run at install when setup.py uses the
    names `uses` of it; None when the module looks its names up by a computed key (all
    of it may run)."""
    m = _Module()
    m.collect(tree.body)
    functions: set[str] = set()
    whole: set[str] = set()  # classes of which every method may run
    made: set[str] = set()  # classes instantiated: special methods and methods read
    attrs: set[str] = set()
    todo: list[ast.AST] = list(m.roots)
    methods: set[tuple[str, str]] = set()
    callees: set[int] = set()  # the Name nodes that are called (not handed on)

    def reach_name(name: str, called: bool) -> None:
        if name in m.functions and name not in functions:
            functions.add(name)
            todo.extend(m.functions[name])
        if name in m.methods:
            (made if called else whole).add(name)

    for name in uses:
        reach_name(name, called=False)
    for owner, name in sorted(m.decorated, key=str):
        if owner is None:
            reach_name(name, called=False)
        elif (owner, name) not in methods:
            methods.add((owner, name))
            todo.extend(m.methods[owner][name])
    for name in m.functions:
        if name.startswith("__") and name.endswith("__"):
            reach_name(name, called=False)  # a module's __getattr__ answers setup.py's reads
    for cls in m.methods:
        if m.is_command(cls):
            whole.add(cls)
        # Defining a class runs its metaclass and its bases' __init_subclass__.
        for other in m.bases[cls] | m.metaclasses[cls]:
            if other in m.methods:
                made.add(other)
    while True:
        while todo:
            node = todo.pop()
            for n in ast.walk(node):
                if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load):
                    if id(n) not in callees:
                        reach_name(n.id, called=False)
                elif isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load):
                    attrs.add(n.attr)
                elif isinstance(n, ast.Call):
                    if isinstance(n.func, ast.Name):
                        callees.add(id(n.func))  # ast.walk visits the call before its name
                        reach_name(n.func.id, called=True)
                    key = _looked_up(n)
                    if key is not None:
                        if not isinstance(key, str):
                            return None
                        reach_name(key, called=False)
                    code = _constant_code(n)
                    if code is not None:
                        todo.append(code)
                elif isinstance(n, ast.Subscript):
                    key = _subscripted(n)
                    if key is not None:
                        if not isinstance(key, str):
                            return None
                        reach_name(key, called=False)
        grown = False
        for cls in sorted(whole | made):
            for base in m.bases[cls]:
                if base in m.methods and base not in whole | made:
                    (whole if cls in whole else made).add(base)  # inherited methods
                    grown = True
            for name, defs in m.methods[cls].items():
                runs = (
                    cls in whole or name in attrs or (name.startswith("__") and name.endswith("__"))
                )
                if runs and (cls, name) not in methods:
                    methods.add((cls, name))
                    todo.extend(defs)
                    grown = True
        if not grown and not todo:
            return InstallReach(frozenset(functions), frozenset(methods))


#: Decorators that only wrap or describe what they decorate: they do not run it.
_INERT_DECORATORS = frozenset(
    {
        "property", "staticmethod", "classmethod", "abstractmethod", "cached_property",
        "lru_cache", "cache", "wraps", "contextmanager", "asynccontextmanager", "overload",
        "dataclass", "total_ordering", "setter", "getter", "deleter", "final", "override",
        "singledispatch", "deprecated",
    }
)  # fmt: skip


def _inert(decorators: list[ast.expr]) -> bool:
    """Whether every one of `decorators` is one that does not run what it decorates."""
    for d in decorators:
        target = d.func if isinstance(d, ast.Call) else d
        if last_name(target) not in _INERT_DECORATORS:
            return False
    return True


def _namespace(node: ast.expr) -> bool:
    """`globals()`, `vars()`, `locals()`, `sys.modules[...]`: the module's namespace (or
    a module object), looked up by key or attribute."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id in _NAMESPACES
    ):
        return True
    if isinstance(node, ast.Call) and last_name(node.func) in ("__import__", "import_module"):
        # The module itself, imported again by its own name.
        return any(isinstance(a, ast.Name) and a.id == "__name__" for a in node.args)
    return (
        isinstance(node, ast.Subscript)
        and isinstance(node.value, ast.Attribute)
        and node.value.attr == "modules"
    )


def _key(node: ast.expr | None) -> str | bool:
    """A constant string key, else True (computed)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return True


def _looked_up(call: ast.Call) -> str | bool | None:
    """The key a call looks up in the module's namespace (`globals().get(k)`,
    `getattr(sys.modules[__name__], k)`): a constant, True when computed, None for
    other calls."""
    func = call.func
    if isinstance(func, ast.Attribute) and func.attr in _LOOKUPS and _namespace(func.value):
        return _key(call.args[0] if call.args else None)
    if (
        isinstance(func, ast.Name)
        and func.id == "getattr"
        and len(call.args) >= 2
        and _namespace(call.args[0])
    ):
        return _key(call.args[1])
    return None


def _subscripted(node: ast.Subscript) -> str | bool | None:
    """The key of `globals()[k]` (a constant, or True), None for other subscripts."""
    if isinstance(node.value, ast.Call) and _namespace(node.value):
        return _key(node.slice)
    return None


def _constant_code(call: ast.Call) -> ast.Module | None:
    """The code of `exec("...")` with a constant string, parsed (None otherwise)."""
    func = call.func
    name = func.id if isinstance(func, ast.Name) else ""
    first = call.args[0] if call.args else None
    if name not in _CODE_RUNNERS or not isinstance(first, ast.Constant):
        return None
    if not isinstance(first.value, str) or len(first.value) > 100_000:
        return None
    try:
        return ast.parse(first.value)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
