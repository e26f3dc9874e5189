"""What makes a package's code run, read from its files without running them: the
modules a file imports, what setup.py's install command classes call (functions of the
package, scripts run by name, scripts loaded by their path), the modules .pth files
import, an in-tree build backend and the entry points tools call unasked (setuptools,
pytest). Pure functions over bytes; `pipwarden.scan` follows them across a target.
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Mapping

from pipwarden.limits import loads_toml
from pipwarden.scan.patterns import INSTALL_COMMANDS

_IMPORT_RE = re.compile(
    rb"^(?:from[ \t]+(\.*[\w.]*)[ \t]+import[ \t]+\(?([\w, \t*]+)|import[ \t]+([\w., \t]+))",
    re.MULTILINE,
)
_NESTED_IMPORT_RE = re.compile(_IMPORT_RE.pattern.replace(b"^", b"^[ \t]*"), re.MULTILINE)
_DYNAMIC_IMPORT_RE = re.compile(rb"(?:__import__|import_module)\(\s*['\"]([\w.]+)")


def imports(name: str, data: bytes, *, nested: bool = False) -> set[str]:
    """Dotted modules a Python file imports (column-0 statements unless `nested`).

    Relative imports are resolved against `name` (its path inside the target).
    """
    pattern = _NESTED_IMPORT_RE if nested else _IMPORT_RE
    package = name.rsplit("/", 1)[0].replace("/", ".") if "/" in name else ""
    if not name.endswith("__init__.py") and "/" not in name:
        package = ""
    out: set[str] = set()
    for m in pattern.finditer(data):
        mod, names, plain = m.group(1), m.group(2), m.group(3)
        if plain is not None:
            for part in plain.decode("latin-1").split(","):
                word = part.strip().split(" ")[0]
                if word:
                    out.add(word)
            continue
        text = mod.decode("latin-1")
        dots = len(text) - len(text.lstrip("."))
        base = text[dots:]
        if dots:
            parts = package.split(".") if package else []
            parts = parts[: len(parts) - (dots - 1)] if dots > 1 else parts
            base = ".".join(p for p in (*parts, base) if p)
        out.add(base)
        for item in names.decode("latin-1").replace("(", "").split(","):
            word = item.strip().split(" ")[0]
            if word and word != "*":
                out.add(f"{base}.{word}" if base else word)
    if nested:
        out.update(m.group(1).decode("latin-1") for m in _DYNAMIC_IMPORT_RE.finditer(data))
    return out


def install_calls(data: bytes) -> set[tuple[str, str]]:
    """(module, function) that setup.py's install command classes call, imported in the
    class or in setup.py: `from pkg import hook; hook()`, `from pkg import mod; mod.hook()`."""
    if b"command" not in data:  # the classes come from setuptools.command.* or distutils.command.*
        return set()
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return set()
    out: set[tuple[str, str]] = set()
    everywhere = _bound_names(tree)
    for cls in ast.walk(tree):
        if not isinstance(cls, ast.ClassDef):
            continue
        bases = {
            (b.id if isinstance(b, ast.Name) else b.attr if isinstance(b, ast.Attribute) else "")
            for b in cls.bases
        }
        if not {b.lstrip("_") for b in bases} & INSTALL_COMMANDS:
            continue
        names = {**everywhere, **_bound_names(cls)}
        if any(isinstance(n, ast.Attribute) and n.attr == "executable" for n in ast.walk(cls)):
            # [sys.executable, os.path.join(here, "pkg", "post_install.py")]: a script of
            # the sdist run by its file name (found by that name, wherever it sits).
            for n in ast.walk(cls):
                if isinstance(n, ast.Constant) and isinstance(n.value, str):
                    base = n.value.replace("\\", "/").rsplit("/", 1)[-1]
                    if base.endswith(".py") and base[:-3].isidentifier() and base != "setup.py":
                        out.add((SCRIPT, base))
        for n in ast.walk(cls):
            if not isinstance(n, ast.Call):
                continue
            func = n.func
            if isinstance(func, ast.Name) and func.id in names and names[func.id][1]:
                out.add(names[func.id])
            elif (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id in names
            ):
                module, attr = names[func.value.id]
                out.add((f"{module}.{attr}" if attr else module, func.attr))
    return out


#: Calls that load a module from a file path, and calls that make the module object.
_PATH_LOADERS = frozenset(
    {"spec_from_file_location", "SourceFileLoader", "load_source", "run_path"}
)
_MODULE_MAKERS = frozenset({"module_from_spec", "load_source", "load_module"})


def loaded_by_path(data: bytes) -> set[tuple[str, str]]:
    """(file name, function) of the sibling scripts setup.py loads by their path
    (importlib's spec_from_file_location + exec_module, SourceFileLoader, imp.load_source,
    runpy.run_path) and the functions it then calls on them; the function is "" for the
    loading itself (the script's module level runs then)."""
    if not any(w.encode() in data for w in _PATH_LOADERS):
        return set()
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return set()
    assigned: dict[str, list[ast.expr]] = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.Assign):
            for t in n.targets:
                if isinstance(t, ast.Name):
                    assigned.setdefault(t.id, []).append(n.value)
    files: set[str] = set()
    modules: set[str] = set()
    for n in ast.walk(tree):
        if not isinstance(n, ast.Call):
            continue
        name = last_name(n.func)
        if name in _PATH_LOADERS:
            parts: list[ast.AST] = [*n.args, *(k.value for k in n.keywords)]
            parts += [v for a in n.args if isinstance(a, ast.Name) for v in assigned.get(a.id, [])]
            for part in parts:
                for c in ast.walk(part):
                    if isinstance(c, ast.Constant) and isinstance(c.value, str):
                        base = c.value.replace("\\", "/").rsplit("/", 1)[-1]
                        if base.endswith(".py") and base[:-3].isidentifier() and base != "setup.py":
                            files.add(base)
    if not files:
        return set()
    for var, values in assigned.items():
        if any(isinstance(v, ast.Call) and last_name(v.func) in _MODULE_MAKERS for v in values):
            modules.add(var)
    funcs = {
        n.func.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and isinstance(n.func, ast.Attribute)
        and isinstance(n.func.value, ast.Name)
        and n.func.value.id in modules
    }
    return {(base, func) for base in files for func in (*funcs, "")}


def last_name(node: ast.expr) -> str:
    """`pkg.install` -> "install", `install` -> "install"; "" for other expressions."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def main_guard(test: ast.expr) -> bool:
    """Whether an `if` test holds only when `__name__ == "__main__"` (either way round,
    alone or in an `and`): its block runs when the file is run as a program, not when it
    is imported. Any other test of `__name__` (`!=`, `== "pkg"`) guards code that runs on
    import."""
    if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.And):
        return any(main_guard(v) for v in test.values)
    if not (isinstance(test, ast.Compare) and len(test.ops) == 1):
        return False
    if not isinstance(test.ops[0], ast.Eq):
        return False
    sides = (test.left, test.comparators[0])
    return any(isinstance(s, ast.Name) and s.id == "__name__" for s in sides) and any(
        isinstance(s, ast.Constant) and s.value == "__main__" for s in sides
    )


def _bound_names(tree: ast.AST) -> dict[str, tuple[str, str]]:
    """Name -> (module, attribute or "") of the absolute imports anywhere in `tree`."""
    names: dict[str, tuple[str, str]] = {}
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and not n.level and n.module:
            for a in n.names:
                names[a.asname or a.name] = (n.module, a.name)
        elif isinstance(n, ast.Import):
            for a in n.names:
                bound = a.name if a.asname else a.name.split(".", 1)[0]
                names[a.asname or bound] = (bound, "")
    return names


def module_files(kept: Iterable[str], top: str, module: str) -> list[str]:
    """Files of the target that hold `module` (beside setup.py at `top`, or under src/)."""
    base = module.replace(".", "/")
    wanted = {
        f"{top}{root}{base}{tail}" for root in ("", "src/") for tail in (".py", "/__init__.py")
    }
    return [path for path in kept if path in wanted]


def pth_modules(name: str, data: bytes) -> set[str]:
    """Paths of the modules a .pth file's import lines load (beside the .pth)."""
    head = name.rsplit("/", 1)[0] + "/" if "/" in name else ""
    out: set[str] = set()
    for line in data.decode("utf-8", "replace").splitlines():
        if not line.startswith(("import ", "import\t")):
            continue
        for part in line[7:].split(";")[0].split(","):
            module = part.strip().split(" ")[0]
            if module and all(p.isidentifier() for p in module.split(".")):
                base = head + module.replace(".", "/")
                out |= {f"{base}.py", f"{base}/__init__.py"}
    return out


def toml_doc(data: bytes) -> dict[str, object]:
    """A TOML document, empty when it does not parse."""
    try:
        doc: dict[str, object] = loads_toml(data.decode("utf-8", "replace"))
    except ValueError:  # not TOML, or nested too deeply to follow
        return {}
    return doc


def in_tree_backend(doc: dict[str, object]) -> set[str]:
    """Modules of the project that its build runs: an in-tree PEP 517 backend
    (build-backend with backend-path), Hatch build and metadata hooks, PDM's build
    script, setuptools command classes named in pyproject.toml."""
    out: set[str] = set()
    build = doc.get("build-system")
    if isinstance(build, dict):
        backend = build.get("build-backend")
        if "backend-path" in build and isinstance(backend, str):
            module = backend.split(":", 1)[0]
            out.add(module)
            paths = build.get("backend-path")
            for folder in paths if isinstance(paths, list) else []:
                if isinstance(folder, str) and folder.strip("./"):
                    # backend-path = ["_build"]: the module is _build/<module>.py
                    out.add(f"{folder.strip('./').replace('/', '.')}.{module}")
        if isinstance(backend, str) and backend.startswith("pdm.backend"):
            out.add("pdm_build")  # pdm-backend runs pdm_build.py when it exists
    tool = doc.get("tool")
    if not isinstance(tool, dict):
        return out
    hatch = tool.get("hatch")
    if isinstance(hatch, dict):
        tables = [hatch.get("metadata", {}), hatch.get("build", {})]
        targets = (
            hatch.get("build", {}).get("targets", {})
            if isinstance(hatch.get("build"), dict)
            else {}
        )
        if isinstance(targets, dict):
            tables.extend(t for t in targets.values() if isinstance(t, dict))
        for table in tables:
            hooks = table.get("hooks", {}) if isinstance(table, dict) else {}
            custom = hooks.get("custom") if isinstance(hooks, dict) else None
            if isinstance(custom, dict):
                path = custom.get("path", "hatch_build.py")
                if isinstance(path, str) and path.endswith(".py"):
                    out.add(path[:-3].replace("/", "."))
    setuptools = tool.get("setuptools")
    cmdclass = setuptools.get("cmdclass") if isinstance(setuptools, dict) else None
    if isinstance(cmdclass, dict):
        out |= {v.rsplit(".", 1)[0] for v in cmdclass.values() if isinstance(v, str) and "." in v}
    return out


#: Entry-point groups whose functions tools call without being asked: setuptools in every
#: build on the machine, pytest in every run.
_HOOK_GROUPS = frozenset(
    {
        "setuptools.finalize_distribution_options",
        "distutils.setup_keywords",
        "egg_info.writers",
        "setuptools.file_finders",
        "pytest11",
    }
)


def pyproject_entry_points(doc: dict[str, object]) -> dict[str, list[tuple[str, str]]]:
    """[project.entry-points] of a pyproject.toml, shaped like entry_point_groups()."""
    project = doc.get("project")
    groups = project.get("entry-points") if isinstance(project, dict) else None
    if not isinstance(groups, dict):
        return {}
    return {
        group: [(k, v) for k, v in table.items() if isinstance(v, str)]
        for group, table in groups.items()
        if isinstance(table, dict)
    }


def hook_entry_points(groups: dict[str, list[tuple[str, str]]]) -> set[tuple[str, str]]:
    """(module, function) of the entry points in _HOOK_GROUPS."""
    out: set[tuple[str, str]] = set()
    for group in _HOOK_GROUPS & groups.keys():
        for _, value in groups[group]:
            module, _, attr = value.split("[", 1)[0].strip().partition(":")
            attr = attr.strip()
            if module and attr.isidentifier():
                out.add((module.strip(), attr))
    return out


def module_of(path: str) -> str:
    """`pkg/_speedups.cpython-311-x86_64-linux-gnu.so` -> `pkg._speedups`."""
    head, _, base = path.rpartition("/")
    stem = base.split(".", 1)[0]
    return ".".join(p for p in (*head.split("/"), stem) if p)


def main_calls(data: bytes) -> set[str]:
    """Functions a script's `if __name__ == "__main__":` block calls by name."""
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError):
        return set()
    out: set[str] = set()
    for stmt in tree.body:
        if isinstance(stmt, ast.If) and main_guard(stmt.test):
            out.update(
                n.func.id
                for n in ast.walk(stmt)
                if isinstance(n, ast.Call) and isinstance(n.func, ast.Name)
            )
    return out


#: The module of `install_calls` that names a script setup.py runs by its file name.
SCRIPT = "<script>"
#: The module of `install_calls` for a script setup.py loads by its path ("file:function").
LOADED = "<loaded>"


#: The name of `setup_uses` for a module whose use setup.py hides (a star import the
#: names cannot be matched to, the module object handed on or searched by name).
ANY = "*"
#: Attributes of a module object that reach any of its names.
_BY_NAME_ATTRS = frozenset({"__dict__", "__getattribute__", "__getattr__"})


def setup_uses(data: bytes, package: str = "") -> dict[str, set[str]]:
    """Module -> the names setup.py uses from it (calls, hands to setup(), reads), for the
    imports anywhere in setup.py (relative ones too, in a module of `package`): `from pkg.util import run; run()` gives
    {"pkg.util": {"run"}}, `import pkg; pkg.hooks.Post` {"pkg": {"hooks"}, "pkg.hooks":
    {"Post"}}. `ANY` stands for names that cannot be told: a star import, the module object
    used otherwise than by an attribute (`getattr(pkg, name)`), a module loaded by a
    computed name. Empty when setup.py does not parse."""
    try:
        tree = ast.parse(data)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    out: dict[str, set[str]] = {}
    #: Local name -> dotted name (a module, or a module's attribute `pkg.util.run`).
    bound: dict[str, str] = {}
    star: list[str] = []
    for n in ast.walk(tree):
        if isinstance(n, ast.ImportFrom) and (n.module or n.level):
            parts = package.split(".") if package else []
            if n.level > 1:
                parts = parts[: len(parts) - (n.level - 1)]
            module = ".".join([*parts, n.module] if n.module else parts) if n.level else n.module
            if not module:
                continue
            for a in n.names:
                if a.name == "*":
                    star.append(module)
                else:
                    bound[a.asname or a.name] = f"{module}.{a.name}"
                    out.setdefault(module, set()).add(a.name)
        elif isinstance(n, ast.Import):
            for a in n.names:
                bound[a.asname or a.name.split(".", 1)[0]] = (
                    a.name if a.asname else a.name.split(".", 1)[0]
                )
        elif isinstance(n, ast.Call) and last_name(n.func) in ("__import__", "import_module"):
            first = n.args[0] if n.args else None
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                out.setdefault(first.value, set()).add(ANY)  # the module object, unfollowed
    loads = {n.id for n in ast.walk(tree) if isinstance(n, ast.Name)}
    for module in star:
        out.setdefault(module, set()).update(loads - bound.keys())
    parents = _parents(tree)
    for n in ast.walk(tree):
        if not (isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in bound):
            continue
        dotted = bound[n.id]
        node: ast.AST = n
        parent = parents.get(id(node))
        # pkg.util.run: each attribute names one more level (pkg -> util -> run).
        while isinstance(parent, ast.Attribute) and parent.value is node:
            module = dotted
            if parent.attr in _BY_NAME_ATTRS:
                out.setdefault(module, set()).add(ANY)
            out.setdefault(module, set()).add(parent.attr)
            dotted = f"{dotted}.{parent.attr}"
            node, parent = parent, parents.get(id(parent))
        if node is n:
            # The bound name itself is used: a module handed on (getattr(pkg, name)) may
            # have any name of it looked up; a function or class is used as itself.
            head, _, last = dotted.rpartition(".")
            if head:
                out.setdefault(head, set()).add(last)
            out.setdefault(dotted, set()).add(ANY)
    return out


def _parents(tree: ast.AST) -> dict[int, ast.AST]:
    """id(node) -> its parent node."""
    return {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}


#: Loaders of Python source from a file or archive: qualified name -> index of the path
#: argument.
SOURCE_ARG = {
    "runpy.run_path": 0,
    "execfile": 0,
    "imp.load_source": 1,
    "importlib.machinery.SourceFileLoader": 1,
    "importlib.util.spec_from_file_location": 1,
    "zipimport.zipimporter": 0,
}

#: Calls and methods that give a file's text: open(p).read(), Path(p).read_text().
_READERS = frozenset({"read", "read_text", "read_bytes"})
_OPENERS = frozenset({"open", "io.open", "codecs.open", "Path", "pathlib.Path", "PurePath"})


def read_call_path(
    code: ast.expr,
    handles: Mapping[str, ast.expr] | None = None,
    texts: Mapping[str, ast.expr] | None = None,
) -> ast.expr | None:
    """The path expression of the file whose text `code` is: `open(p).read()`,
    `Path(p).read_text()`, `p.read_text()`, `f.read()` of a handle `f` opened on p
    (`handles`: handle name -> path), a name `texts` says holds such a read, each perhaps
    inside `compile(..., ...)`."""
    if isinstance(code, ast.Call) and _dotted(code.func) == "compile" and code.args:
        code = code.args[0]
    if isinstance(code, ast.Name) and texts:
        return texts.get(code.id)
    if not (
        isinstance(code, ast.Call)
        and isinstance(code.func, ast.Attribute)
        and code.func.attr in _READERS
    ):
        return None
    obj = code.func.value
    if isinstance(obj, ast.Call) and _dotted(obj.func) in _OPENERS:
        return opened_path(obj)
    if isinstance(obj, ast.Name) and handles and obj.id in handles:
        return handles[obj.id]
    if code.func.attr != "read":  # a Path value: Path(__file__).parent / "x"
        return obj
    return None


def opened_path(call: ast.Call) -> ast.expr | None:
    """The path `open(p)` (io.open, codecs.open, Path) opens for reading, else None."""
    if _dotted(call.func) not in _OPENERS or not call.args:
        return None
    mode = call.args[1] if len(call.args) > 1 else None
    mode = next((k.value for k in call.keywords if k.arg == "mode"), mode)
    if (
        isinstance(mode, ast.Constant)
        and isinstance(mode.value, str)
        and any(c in mode.value for c in "wax+")
    ):
        return None
    first = call.args[0]
    return None if isinstance(first, ast.Starred) else first


def _dotted(node: ast.expr) -> str:
    """`io.open` -> "io.open", `open` -> "open", "" for other expressions."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        head = _dotted(node.value)
        return f"{head}.{node.attr}" if head else ""
    return ""
