"""The cooldown of the firewall index: young releases are left out, security fixes pass.

A release uploaded less than ``cooldown-days`` ago is not served, unless it
fixes a known advisory (the local OSV database) that affects the newest
release outside the cooldown: holding a fix back would keep clients on the
vulnerable version.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from pipwarden.audit.osv import Advisory
from pipwarden.index import IndexFile


def cooldown_ends(f: IndexFile, days: int, now: dt.datetime) -> dt.datetime | None:
    """When the file leaves the cooldown, or None when it is not (or cannot be known to be) in it."""
    when = f.uploaded
    if not days or when is None:
        return None
    until = when + dt.timedelta(days=days)
    return until if until > now else None


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
    settled = [
        v
        for g in files
        if cooldown_ends(g, days, now) is None
        and (v := g.version) is not None
        and v < version
        and not v.is_prerelease
    ]
    if not settled:
        return None
    current = str(max(settled))
    for advisory in advisories:
        if advisory.affects(current) and not advisory.affects(str(version)):
            return advisory
    return None
