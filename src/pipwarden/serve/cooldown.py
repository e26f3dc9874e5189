"""The cooldown of the firewall index: young releases are left out, security fixes pass.

A release uploaded less than ``cooldown-days`` ago is not served, unless it
is a young fix (`pipwarden.youngfix`, the notion `check` and `install` use
too): a known advisory (the local OSV database) names it as fixed and affects
the newest release outside the cooldown; holding it back would keep clients
on the vulnerable version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pipwarden.audit.osv import Advisory
from pipwarden.index import IndexFile
from pipwarden.youngfix import cooldown_ends, fixes, settled

__all__ = ["cooldown_ends", "fixed_advisory"]


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
