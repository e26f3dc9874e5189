"""A young release that fixes what the user has: the one exception to the cooldown.

One notion for `check`/`install` (`pipwarden.cooldown`) and the firewall index
(`pipwarden.serve.cooldown`). A release uploaded inside the cooldown passes it
only as a security fix: an advisory names it as fixed, affects the version the
user has, and does not affect it. The version the user has is the one
installed in the target when there is one; else the newest release outside the
cooldown (what the cooldown would otherwise give them). A release that fixes
nothing, or that an advisory names as the fix of a version the user does not
have, stays held back. Pure: no I/O.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

from packaging.version import InvalidVersion, Version

from pipwarden.wording import plural

if TYPE_CHECKING:
    from pipwarden.audit.osv import Advisory
    from pipwarden.index import IndexFile

#: Where the version the user has comes from (`Exemption.have_is`, JSON ``affected_is``).
INSTALLED = "installed"
OUTSIDE_COOLDOWN = "newest-outside-cooldown"


def parse(text: str | None) -> Version | None:
    """`text` as a version, or None when it is not one."""
    try:
        return Version(text) if text else None
    except InvalidVersion:
        return None


def age(delta: dt.timedelta) -> str:
    """``2 days``, ``5 hours``, ``12 minutes`` (whole units, rounded down)."""
    seconds = max(0, int(delta.total_seconds()))
    if seconds >= 86400:
        return plural(seconds // 86400, "day")
    if seconds >= 3600:
        return plural(seconds // 3600, "hour")
    return plural(max(1, seconds // 60), "minute")


def is_young(f: IndexFile, cutoff: dt.datetime) -> bool:
    """`f` was uploaded at or after `cutoff` (pip's ``--uploaded-prior-to`` leaves it out)."""
    when = f.uploaded
    return when is not None and when >= cutoff


def cooldown_ends(f: IndexFile, days: int, now: dt.datetime) -> dt.datetime | None:
    """When the file leaves the cooldown, or None when it is not (or cannot be known to be) in it."""
    when = f.uploaded
    if not days or when is None:
        return None
    until = when + dt.timedelta(days=days)
    return until if until > now else None


def settled(files: Iterable[IndexFile], cutoff: dt.datetime, below: Version) -> Version | None:
    """The newest final release older than `below` with a file uploaded before `cutoff`
    (or at an unknown time): what the cooldown lets the user have instead."""
    found = [
        v for f in files if not is_young(f, cutoff) and (v := f.version) is not None and v < below
    ]
    finals = [v for v in found if not v.is_prerelease]
    return max(finals, default=None)


def fixes(advisories: Iterable[Advisory], have: str, release: Version) -> tuple[Advisory, ...]:
    """The advisories that `release` fixes for a user who has `have`: each affects `have`,
    names `release` as fixed and does not affect it, and `release` is newer than `have`."""
    have_v = parse(have)
    if have_v is None or release <= have_v:
        return ()
    return tuple(
        adv
        for adv in advisories
        if adv.affects(have)
        and not adv.affects(str(release))
        and any(parse(t) == release for t in adv.fixed)
    )


def fixes_above(
    chosen: Version, have: str, advisories: Sequence[Advisory]
) -> dict[Version, list[str]]:
    """The releases newer than `chosen` (a version that is itself affected) that fix
    `have`, each with the ids of the advisories it fixes."""
    candidates = {
        v for adv in advisories if adv.affects(str(chosen)) for t in adv.fixed if (v := parse(t))
    }
    out: dict[Version, list[str]] = {}
    for release in sorted(v for v in candidates if v > chosen):
        ids = [a.id for a in fixes(advisories, have, release) if a.affects(str(chosen))]
        if ids:
            out[release] = ids
    return out


def sentence(
    name: str, version: str, old: dt.timedelta, ids: Sequence[str], have: str, have_is: str
) -> str:
    """``django 5.2.9 is 2 days old; allowed: it fixes PYSEC-… affecting 5.2.8``."""
    where = "" if have_is == INSTALLED else " (the newest release outside the cooldown)"
    return (
        f"{name} {version} is {age(old)} old; allowed: it fixes {', '.join(ids)} "
        f"affecting {have}{where}"
    )
