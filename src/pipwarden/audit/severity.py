"""The severity of an OSV advisory, and where it was found.

CVSS vectors are scored with the `cvss` package. An advisory without a
vector of its own (most PYSEC records) takes the vector of an alias in the
same export (its GHSA record), else a database's own label, else it is
unknown and treated as high. `AliasSeverity` pairs records with their
aliases while `db update` builds the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from pipwarden.findings import Severity


def severity_of(
    entries: Any, database_specific: Any = None
) -> tuple[Severity, str, float | None, str | None]:
    """(severity, source, score, vector) from OSV ``severity`` entries.

    CVSS vectors are scored with the `cvss` package (v4 preferred over v3
    over v2); otherwise a database's own label (GHSA's ``MODERATE``...) is
    used; otherwise the severity is unknown and treated as high.
    """
    from cvss import CVSS2, CVSS3, CVSS4

    best: tuple[int, Severity, str, float, str] | None = None
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict):
            continue
        kind, vector = entry.get("type"), entry.get("score")
        if not isinstance(vector, str):
            continue
        try:
            if kind == "CVSS_V4":
                rank, score = 3, float(CVSS4(vector).base_score)
            elif kind == "CVSS_V3":
                rank, score = 2, float(CVSS3(vector).scores()[0])
            elif kind == "CVSS_V2":
                rank, score = 1, float(CVSS2(vector).scores()[0])
            else:
                continue
        except Exception:  # the cvss package raises many kinds
            continue
        if best is None or rank > best[0]:
            best = (rank, score_severity(score), kind, score, vector)
    if best is not None:
        return best[1], best[2], best[3], best[4]
    if isinstance(database_specific, dict):
        label = database_specific.get("severity")
        if isinstance(label, str):
            mapped = {"MODERATE": "medium"}.get(label.upper(), label)
            try:
                return Severity.parse(mapped), "database", None, None
            except ValueError:
                pass
    return Severity.HIGH, "unknown", None, None


_CVSS_TYPES = frozenset({"CVSS_V2", "CVSS_V3", "CVSS_V4"})


def _has_cvss(entries: Any) -> bool:
    return isinstance(entries, list) and any(
        isinstance(e, dict) and e.get("type") in _CVSS_TYPES for e in entries
    )


def _db_label(database_specific: Any) -> bool:
    return isinstance(database_specific, dict) and isinstance(
        database_specific.get("severity"), str
    )


def resolve_severity(
    doc: dict[str, Any],
) -> tuple[Severity, str, float | None, str | None, str, str | None]:
    """(severity, source, score, vector, origin, origin id) of a compact advisory.

    In order: the record's own CVSS vector ("record"), the CVSS vector of an
    alias found in the same export ("alias"), a database's own label, the
    record's then the alias's ("database_specific"), else "unknown" (high).
    """
    alias = doc.get("severity_alias") if isinstance(doc.get("severity_alias"), dict) else None
    tries: list[tuple[Any, Any, str, Any]] = [(doc.get("severity"), None, "record", doc["id"])]
    if alias is not None:
        tries.append((alias.get("severity"), None, "alias", alias.get("id")))
    tries.append((None, doc.get("database_specific"), "database_specific", doc["id"]))
    if alias is not None:
        tries.append((None, alias.get("database_specific"), "database_specific", alias.get("id")))
    for entries, label, origin, origin_id in tries:
        sev, source, score, vector = severity_of(entries, label)
        if source != "unknown":
            return sev, source, score, vector, origin, str(origin_id)
    return Severity.HIGH, "unknown", None, None, "unknown", None


def score_severity(score: float) -> Severity:
    """The CVSS qualitative rating of a base score."""
    if score >= 9.0:
        return Severity.CRITICAL
    if score >= 7.0:
        return Severity.HIGH
    if score >= 4.0:
        return Severity.MEDIUM
    if score > 0.0:
        return Severity.LOW
    return Severity.INFO


class AliasSeverity:
    """What the build remembers to give an unscored advisory its alias's severity."""

    def __init__(self) -> None:
        #: id -> its severity entries and database_specific, for records that have one.
        self.known: dict[str, dict[str, Any]] = {}
        #: id -> the ids of scored records that name it as an alias.
        self.named_by: dict[str, list[str]] = {}
        #: (package, id, aliases, severity entries, database_specific) of advisories
        #: without a CVSS vector of their own.
        self.wanting: list[tuple[str, str, tuple[str, ...], Any, Any]] = []

    def note(self, record: dict[str, Any], rows: list[tuple[str, str, dict[str, Any]]]) -> None:
        vid = record["id"]
        entries, label = record.get("severity"), record.get("database_specific")
        if _has_cvss(entries) or _db_label(label):
            self.known[vid] = {"id": vid, "severity": entries, "database_specific": label}
            for alias in record.get("aliases") or ():
                self.named_by.setdefault(alias, []).append(vid)
        for package, _vid, doc in rows:
            if not _has_cvss(doc["severity"]):
                entry = (
                    package,
                    vid,
                    tuple(doc["aliases"]),
                    doc["severity"],
                    doc["database_specific"],
                )
                self.wanting.append(entry)

    def best(self, vid: str, aliases: tuple[str, ...]) -> dict[str, Any] | None:
        """The alias to take the severity from: GHSA first, a CVSS vector before a label."""
        found = [self.known[a] for a in (*aliases, *self.named_by.get(vid, ())) if a in self.known]
        found = [f for f in found if f["id"] != vid]
        if not found:
            return None
        return min(
            found,
            key=lambda f: (not _has_cvss(f["severity"]), not f["id"].startswith("GHSA-"), f["id"]),
        )

    def resolved(
        self,
    ) -> Iterator[tuple[str, str, tuple[Severity, str, float | None, str | None, str, str | None]]]:
        """(package, id, `resolve_severity`'s answer) of each advisory an alias gives a severity."""
        for package, vid, aliases, entries, label in self.wanting:
            alias = self.best(vid, aliases)
            if alias is None:
                continue
            doc = {"id": vid, "severity": entries, "database_specific": label}
            yield package, vid, resolve_severity({**doc, "severity_alias": alias})
