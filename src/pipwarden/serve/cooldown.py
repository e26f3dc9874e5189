"""The cooldown of the firewall index: young releases are left out, security fixes pass.

A release uploaded less than ``cooldown-days`` ago is not served, unless it
is a young fix (`pipwarden.youngfix`, the notion `check` and `install` use
too): a known advisory (the local OSV database) names it as fixed and affects
the newest release outside the cooldown; holding it back would keep clients
on the vulnerable version.
"""

from __future__ import annotations

import datetime as dt
import time
from collections.abc import Sequence

from packaging.utils import canonicalize_name

from pipwarden.audit.osv import Advisory, AdvisoryDB
from pipwarden.errors import PipwardenError
from pipwarden.index import IndexFile
from pipwarden.serve.upstream import MEMORY_ENTRIES
from pipwarden.youngfix import cooldown_ends, fixes, settled

__all__ = ["Advisories", "cooldown_ends", "fixed_advisory"]

#: Seconds a project's advisories, once read, are reused.
ADVISORIES_MAX_AGE = 60


class Advisories:
    """The projects' advisories in the local OSV database, each read at most once a minute."""

    def __init__(self) -> None:
        self._read: dict[str, tuple[float, list[Advisory]]] = {}

    def of(self, project: str) -> list[Advisory]:
        """The project's advisories (none when the database cannot be read)."""
        hit = self._read.get(project)
        if hit is not None and time.monotonic() - hit[0] < ADVISORIES_MAX_AGE:
            return hit[1]
        try:
            with AdvisoryDB() as db:
                found = db.advisories([project]).get(canonicalize_name(project), [])
        except PipwardenError:
            found = []  # an unreadable database: no fix is known, the cooldown holds
        if len(self._read) >= MEMORY_ENTRIES:
            self._read.clear()
        self._read[project] = (time.monotonic(), found)
        return found


def fixed_advisory(
    f: IndexFile,
    files: Sequence[IndexFile],
    advisories: Sequence[Advisory],
    days: int,
    now: dt.datetime,
) -> Advisory | None:
    """An advisory that `f`'s release fixes for the newest release outside the cooldown."""
    version = f.version
    if version is None or not advisories:
        return None
    current = settled(files, now - dt.timedelta(days=days), below=version)
    if current is None:
        return None
    found = fixes(advisories, str(current), version)
    return found[0] if found else None
