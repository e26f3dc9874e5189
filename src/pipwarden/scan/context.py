"""Execution context of a finding's file, and the severity each context gives a rule.

The same code means different things where it sits. A paste-site URL in a
library's function is a note; the same URL in setup.py is contacted on every
install. A pickle in a project's test suite is a test; in its package it is
loaded by users. `file_context` names the context of a file inside a target
and `contextualise` applies the table below to the engine's findings:

| context | what runs it | effect |
|---|---|---|
| install | pip building an sdist: setup.py, modules it imports (but the functions of theirs setup.py does not reach), in-tree build backends | a rule declared `whole_file` with a severity at `Where.INSTALL` is raised to it |
| test, docs | a developer running the test suite (or CI scripts, `ci/`) or building the docs of a source tree | capped at low (archive structure is kept) |
| tooling | a maintainer running the project's own tools: `tools/`, `bench/`, `releng/`, `third_party/` and the like at the root of a source tree | capped at low (archive structure is kept) |
| package | import, start-up hooks, or a call at run time (decided by the engine) | unchanged |

Test, docs and tooling files are only recognised in source trees (sdists, zips,
folders) and never when install-time code imports them or runs them (their
context is then the loader's, `pipwarden.scan.loaded`).
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from pathlib import PurePosixPath

from pipwarden.findings import Finding, Severity
from pipwarden.rules import Where
from pipwarden.scan.rules import CATALOGUE, family


class Context(enum.Enum):
    """Where a file's code runs."""

    INSTALL = "install"
    TEST = "test"
    DOCS = "docs"
    TOOLING = "tooling"
    PACKAGE = "package"


#: Contexts whose code neither installs nor imports: a developer's, not the user's.
OFF_PACKAGE = frozenset({Context.TEST, Context.DOCS, Context.TOOLING})


#: Folder names of test suites (a folder named exactly so, not a package named foo_test).
_TEST_DIRS = re.compile(r"tests?|testing|unit_?tests?|integration_?tests?|functional_?tests?|ut")
#: Folder names of documentation, examples and benchmarks (at the root of the tree).
_DOCS_DIRS = frozenset({"docs", "doc", "documentation", "examples", "example", "benchmarks"})
#: Folder names of continuous-integration scripts (at the root of the tree): they run
#: on the project's CI machines, like its test suite (appveyor-bootstrap.py downloads
#: and runs a Python installer there; matplotlib's .circleci/fetch_doc_logs.py fetches
#: the URL of a CI log it downloaded). Nothing installs or imports them.
_CI_DIRS = frozenset({"ci", ".ci", ".circleci", ".github", ".gitlab"})
#: Folder names of a project's own tools (at the root of the tree): release and build
#: helpers, benchmarks, vendored sources' scripts. They run on a maintainer's machine
#: (blosc2's tools/ run a menu of benchmarks through subprocess, frida's releng/
#: downloads its toolchain and runs it, a nanobind CMake helper under third_party/
#: fetches and runs a symbol list). Nothing installs or imports them unless install-time
#: or package code runs them, which `pipwarden.scan.loaded` follows.
_TOOL_DIRS = frozenset(
    {"tools", "bench", "benchmark", "releng", "third_party", "build_tools", "devtools", "maint"}
)

#: Rules whose findings in install-time files count for more than elsewhere, with the
#: severity they declare there (`severity_in` at `Where.INSTALL`, for the whole file).
AT_INSTALL: dict[str, Severity] = {
    r.id: r.severity_at(Where.INSTALL)
    for r in CATALOGUE
    if r.whole_file and r.declares(Where.INSTALL)
}

#: Families kept whatever the file's context: the archive's structure, not code.
_KEPT_FAMILIES = frozenset({"archive"})


#: Install-time file -> the (first, last) lines of its functions that do not run at install.
Outside = Mapping[str, Iterable[tuple[int, int]]]


def file_context(
    path: str | None,
    kind: str,
    install: Iterable[str] = (),
    line: int | None = None,
    outside: Outside | None = None,
) -> Context:
    """The context of the file at `path` inside a target of `kind` (wheel, sdist, zip,
    folder, file, installed); `install` lists files that run at install time, `outside`
    the lines of theirs that do not (at `line`, the code is then package code)."""
    if path is None:
        return Context.PACKAGE
    if path in install:
        if line and outside and any(a <= line <= b for a, b in outside.get(path, ())):
            return Context.PACKAGE
        return Context.INSTALL
    parts = PurePosixPath(path).parts
    local = parts[1:] if kind in ("sdist", "zip") and len(parts) > 1 else parts
    if local == ("setup.py",):
        return Context.INSTALL
    if kind not in ("sdist", "zip", "folder"):
        return Context.PACKAGE
    folders = [p.lower() for p in local[:-1]]
    name = local[-1] if local else ""
    if any(_TEST_DIRS.fullmatch(f) for f in folders) or name == "conftest.py":
        return Context.TEST
    if folders and (name.startswith("test_") or name.endswith("_test.py")):
        return Context.TEST
    if folders and folders[0] in _CI_DIRS:
        return Context.TEST
    if folders and folders[0] in _DOCS_DIRS:  # docs/, examples/ at the project's root
        return Context.DOCS
    if folders and folders[0] in _TOOL_DIRS:
        return Context.TOOLING
    return Context.PACKAGE


def contextualise(
    findings: list[Finding],
    kind: str,
    install: Iterable[str] = (),
    outside: Outside | None = None,
    loaded: Mapping[str, Context] | None = None,
) -> list[Finding]:
    """The findings with the severity their file's execution context gives them
    (`install`, `outside`: as for `file_context`; `loaded`: members of other names that
    code of the target runs as Python, with the context of that code, whatever their
    own folder says)."""
    install = frozenset(install)
    out: list[Finding] = []
    for f in findings:
        ctx = file_context(f.file, kind, install, f.line, outside)
        if loaded and f.file is not None and f.file in loaded and ctx is not Context.INSTALL:
            ctx = loaded[f.file]
        if ctx is Context.INSTALL:
            raised = AT_INSTALL.get(f.rule)
            if raised is not None and f.severity < raised:
                f = replace(f, severity=raised, message=f"{f.message} (in install-time code)")
        elif (
            ctx in OFF_PACKAGE
            and family(f.rule) not in _KEPT_FAMILIES
            and f.severity > Severity.LOW
        ):
            f = replace(f, severity=Severity.LOW, message=f"{f.message} (in a {ctx.value} file)")
        out.append(f)
    return out
