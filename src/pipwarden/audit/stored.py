"""The stored form of an advisory: what matching and the reports read, cheap to decode.

`db update` turns each advisory into one row of three texts:

- ``doc``, a compact JSON array: aliases, summary, the severity already
  resolved (label, source, score, vector, origin, origin id: no CVSS vector
  is scored when an audit reads it), fixed versions, modified, published,
  references, and each ``affected`` entry as its ranges already compiled
  (the step function of `CompiledRange`, versions as text) with the listed
  versions that no range covers;
- ``details``, the advisory's text, stored as it is (no JSON to decode);
- ``known``, the JSON array of `Advisory.known_versions`, decoded only when
  that attribute is read.

Decoding a row gives an `Advisory` equal, field by field and in what it
matches, to the one `advisory_from_doc` builds from the full record (tested
over every advisory of the fixtures and of the shared OSV export).
"""

from __future__ import annotations

import json
from typing import Any

from pipwarden.audit.advisory import Advisory, Affected, CompiledRange, parse_version
from pipwarden.findings import Severity

#: Written to the database's ``meta`` table; a database with another value is not read.
SCHEMA_VERSION = "2"

#: Positions in the ``doc`` array.
_SEVERITY = slice(2, 8)
_BY_LABEL = {s.label: s for s in Severity}


def severity_fields(
    resolved: tuple[Severity, str, float | None, str | None, str, str | None],
) -> list[Any]:
    """The six severity entries of a ``doc`` array, from `resolve_severity`'s answer."""
    sev, source, score, vector, origin, origin_id = resolved
    return [sev.label, source, score, vector, origin, origin_id]


def with_severity(doc: str, fields: list[Any]) -> str:
    """`doc` (a stored array) with its severity entries replaced by `fields`."""
    row = json.loads(doc)
    row[_SEVERITY] = fields
    return _dumps(row)


def to_row(adv: Advisory) -> tuple[str, str, str]:
    """``(doc, details, known)``: the stored texts of `adv`."""
    affected = []
    for entry in adv.affected:
        ranges = [_range(r) for r in entry.ranges]
        listed = [v for v in sorted(entry.versions) if not _covered(v, entry.ranges)]
        affected.append([ranges, listed])
    doc = [
        list(adv.aliases),
        adv.summary,
        *severity_fields(
            (
                adv.severity,
                adv.severity_source,
                adv.score,
                adv.vector,
                adv.severity_origin,
                adv.severity_origin_id,
            )
        ),
        list(adv.fixed),
        adv.modified,
        adv.published,
        list(adv.references),
        affected,
    ]
    return _dumps(doc), adv.details, _dumps(list(adv.known_versions))


def from_row(package: str, vid: str, doc: str, details: str, known: str) -> Advisory:
    """The `Advisory` a stored row holds; ValueError when the row is not one."""
    try:
        (
            aliases, summary, sev, source, score, vector, origin, origin_id,
            fixed, modified, published, refs, affected,
        ) = json.loads(doc)  # fmt: skip
        entries = tuple(
            Affected(tuple(_compiled(r) for r in ranges), frozenset(listed))
            for ranges, listed in affected
        )
        return Advisory(
            id=vid,
            package=package,
            aliases=tuple(aliases),
            summary=summary,
            details=details,
            severity=_BY_LABEL[sev],
            severity_source=source,
            score=score,
            vector=vector,
            fixed=tuple(fixed),
            modified=modified,
            published=published,
            references=tuple(refs),
            affected=entries,
            severity_origin=origin,
            severity_origin_id=origin_id,
            known=known,
        )
    except (TypeError, ValueError, KeyError, IndexError) as exc:
        raise ValueError(f"the stored advisory {vid} of {package} is corrupt ({exc})") from None


def _dumps(value: Any) -> str:
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _range(r: CompiledRange) -> list[Any]:
    return [
        int(r.from_zero),
        [str(p) for p in r.points],
        "".join("1" if b else "0" for b in r.at),
        "".join("1" if b else "0" for b in r.after),
        None if r.limits is None else [str(v) for v in r.limits],
    ]


def _compiled(row: list[Any]) -> CompiledRange:
    from_zero, points, at, after, limits = row
    return CompiledRange(
        tuple(parse_version(p) for p in points),
        tuple(c == "1" for c in at),
        tuple(c == "1" for c in after),
        bool(from_zero),
        None if limits is None else tuple(parse_version(v) for v in limits),
    )


def _covered(listed: str, ranges: tuple[CompiledRange, ...]) -> bool:
    """True when a range holds the listed version: listing it adds nothing.

    A query matches a listed text when its canonical form is that text; the
    text then parses (an invalid query's canonical form is itself, never a
    valid version's) to a version equal to the query's, which the range
    holds too. A listed text that does not parse is always kept.
    """
    try:
        version = parse_version(listed)
    except ValueError:
        return False
    return any(r.contains(version) for r in ranges)
