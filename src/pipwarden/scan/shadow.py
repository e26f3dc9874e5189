"""Packages an artifact installs under another popular project's name (module shadowing).

An artifact that ships a top-level ``requests/`` package while it is not requests
puts its own code where every ``import requests`` finds it, and overwrites the real
project's files when both are installed. Forks and rebuilds do this under a name
that says so (``tensorflow-cpu`` ships ``tensorflow/``, ``aws-psycopg2`` ships
``psycopg2/``); a project named otherwise has no reason to.

A popular project's import name often differs from its name (beautifulsoup4 ships
``bs4/``, pyyaml ``yaml/``): those names are read from the shipped
``import-names.json`` (written by ``scripts/import_names.py`` from each project's
latest wheel), and a fork named like the project (``pillow-simd`` ships ``PIL/``)
is one too.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from importlib import resources

from packaging.utils import canonicalize_name

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import observe

#: Only the most-downloaded projects count: their import names are the ones programs
#: import everywhere, and few other projects' names collide with them.
POPULAR_RANK = 300
#: A package __init__ that only extends a namespace (pkgutil or pkg_resources style).
_NAMESPACE = re.compile(rb"extend_path|declare_namespace")


@functools.cache
def popular() -> dict[str, int]:
    """Canonical name -> download rank of the projects ranked up to POPULAR_RANK, from
    the corpus shipped with pipwarden (so a scan's result does not depend on updates).
    PipwardenError when it cannot be read: the check fails closed, never off."""
    feed = resources.files("pipwarden.names") / "data" / "top-pypi-packages.json"
    try:
        rows = json.loads(feed.read_bytes())["rows"]
        return {
            canonicalize_name(str(r["project"])): int(r["rank"])
            for r in rows
            if isinstance(r, dict) and isinstance(r.get("rank"), int) and r["rank"] <= POPULAR_RANK
        }
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise PipwardenError(f"cannot read the shipped popular-names feed {feed}: {exc}") from None


@functools.cache
def import_names() -> dict[str, tuple[str, ...]]:
    """Normalized import name -> the popular projects (ranked up to POPULAR_RANK) whose
    latest wheel ships it at its top level, for names unlike their project's. Namespaces
    (``google/``, shared by many projects) are not among them. PipwardenError when the
    shipped table cannot be read, as for `popular`."""
    table = resources.files("pipwarden.names") / "data" / "import-names.json"
    ranks = popular()
    try:
        rows = json.loads(table.read_bytes())["import_names"]
        out: dict[str, tuple[str, ...]] = {}
        for name, projects in rows.items():
            owners = {canonicalize_name(str(p)) for p in projects}
            known = tuple(sorted(owners & ranks.keys(), key=ranks.__getitem__))
            if known:
                out[canonicalize_name(str(name))] = known
        return out
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise PipwardenError(f"cannot read the shipped import-names table {table}: {exc}") from None


def top_level(name: str, kind: str, data: bytes) -> str | None:
    """The top-level package (or, in a wheel, module) that member `name` makes
    importable, when it is the package's ``__init__.py`` (not a namespace's) or a
    wheel's top-level ``.py``; None otherwise."""
    parts = name.split("/")
    if kind in ("sdist", "zip"):
        parts = parts[1:]
        if len(parts) > 2 and parts[0] in ("src", "lib"):
            parts = parts[1:]
    elif kind != "wheel":
        return None
    if len(parts) == 2 and parts[1] == "__init__.py":
        return None if _NAMESPACE.search(data[:4096]) else parts[0]
    if kind == "wheel" and len(parts) == 1 and parts[0].endswith(".py"):
        return parts[0][:-3]
    return None


def findings(tops: Iterable[tuple[str, str]], project: str | None) -> list[Finding]:
    """A finding for each (package, member) in `tops` named like a popular project
    that the artifact, named `project`, is not and does not name itself after."""
    if not project:
        return []
    own = canonicalize_name(project)
    words = set(own.split("-"))
    ranks = popular()
    imports = import_names()
    out: list[Finding] = []
    for package, member in sorted(set(tops)):
        name = canonicalize_name(package)
        if name == own or set(name.split("-")) <= words:
            continue  # named after the package it ships
        rank = ranks.get(name)
        if rank is not None:
            message = (
                f"{project} installs a package named '{package}', like the popular project "
                f"{name} (download rank {rank}): importing {name} would run this artifact's code"
            )
        else:
            owners = imports.get(name, ())
            if not owners or any(set(p.split("-")) <= words for p in owners):
                continue  # not a popular import name, or the project (or a fork named like it)
            rank = ranks[owners[0]]
            message = (
                f"{project} installs a package named '{package}', the import name of the "
                f"popular project {owners[0]} (download rank {rank}): importing {package} "
                "would run this artifact's code"
            )
        out.extend(observe(Fact.PACKAGE_SHADOWED, message, member, evidence=member))
    return out
