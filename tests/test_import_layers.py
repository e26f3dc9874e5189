"""The import graph of src/pipwarden: layers flow one way, and there is no cycle.

cli -> report -> vet -> checks -> engines -> findings: a module imports only
from its own layer or the layers below it. Neither modules nor the packages
directly under pipwarden (audit, checks, scan, report, ...) import in a cycle. Every import counts, including
those inside functions and under ``if TYPE_CHECKING:`` (a lazy import is
still a dependency).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pipwarden

SRC = Path(pipwarden.__file__).parent

#: Layers from the top. A module belongs to the first layer one of whose
#: prefixes names it (a prefix covers the module and everything under it);
#: modules that no prefix names are engines.
LAYERS: list[tuple[str, tuple[str, ...]]] = [
    ("cli", ("pipwarden.cli", "pipwarden.__main__")),
    ("report", ("pipwarden.report",)),  # output formats
    # the pipeline and what runs it: install, the firewall index
    ("vet", ("pipwarden.vet", "pipwarden.install", "pipwarden.catalogue", "pipwarden.serve")),
    ("checks", ("pipwarden.checks",)),
    ("engines", ()),
    (
        "findings",
        (
            "pipwarden.findings",
            "pipwarden.rules",
            "pipwarden.verdict",
            "pipwarden.errors",
            "pipwarden.limits",
            "pipwarden.paths",
            "pipwarden.redact",
        ),
    ),
]
RANK = {name: len(LAYERS) - i for i, (name, _) in enumerate(LAYERS)}


def _module(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _graph() -> dict[str, set[str]]:
    """module -> the pipwarden modules it imports (``from pkg import submodule``
    imports the submodule; ``from pkg import name`` imports the package)."""
    files = {_module(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for module, path in files.items():
        found: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found |= {a.name for a in node.names}
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    package = module.split(".")
                    if path.name != "__init__.py":
                        package = package[:-1]
                    package = package[: len(package) - node.level + 1]
                    base = ".".join([*package, *([node.module] if node.module else [])])
                subs = {f"{base}.{a.name}" for a in node.names} & files.keys()
                found |= subs
                if len(subs) < len(node.names):
                    found.add(base)
        graph[module] = {m for m in found if m in files and m != module}
    return graph


def layer(module: str) -> str:
    """The layer of a module of pipwarden."""
    if module == "pipwarden":  # the package itself holds only __version__
        return "findings"
    for name, prefixes in LAYERS:
        if any(module == p or module.startswith(p + ".") for p in prefixes):
            return name
    return "engines"


def _cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle of `graph`, or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt) :], nxt]
            if nxt not in state:
                found = visit(nxt)
                if found:
                    return found
        path.pop()
        state[node] = 2
        return None

    for node in sorted(graph):
        if node not in state:
            found = visit(node)
            if found:
                return found
    return None


def test_the_graph_is_read() -> None:
    graph = _graph()
    assert "pipwarden.checks.code" in graph["pipwarden.checks"]  # a lazy import counts
    assert "pipwarden.scan.patterns" in graph["pipwarden.scan.engine.expressions"]
    assert "pipwarden.vet" in graph["pipwarden.report.vetting"]
    assert layer("pipwarden.cli.scan") == "cli" and layer("pipwarden.scan.engine") == "engines"


def test_imports_flow_down_the_layers() -> None:
    upward = [
        f"{a} ({layer(a)}) imports {b} ({layer(b)})"
        for a, targets in sorted(_graph().items())
        for b in sorted(targets)
        if RANK[layer(b)] > RANK[layer(a)]
    ]
    assert not upward, "\n".join(upward)


def test_no_import_cycles() -> None:
    assert _cycle(_graph()) is None, " -> ".join(_cycle(_graph()) or [])


def test_no_cycles_between_packages() -> None:
    """audit -> vet -> checks -> audit was one: the audit fetched through the pipeline."""

    def unit(module: str) -> str:
        return ".".join(module.split(".")[:2])

    packages: dict[str, set[str]] = {}
    for a, targets in _graph().items():
        packages.setdefault(unit(a), set()).update(unit(b) for b in targets if unit(b) != unit(a))
    for targets in list(packages.values()):
        for b in targets:
            packages.setdefault(b, set())
    assert {"pipwarden.audit", "pipwarden.checks", "pipwarden.report"} <= packages.keys()
    assert _cycle(packages) is None, " -> ".join(_cycle(packages) or [])


def test_cycle_finder_finds_cycles() -> None:
    assert _cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}}) == ["a", "b", "c", "a"]
    assert _cycle({"a": {"b"}, "b": set()}) is None
