"""Code a target keeps where nothing reads it as code: members of other names that its
own code runs as Python, and archives inside it.

A package can ship its payload as helper.txt and run it from __init__.py or setup.py
(exec of its text, runpy.run_path, a source file loader), or ship a zip of modules and
put it on sys.path. The engine notes each path such code folds to (`Facts` "loaded",
with the execution context of the code); `run_loaded` finds the member it names and
analyses it as Python in that context, and reads each archive inside the target
(`pipwarden.scan.nested`) for its Python sources: in the context of the code that puts
it on sys.path or zipimports it, else as code nothing imports (its own folder decides
whether it is a test's or docs' file). Their findings name the member (an archive's
module as ``archive!path``).
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.rules import Where
from pipwarden.scan.archive import open_target
from pipwarden.scan.context import OFF_PACKAGE, Context, file_context
from pipwarden.scan.engine import FileContext, analyse_python
from pipwarden.scan.members import Contents
from pipwarden.scan.nested import complete, nested_kind, python_members

#: Archives inside one target that are read (the first ones met).
MAX_NESTED = 200

#: Execution contexts of a loader's code, strongest first.
_LOAD_ORDER = (Where.INSTALL.value, Where.STARTUP.value, Where.IMPORT.value, Where.RUNTIME.value)

#: (path as folded, whether only partly known, execution context) of a loaded file.
Loaded = tuple[str, bool, str]


@dataclass
class Ran:
    """What `run_loaded` found."""

    findings: list[Finding] = field(default_factory=list)
    #: Members (and archives' modules) that run at install time.
    install: set[str] = field(default_factory=set)
    #: The others -> the context of the code that runs them, whatever their own folder.
    contexts: dict[str, Context] = field(default_factory=dict)
    #: Python sources analysed again in the context of the code that runs them by their
    #: path -> their findings, which replace those of their own analysis.
    sources: dict[str, list[Finding]] = field(default_factory=dict)


def run_loaded(
    contents: Contents,
    others: Mapping[str, bytes | None],
    archives: Mapping[str, bytes],
    loaded: Mapping[str, set[Loaded]],
    install: Iterable[str],
    sources: Mapping[str, bytes] | None = None,
) -> Ran:
    """Analyse the members of `others` (members that are not Python sources, by path: the
    bytes the target's reader gave, or None when they were not kept) that the files of
    `loaded` (file -> what it loads) run as Python, and the Python sources of `archives`
    (archive members, by path); `install`: the files that run at install time.

    The reader gives the first bytes of a data member only: one that code runs is read
    again, in full, from the target (once for all of them). A Python source of `sources`
    (path -> bytes) that install-time code runs by its path, or that code run on import
    runs though its own folder is a test suite's or the docs', is analysed again in that
    context (`Ran.sources`)."""
    ran = Ran()
    sources = sources or {}
    if not others and not archives and not loaded:
        return ran
    install = set(install)
    root = _root_folder(contents.kind, [*others, *archives, *sources])
    runs: dict[str, tuple[int, str]] = {}  # member -> (rank of its context, loader)
    for loader, paths in sorted(loaded.items()):
        folder = loader.rpartition("/")[0]
        for path, partial, where in paths:
            rank = _LOAD_ORDER.index(where) if where in _LOAD_ORDER else len(_LOAD_ORDER) - 1
            for member in _members_named(path, partial, folder, root, others, archives, sources):
                if member not in runs or rank < runs[member][0]:
                    runs[member] = (rank, loader)

    def analyse(name: str, data: bytes, where: str | None, loader: str | None) -> list[Finding]:
        ctx = FileContext(
            name,
            contents.kind,
            contents.pure,
            setup_helper=where == Where.INSTALL.value,
            startup=where == Where.STARTUP.value,
            loaded=where or Where.RUNTIME.value,  # nothing imports an archive's module
            clock=contents.clock,
        )
        found = analyse_python(ctx, data)
        if where == Where.INSTALL.value:
            ran.install.add(name)
        elif loader is not None:
            ran.contexts[name] = file_context(loader, contents.kind, install)
        return found

    held = {**others, **archives}
    cut = {m for m in runs if m not in sources and ((d := held.get(m)) is None or not complete(d))}
    again = _read_whole(contents, cut)
    for member, (rank, loader) in sorted(runs.items()):
        data = again.get(member, held.get(member))
        where = _LOAD_ORDER[rank]
        if member in sources:
            # Analysed on its own already; again where the loader's context is stronger.
            own = file_context(member, contents.kind, install)
            if (where == Where.INSTALL.value and member not in install) or (
                where in (Where.IMPORT.value, Where.STARTUP.value) and own in OFF_PACKAGE
            ):
                contents.clock.check()
                ran.sources[member] = analyse(member, sources[member], where, loader)
        elif member not in archives and data is not None and not nested_kind(member, data):
            contents.clock.check()
            ran.findings.extend(analyse(member, data, where, loader))
    for name in [*archives, *(m for m in again if m not in archives)]:
        contents.clock.check()
        rank, loader = runs.get(name, (-1, ""))
        whole = again.get(name)
        data = archives[name] if whole is None else whole
        for module in python_members(name, data, contents.clock, whole=whole is not None):
            contents.clock.check()
            if rank >= 0:
                found = analyse(module.name, module.data, _LOAD_ORDER[rank], loader)
            else:
                found = analyse(module.name, module.data, None, None)
            ran.findings.extend(found)
    return ran


def _read_whole(contents: Contents, names: set[str]) -> dict[str, bytes]:
    """The members `names` of the target read again, in full (with its clock): the ones
    read whole, by name."""
    if not names or contents.kind not in ("wheel", "sdist", "zip", "folder"):
        return {}
    path = Path(contents.target)
    try:
        again = open_target(
            path,
            only=sorted(names) if contents.kind == "folder" else None,
            whole=frozenset(names),
            clock=contents.clock,
        )
    except PipwardenError:
        return {}
    out: dict[str, bytes] = {}
    members = again.members
    try:
        for member in members:
            if member.name in names and member.complete:
                out[member.name] = member.data
                if len(out) == len(names):
                    break
    finally:
        close = getattr(members, "close", None)
        if close is not None:
            close()
    return out


def _root_folder(kind: str, members: Iterable[str]) -> str:
    """The folder an sdist's members sit in ("name-1.0/"), "" for other targets."""
    if kind not in ("sdist", "zip"):
        return ""
    for name in members:
        head, sep, _ = name.partition("/")
        return head + sep
    return ""


def _members_named(
    path: str,
    partial: bool,
    folder: str,
    root: str,
    *members: Mapping[str, bytes | None],
) -> list[str]:
    """The members a loader's folded `path` names (`partial`: its head is unknown, as a
    folder computed from __file__ is), relative to the loader's `folder` or to `root`."""
    text = path.replace("\\", "/")
    if partial:
        parts = text.split("/")
        known = [i for i, p in enumerate(parts) if p == "X"]
        if not known:
            return []
        text = "/".join(parts[known[-1] + 1 :])
    elif text.startswith("/"):
        return []
    if not text:
        return []
    found: list[str] = []
    for base in (f"{folder}/" if folder else "", root):
        candidate = posixpath.normpath(base + text)
        if candidate not in found and any(candidate in m for m in members):
            found.append(candidate)
    return found
