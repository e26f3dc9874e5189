"""Versions chosen to win a resolver's pick: the mark of dependency-confusion uploads.

Whoever uploads an internal project's name to a public index gives it a version
higher than any the internal index could hold (``99.99.99``, ``9999.0.1``,
``1337.0.0``), so that pip prefers it. Real projects do not number releases so:
calendar versions (``2024.1``, ``20250625``) and large but ordinary majors
(pywin32's ``306``) are not marked.
"""

from __future__ import annotations

import re

from packaging.version import InvalidVersion, Version

#: A major of this many digits or more that is not a date is absurd.
ABSURD_DIGITS = 6
_ALL_NINES = re.compile(r"^9{2,}$")
_LEET = frozenset({1337, 31337})


def _date_like(major: int) -> bool:
    """A year, or a yyyymm / yyyymmdd / yyyymmddhh(mm) stamp of a plausible date."""
    text = str(major)
    if not 1900 <= int(text[:4]) <= 2100:
        return False
    rest = text[4:]
    if not rest:
        return True
    if len(rest) < 2 or not 1 <= int(rest[:2]) <= 12:
        return False
    return len(rest) == 2 or 1 <= int(rest[2:4] or "1") <= 31


def confusion_version(version: str) -> str | None:
    """Why `version` looks picked to outrank every real release, or None.

    Marked: a major made only of nines (``99``, ``999``, ``9999999``), 1337 or
    31337, and a major of ABSURD_DIGITS digits or more that is no date.
    """
    try:
        major = Version(version).release[0]
    except (InvalidVersion, IndexError):
        return None
    if _ALL_NINES.match(str(major)):
        return f"version {version}: a major of nines, above any real release"
    if major in _LEET:
        return f"version {version}: a 'leet' major ({major}), above any real release"
    if len(str(major)) >= ABSURD_DIGITS and not _date_like(major):
        return f"version {version}: a {len(str(major))}-digit major that is no date"
    return None
