"""Static analysis of package code: archives, folders and installed distributions.

`scan_target(path)` reads a target safely (see `archive`), runs the engine
over every member and returns a `TargetResult` with a verdict (`verdict`,
defined with its table in `pipwarden.verdict`).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Protocol

from pipwarden.findings import Finding, Severity
from pipwarden.scan import model as scan_model
from pipwarden.scan import placeholder, reach, requires, shadow
from pipwarden.scan.archive import DEFAULT_LIMITS, Contents, Limits, open_installed, open_target
from pipwarden.scan.budget import BudgetExceeded
from pipwarden.scan.context import Context, contextualise
from pipwarden.scan.engine import (
    Facts,
    FileContext,
    analyse_member,
    entry_point_groups,
    is_root_setup,
)
from pipwarden.scan.facts import Event, Fact, Label, Observation
from pipwarden.scan.features import Collector, Features
from pipwarden.scan.loaded import MAX_NESTED, run_loaded
from pipwarden.scan.members import budget_issue
from pipwarden.scan.nested import nested_kind
from pipwarden.scan.rules import CLAIMS, claims
from pipwarden.verdict import Level
from pipwarden.verdict import level as verdict

__all__ = [
    "Memo",
    "StatedName",
    "TargetResult",
    "memo_key",
    "scan_contents",
    "scan_installed",
    "scan_target",
    "verdict",
]


class Memo(Protocol):
    """Per-file results kept across targets (`pipwarden.checkcache.FileMemo`)."""

    def get(self, key: str) -> tuple[list[Finding], Facts] | None:
        """The findings and facts of the file with this `memo_key`, or None."""

    def put(self, key: str, findings: list[Finding], facts: Mapping[str, Iterable[Any]]) -> None:
        """Remember a file's findings and facts."""


#: Files whose analysis is remembered: Python sources, where the time goes.
_MEMO_SUFFIXES = (".py", ".pyw")


def memo_key(ctx: FileContext, data: bytes) -> str:
    """What decides a file's analysis: its bytes and every compared field of its
    context (all but the clock, whatever fields the context gains)."""
    digest = hashlib.sha256(data)
    for item in fields(ctx):
        if item.compare:
            value = _canonical(getattr(ctx, item.name))
            digest.update(b"\0" + item.name.encode() + b"=" + repr(value).encode())
    return digest.hexdigest()


def _canonical(value: object) -> object:
    """`value` with its sets in a fixed order, for a stable repr."""
    if isinstance(value, (set, frozenset)):
        return ("set", sorted((_canonical(v) for v in value), key=repr))
    if isinstance(value, (tuple, list)):
        return tuple(_canonical(v) for v in value)
    return value


def _analyse_file(
    ctx: FileContext, data: bytes, facts: Facts | None, memo: Memo | None
) -> list[Finding]:
    """analyse_member, through the memo for Python sources."""
    if memo is None or not ctx.name.lower().endswith(_MEMO_SUFFIXES):
        return analyse_member(ctx, data, facts)
    key = memo_key(ctx, data)
    hit = memo.get(key)
    if hit is not None:
        found, noted = hit
        if facts is not None:
            facts.update(noted)
        return found
    noted = {} if facts is None else facts
    found = analyse_member(ctx, data, noted)
    memo.put(key, found, noted)
    return found


@dataclass(frozen=True)
class StatedName:
    """The project name an archive's core metadata states, where (member, line), and
    the version it states."""

    name: str
    file: str
    line: int
    version: str | None = None


_NAME_FIELD = re.compile(rb"^Name:[ \t]*(\S[^\r\n]*?)[ \t]*\r?$", re.MULTILINE | re.IGNORECASE)
_VERSION_FIELD = re.compile(rb"^Version:[ \t]*(\S{1,100})[ \t]*$", re.MULTILINE | re.IGNORECASE)


def core_metadata(kind: str, member: str) -> bool:
    """Whether `member` is the archive's core metadata: an sdist's top-level PKG-INFO
    or a wheel's ``*.dist-info/METADATA`` (also in an archive named like an sdist: a
    wheel's layout published as a .tar.gz or .zip states its metadata the same way)."""
    parts = member.split("/")
    if len(parts) != 2:
        return False
    dist_info = parts[1] == "METADATA" and parts[0].endswith(".dist-info")
    if kind == "wheel":
        return dist_info
    return kind in ("sdist", "zip") and (parts[1] == "PKG-INFO" or dist_info)


def stated_name(kind: str, member: str, data: bytes) -> StatedName | None:
    """The Name field of `member` when it is the archive's core metadata: an sdist's
    top-level PKG-INFO or a wheel's ``*.dist-info/METADATA``; None otherwise."""
    if not core_metadata(kind, member):
        return None
    head = placeholder.metadata_header(data)
    m = _NAME_FIELD.search(head)
    if m is None:
        return None
    line = head.count(b"\n", 0, m.start()) + 1
    v = _VERSION_FIELD.search(head)
    version = v.group(1).decode("utf-8", "replace") if v else None
    return StatedName(m.group(1).decode("utf-8", "replace"), member, line, version)


@dataclass(frozen=True)
class TargetResult:
    """The outcome of scanning one target: verdict, findings (file = path inside it), error."""

    target: str
    verdict: Level  # "clean" | "suspicious" | "malicious": `pipwarden.verdict`
    findings: list[Finding] = field(default_factory=list)
    error: str | None = None
    #: Files analysed (members read).
    files: int = 0
    #: The facts the model judged (`pipwarden.scan.features`), and its probability.
    features: Features = field(default_factory=dict, compare=False)
    probability: float | None = None
    #: The project name a wheel's or sdist's core metadata states (`stated_name`).
    name: StatedName | None = None


def scan_contents(
    contents: Contents, memo: Memo | None = None, *, model: bool = True
) -> TargetResult:
    """Analyse every member of opened `contents`.

    Two facts need more than one file. Modules at the root of a source tree that
    setup.py imports run at install time, so root-level modules are analysed last,
    once setup.py's imports are known: their module level, and what the names
    setup.py (or another of them) uses of them reach (`engine.install_reach`). A native
    extension in a pure wheel that the package imports unconditionally is a
    binary that runs on import, not a stray file.

    Every copy of a duplicated member is analysed. The target's clock is checked
    between members and inside the engine; when it runs out, the rest is left
    unanalysed and the finding of `Fact.OUT_OF_BUDGET` (high: it blocks) says so.

    The scanner's model (`pipwarden.scan.model`) then judges the facts gathered on
    the way and the findings of a wheel or sdist, and adds its own finding at its
    threshold (not with `model` False, which only gathers the facts, for training it).
    """
    findings: list[Finding] = []
    tally = _Tally()
    collector = Collector(contents.kind, contents.clock)
    contents = replace(contents, members=collector.watch(contents.members))
    try:
        _scan_members(contents, findings, tally, memo)
    except BudgetExceeded as exc:
        close = getattr(contents.members, "close", None)
        if close is not None:
            close()
        said = {r.id for r in CLAIMS[Fact.OUT_OF_BUDGET]}
        if not any(f.rule in said for f in contents.issues):
            findings.extend(budget_issue(exc))  # unless the reader ran out first and said so
    findings = contextualise(
        [*contents.issues, *findings],
        contents.kind,
        tally.install,
        tally.outside,
        tally.loaded,
    )
    facts = collector.features(
        findings, tally.install, tally.events, tally.outside, tally.install_events
    )
    probability = None
    if model and contents.kind in scan_model.MODELLED_KINDS:
        probability, judged = scan_model.assess(facts, findings)
        if judged is not None:
            findings.append(judged)
    return TargetResult(
        contents.target,
        verdict(findings),
        findings,
        None,
        tally.files,
        facts,
        probability,
        tally.name,
    )


@dataclass
class _Tally:
    """Members read so far (kept when the scan is cut short)."""

    files: int = 0
    #: Files that run at install time (setup.py's helpers, in-tree backends).
    install: set[str] = field(default_factory=set)
    #: The engine's events of each analysed file.
    events: dict[str, set[Event]] = field(default_factory=dict)
    #: Install-time files of which only a part runs at install (modules setup.py imports):
    #: the line spans of their functions that do not.
    outside: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    #: The events of the install-time part of those files.
    install_events: dict[str, set[Event]] = field(default_factory=dict)
    #: The name the archive's core metadata states (the first such member read).
    name: StatedName | None = None
    #: Members of other names that the target's code runs as Python -> the context of
    #: the code that runs them (install-time ones are in `install`).
    loaded: dict[str, Context] = field(default_factory=dict)


def _scan_members(
    contents: Contents, out: list[Finding], tally: _Tally, memo: Memo | None = None
) -> None:
    """Analyse the members into `out`, counting them in `tally`."""
    clock = contents.clock
    findings: list[Finding] = []
    source_tree = contents.kind in ("sdist", "zip", "folder")
    kept: dict[str, bytes] = {}  # small Python sources, for the cross-module pass
    others: dict[str, bytes | None] = {}  # members of other names, that code may run
    archives: dict[str, bytes] = {}  # archives inside the target (`nested`)
    own: dict[str, list[Finding]] = {}  # findings of the kept copy of each source
    kept_bytes = 0
    other_bytes = 0
    calls: dict[str, set[str]] = {}  # module path -> its functions other modules call on import
    args_in: dict[str, set[_ArgIn]] = {}  # module path -> what those calls pass
    cross = _Cross()
    tally.events = cross.events  # for the model's features
    tally.outside = cross.outside
    tally.install_events = cross.install_events
    startup: set[str] = set()  # modules a .pth file imports at every interpreter start
    deferred: list[tuple[str, bytes]] = []
    helpers: set[str] = set()
    backends: set[str] = set()  # modules pyproject.toml's build runs (not setup.py's imports)
    uses: dict[str, set[str]] = {}  # module -> the names setup.py uses from it
    imported: set[str] = set()
    hooks: set[tuple[str, str]] = set()  # (module, function) other programs' runs call
    install_calls: set[tuple[str, str]] = set()  # (module, function) setup.py's commands call
    setup_top = ""
    tops: set[tuple[str, str]] = set()  # (top-level package, its member)
    holder = placeholder.Watch(contents.kind)  # does the target hold more than a name?
    declared = requires.Declared(contents.kind)  # the dependencies its metadata declares
    try:
        for member in contents.members:
            clock.check()
            tally.files += 1
            name = member.name
            depth = name.count("/") - (1 if contents.kind in ("sdist", "zip") else 0)
            if name.endswith(".pth"):
                startup |= reach.pth_modules(name, member.data)
            core = core_metadata(contents.kind, name)
            if tally.name is None and core:
                tally.name = stated_name(contents.kind, name, member.data)
            holder.add(name, member.data, metadata=core)
            declared.add(name, member.data, metadata=core)
            package = shadow.top_level(name, contents.kind, member.data)
            if package is not None:
                tops.add((package, name))
            if source_tree and depth == 0 and name.endswith("pyproject.toml"):
                doc = reach.toml_doc(member.data)
                backends |= reach.in_tree_backend(doc)
                hooks |= reach.hook_entry_points(reach.pyproject_entry_points(doc))
            if name.endswith("entry_points.txt"):
                text = member.data.decode("utf-8", "replace")
                hooks |= reach.hook_entry_points(entry_point_groups(text))
            if source_tree and name.endswith(".py") and depth <= 1:
                if is_root_setup(name, contents.kind):
                    helpers |= reach.imports("setup.py", member.data, nested=True)
                    uses = reach.setup_uses(member.data)
                    setup_top = name[: -len("setup.py")]
                    install_calls |= reach.install_calls(member.data)
                    install_calls |= {
                        (reach.LOADED, f"{b}:{f}") for b, f in reach.loaded_by_path(member.data)
                    }
                if depth == 0 or name.endswith("/__init__.py"):
                    deferred.append((name, member.data))
                    continue
            if contents.pure and name.endswith(".py"):
                imported |= reach.imports(name, member.data)
            ctx = FileContext(name, contents.kind, contents.pure, clock=clock)
            found = _analyse(ctx, member.data, calls, args_in, cross, memo)
            findings.extend(found)
            if name.endswith(".py") and len(member.data) <= _KEEP_FILE and kept_bytes < _KEEP_TOTAL:
                kept[name] = member.data
                own[name] = found
                kept_bytes += len(member.data)
            elif not name.endswith(_MEMO_SUFFIXES):
                # Held by reference (no copy), up to a total; past it, read again if run.
                keep = other_bytes + len(member.data) <= _KEEP_TOTAL
                others[name] = member.data if keep else None
                other_bytes += len(member.data) if keep else 0
            if nested_kind(name, member.data) and len(archives) < MAX_NESTED:
                archives[name] = member.data
        helpers |= backends
        roots = {h.split(".", 1)[0] for h in helpers}
        helper_files = tally.install
        loaded = {f.partition(":")[0] for m, f in install_calls if m == reach.LOADED}
        split = _SetupUses(contents.kind, uses, backends, loaded)
        # Helper modules deeper than the root (a backend in backend-path): analysed again below.
        nested = {h.replace(".", "/") for h in helpers if "." in h}
        for name in kept if nested else ():
            local = name.partition("/")[2] if contents.kind in ("sdist", "zip") else name
            if local[:-3] in nested or local.removesuffix("/__init__.py") in nested:
                helper_files.add(name)
                calls.setdefault(name, set())

        def root_helper(name: str) -> bool:
            """Whether the root module at `name` is one setup.py imports."""
            module = split.module_of(name)
            return module != "setup" and module in roots

        for name, data in [*deferred, *((n, kept[n]) for n in sorted(helper_files))]:
            # What the modules setup.py imports use of each other runs at install too.
            if name in helper_files or root_helper(name):
                split.add(name, data)
        for name, data in deferred:
            clock.check()
            helper = root_helper(name)
            ctx = FileContext(
                name,
                contents.kind,
                contents.pure,
                setup_helper=helper,
                setup_uses=split.of(name) if helper else None,
                clock=clock,
            )
            found = _analyse(ctx, data, calls, args_in, cross, memo)
            findings.extend(found)
            kept[name] = data
            own[name] = found
            if helper:
                helper_files.add(name)
        followed: dict[FileContext, tuple[list[Finding], Facts]] = {}
        install_entry = _install_closure(
            contents, kept, setup_top, install_calls, calls, helper_files, followed, split
        )
        for module, func in hooks:
            # Hooks in entry-point groups that tools load on their own (every setuptools
            # build, every pytest run) run like code called on import.
            base = module.replace(".", "/")
            files_of = (f"{base}.py", f"{base}/__init__.py")
            under = (f"/{base}.py", f"/{base}/__init__.py")  # below an sdist's top folder
            for path in kept:
                if path in files_of or path.endswith(under):
                    calls.setdefault(path, set()).add(func)
        for name in sorted(calls.keys() | startup | install_entry.keys()):
            # A sibling module's functions called when the package is imported run on import;
            # a module a .pth file imports runs at every interpreter start.
            source = kept.get(name)
            if source is None:
                continue
            clock.check()
            ctx = FileContext(
                name,
                contents.kind,
                contents.pure,
                entry=frozenset(calls.get(name, set()) | install_entry.get(name, set())),
                setup_helper=name in helper_files,
                setup_uses=split.of(name) if name in helper_files else None,
                startup=name in startup,
                install_entry=name in install_entry,
                args_in=frozenset(args_in.get(name, ())),
                clock=clock,
            )
            # The first analysis of this copy is replaced (other copies of a duplicated
            # member keep theirs).
            drop = {id(f) for f in own.get(name, ())}
            done = followed.pop(ctx, None)  # the install closure's last step analysed it so
            if done is None:
                noted: Facts = {}
                again = _analyse_file(ctx, source, noted, memo)
            else:
                again, noted = done
                if memo is not None and name.lower().endswith(_MEMO_SUFFIXES):
                    memo.put(memo_key(ctx, source), again, noted)
            cross.note_install(ctx, noted)
            cross.note_loaded(name, noted)
            findings = [f for f in findings if id(f) not in drop] + again
            own[name] = again
        ran = run_loaded(contents, others, archives, cross.loaded, tally.install, kept)
        for name, again in ran.sources.items():
            drop = {id(f) for f in own.get(name, ())}
            findings = [f for f in findings if id(f) not in drop] + again
            own[name] = again
        findings.extend(ran.findings)
        tally.install |= ran.install
        tally.loaded.update(ran.contexts)
        findings.extend(cross.findings())
        findings.extend(shadow.findings(tops, tally.name.name if tally.name else None))
        findings.extend(holder.findings(findings))
        findings.extend(declared.findings())
        if imported:
            findings = [_imported_native(f, imported) for f in findings]
    finally:
        out.extend(findings)


def _install_closure(
    contents: Contents,
    kept: Mapping[str, bytes],
    top: str,
    install_calls: set[tuple[str, str]],
    calls: Mapping[str, set[str]],
    helper_files: set[str],
    analysed: dict[FileContext, tuple[list[Finding], Facts]],
    split: _SetupUses,
) -> dict[str, set[str]]:
    """File -> its functions that setup.py's install command classes run, directly or
    through the sibling modules those functions import and call (a few steps).

    Each followed file is analysed in its install context to learn what it calls next;
    that analysis (findings, facts) is left in `analysed` by context, for the target's
    last pass to take instead of analysing the file again in the same context."""
    out: dict[str, set[str]] = {}
    for module, func in install_calls:
        if module == reach.SCRIPT:
            for path in kept:
                if path.startswith(top) and path.rsplit("/", 1)[-1] == func:
                    out.setdefault(path, set()).update(reach.main_calls(kept[path]))
            continue
        if module == reach.LOADED:
            base, _, called = func.partition(":")
            for path in kept:
                if path.startswith(top) and path.rsplit("/", 1)[-1] == base:
                    helper_files.add(path)  # its module level runs when setup.py loads it
                    out.setdefault(path, set()).update({called} if called else ())
            continue
        for path in reach.module_files(kept, top, module):
            out.setdefault(path, set()).add(func)
    out = {path: funcs for path, funcs in out.items() if funcs}
    frontier = sorted(out)
    for _ in range(_INSTALL_STEPS):
        if not frontier:
            break
        found: set[str] = set()
        for path in frontier:
            # Analysed again whenever its functions run at install grow: what it calls next
            # depends on which functions run (the first pass, before setup.py was read,
            # knew none). The last of these analyses is the target's (`analysed`).
            contents.clock.check()
            facts: Facts = {}
            ctx = FileContext(
                path,
                contents.kind,
                contents.pure,
                entry=frozenset(calls.get(path, set()) | out[path]),
                setup_helper=path in helper_files,
                setup_uses=split.of(path) if path in helper_files else None,
                install_entry=True,
                clock=contents.clock,
            )
            analysed[ctx] = (_analyse_file(ctx, kept[path], facts, None), facts)
            for level, module, func in facts.get("imported_calls", ()):
                for candidate in _sibling(path, level, module):
                    if candidate in kept and func not in out.get(candidate, set()):
                        out.setdefault(candidate, set()).add(func)
                        found.add(candidate)
        frontier = sorted(found)
    return out


@dataclass(frozen=True)
class _SetupUses:
    """Which names setup.py uses from each module of a source tree it imports."""

    kind: str
    #: Dotted module -> the names setup.py (or a module it imports) uses from it.
    uses: dict[str, set[str]]
    #: Modules that pyproject.toml's build runs (an in-tree backend, a build hook).
    backends: set[str]
    #: File names of the scripts setup.py loads by their path.
    loaded: set[str]

    def module_of(self, path: str) -> str:
        """The dotted module of the file at `path` (`pkg/util.py` -> `pkg.util`)."""
        local = path.split("/", 1)[1] if self.kind in ("sdist", "zip") and "/" in path else path
        return local.removesuffix("/__init__.py").removesuffix(".py").replace("/", ".")

    def add(self, path: str, data: bytes) -> None:
        """Add the names the module at `path` (one setup.py imports) uses of others."""
        module = self.module_of(path)
        package = module if path.endswith("/__init__.py") else module.rpartition(".")[0]
        for used, names in reach.setup_uses(data, package).items():
            self.uses.setdefault(used, set()).update(names)

    def of(self, path: str) -> frozenset[str] | None:
        """`FileContext.setup_uses` of the module at `path`: the names setup.py uses from
        it, or None when all of it is taken to run at install (a build backend or hook, a
        script loaded by path, a module setup.py uses in ways its names cannot tell)."""
        module = self.module_of(path)
        if path.rsplit("/", 1)[-1] in self.loaded:
            return None
        if any(b == module or b.startswith(module + ".") for b in self.backends):
            return None
        names = self.uses.get(module, set())
        return None if reach.ANY in names else frozenset(names)


#: Steps followed from an install command class into the package's own modules.
_INSTALL_STEPS = 4

_KEEP_FILE = 512 * 1024
_KEEP_TOTAL = 32 * 1024 * 1024


def _analyse(
    ctx: FileContext,
    data: bytes,
    calls: dict[str, set[str]],
    args_in: dict[str, set[_ArgIn]],
    cross: _Cross,
    memo: Memo | None = None,
) -> list[Finding]:
    """analyse_member, noting which sibling modules' functions run at import time, and
    what they are given."""
    facts: Facts = {}
    found = _analyse_file(ctx, data, facts, memo)
    cross.events[ctx.name] = {Event(value) for value in facts.get("events", ())}
    cross.note_install(ctx, facts)
    cross.note_loaded(ctx.name, facts)
    wallet_calls = facts.get("wallet_calls")
    if wallet_calls:
        cross.wallet_users[ctx.name] = {
            path for level, module, _ in wallet_calls for path in _sibling(ctx.name, level, module)
        }
    for level, module, func in facts.get("imported_calls", ()):
        for candidate in _sibling(ctx.name, level, module):
            calls.setdefault(candidate, set()).add(func)
    for level, module, func, index, labels, on_import in facts.get("imported_args", ()):
        for candidate in _sibling(ctx.name, level, module):
            entry = calls.setdefault(candidate, set())  # analysed again, with the arguments
            if on_import:
                entry.add(func)
            args_in.setdefault(candidate, set()).add(
                (func, index, frozenset(Label(value) for value in labels))
            )
    return found


_ArgIn = tuple[str, int, frozenset[Label]]


#: Reading and writing the clipboard: with wallet addresses, a swapper.
_CLIPBOARD_SWAP = frozenset({Event.CLIP_READ, Event.CLIP_WRITE})


@dataclass
class _Cross:
    """Per-file facts for combinations across modules."""

    events: dict[str, set[Event]] = field(default_factory=dict)
    #: file -> sibling modules it calls, for files that name wallet addresses
    wallet_users: dict[str, set[str]] = field(default_factory=dict)
    #: `_Tally.outside` and `_Tally.install_events`, as the last analysis of each file said.
    outside: dict[str, frozenset[tuple[int, int]]] = field(default_factory=dict)
    install_events: dict[str, set[Event]] = field(default_factory=dict)
    #: file -> the files it runs as Python code (`Facts` "loaded", as its last analysis said).
    loaded: dict[str, set[tuple[str, bool, str]]] = field(default_factory=dict)

    def note_loaded(self, name: str, facts: Facts) -> None:
        """The files the last analysis of `name` said it runs as code."""
        found = facts.get("loaded")
        if found:
            self.loaded[name] = {(str(p), bool(partial), str(w)) for p, partial, w in found}
        else:
            self.loaded.pop(name, None)

    def note_install(self, ctx: FileContext, facts: Facts) -> None:
        """What the analysis of a module setup.py imports said runs at install in it."""
        if ctx.setup_helper and ctx.setup_uses is not None:
            self.outside[ctx.name] = frozenset(facts.get("runtime_spans", ()))
            self.install_events[ctx.name] = {
                Event(value) for value in facts.get("install_events", ())
            }
        else:
            self.outside.pop(ctx.name, None)
            self.install_events.pop(ctx.name, None)

    def findings(self) -> list[Finding]:
        """A module swapping wallet addresses through a sibling's clipboard functions."""
        out: list[Finding] = []
        for name, used in sorted(self.wallet_users.items()):
            events = set(self.events.get(name, ()))
            for path in used:
                events |= self.events.get(path, set())
            own = self.events.get(name, set())
            if events >= _CLIPBOARD_SWAP and not own >= _CLIPBOARD_SWAP:
                out.extend(
                    Finding(
                        "code",
                        r.id,
                        severity,
                        "reads and rewrites the clipboard (through a sibling module) around "
                        "wallet addresses",
                        file=name,
                        remediation=r.fix,
                    )
                    for r, severity in claims(Observation(Fact.CLIPBOARD_SWAP_ACROSS_MODULES))
                )
        return out


def _sibling(name: str, level: int, module: str) -> tuple[str, ...]:
    """Paths the module of `from <level dots><module> import f` in file `name` may have."""
    parts = name.split("/")[:-1]
    if level > 1:
        parts = parts[: len(parts) - (level - 1)]
    if module:  # from .mod import f; f()  or  from . import mod; mod.f()
        base = "/".join([*parts, *module.split(".")])
        return (f"{base}.py", f"{base}/__init__.py")
    # from . import f; f(): f lives in the package's __init__.py
    return ("/".join([*parts, "__init__.py"]),)


def _imported_native(f: Finding, imported: set[str]) -> Finding:
    """A native binary in a pure wheel that module-level code imports: it runs on import,
    at the severity its rule gives a native library loaded on import."""
    if f.file is None or f.severity >= Severity.HIGH:
        return f
    for r in CLAIMS[Fact.NATIVE_IN_PURE_WHEEL]:
        if r.id == f.rule and reach.module_of(f.file) in imported:
            severity = r.judge(Observation(Fact.NATIVE_IN_PURE_WHEEL, on_load=True))
            if severity is None or severity <= f.severity:
                return f
            return replace(
                f,
                severity=severity,
                message=f"{f.message}, imported by the package's module-level code",
            )
    return f


def scan_target(
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    only: list[str] | None = None,
    memo: Memo | None = None,
    model: bool = True,
) -> TargetResult:
    """Scan an archive file, a folder or a single file.

    Raises PipwardenError when `path` does not exist. `only` restricts a folder
    to the given relative paths. `memo` keeps each Python file's analysis by its
    content and context, for any target that holds the same file.
    """
    return scan_contents(open_target(Path(path), limits, only=only), memo, model=model)


def scan_installed(
    name: str, limits: Limits = DEFAULT_LIMITS, folders: list[str] | None = None
) -> TargetResult:
    """Scan the files of an installed distribution (of this interpreter, or in `folders`)."""
    return scan_contents(open_installed(name, limits, folders))
