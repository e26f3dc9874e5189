"""Packages an artifact installs under another popular project's name (module shadowing).

An artifact that ships a top-level ``requests/`` package while it is not requests
puts its own code where every ``import requests`` finds it, and overwrites the real
project's files when both are installed. Forks and rebuilds do this under a name
that says so (``tensorflow-cpu`` ships ``tensorflow/``, ``aws-psycopg2`` ships
``psycopg2/``); a project named otherwise has no reason to.
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
    out: list[Finding] = []
    for package, member in sorted(set(tops)):
        name = canonicalize_name(package)
        rank = ranks.get(name)
        if rank is None or name == own or set(name.split("-")) <= words:
            continue
        out.extend(
            observe(
                Fact.PACKAGE_SHADOWED,
                f"{project} installs a package named '{package}', like the popular project "
                f"{name} (download rank {rank}): importing {name} would run this artifact's code",
                member,
                evidence=member,
            )
        )
    return out
