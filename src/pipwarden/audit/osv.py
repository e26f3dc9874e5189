"""OSV advisories for PyPI: loading an export into SQLite, and matching versions.

The database is one SQLite file (``osv-pypi.sqlite3`` in pipwarden's data
folder) replaced atomically on each update: a new file is built next to the
live one and moved over it with `os.replace`, so a failed or cut-off update
leaves the previous database working.

Each advisory is stored in the form `pipwarden.audit.stored` describes (severity
resolved, ranges compiled: cheap to read), under a schema version: a database
of another version is refused with "run `pipwarden db update`", never misread.
Matching (`pipwarden.audit.advisory`, whose names this module re-exports)
follows the OSV schema's evaluation rules, with PEP 440 ordering and PEP 503
names.

Malicious-package reports (``MAL-`` ids, from the OpenSSF malicious-packages
project, published in the same export) are not vulnerabilities: they go to a
table of their own (`AdvisoryDB.malware`), which the ``malware`` check and the
audit's known-malware section read, and never to the advisories.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipwarden import paths

# Re-exported: the advisory model and its ranges were defined here.
from pipwarden.audit.advisory import Advisory as Advisory
from pipwarden.audit.advisory import Affected as Affected
from pipwarden.audit.advisory import CompiledRange as CompiledRange
from pipwarden.audit.advisory import InvalidRange as InvalidRange
from pipwarden.audit.advisory import canonical as canonical
from pipwarden.audit.advisory import compile_range as compile_range
from pipwarden.audit.advisory import parse_version as parse_version
from pipwarden.audit.severity import AliasSeverity, resolve_severity

# Re-exported: scoring was part of this module's interface.
from pipwarden.audit.severity import score_severity as score_severity
from pipwarden.audit.severity import severity_of as severity_of
from pipwarden.audit.stored import SCHEMA_VERSION as SCHEMA_VERSION
from pipwarden.audit.stored import from_row, severity_fields, to_row, with_severity
from pipwarden.errors import PipwardenError, RunInputError
from pipwarden.findings import Severity as Severity
from pipwarden.limits import loads_json
from pipwarden.pep503 import canonicalize_name
from pipwarden.redact import redact_text, redact_url

#: OSV's public per-ecosystem export for PyPI.
DEFAULT_SOURCE = "https://osv-vulnerabilities.storage.googleapis.com/PyPI/all.zip"
DB_FILENAME = "osv-pypi.sqlite3"
#: A single OSV file larger than this is not an advisory (zip-bomb guard).
MAX_RECORD_BYTES = 16 * 1024 * 1024

_DDL = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE vulns (
    package TEXT NOT NULL,   -- PEP 503 normalized name
    id TEXT NOT NULL,
    doc TEXT NOT NULL,       -- the stored advisory for this package (stored.to_row)
    details TEXT NOT NULL,
    known TEXT NOT NULL,     -- JSON array: every version the advisory names
    PRIMARY KEY (package, id)
) WITHOUT ROWID;
CREATE TABLE malware (
    package TEXT NOT NULL,   -- PEP 503 normalized name
    id TEXT NOT NULL,        -- MAL-...
    doc TEXT NOT NULL,       -- the stored report for this package (stored.to_row)
    details TEXT NOT NULL,
    known TEXT NOT NULL,
    PRIMARY KEY (package, id)
) WITHOUT ROWID;
"""


def is_malware(vid: str) -> bool:
    """True for the id of a malicious-package report (OpenSSF's ``MAL-`` ids)."""
    return vid.startswith("MAL-")


_EVENT_KINDS = ("introduced", "fixed", "last_affected", "limit")


# ---------------------------------------------------------------------------
# Validation and compaction of OSV records
# ---------------------------------------------------------------------------
class SchemaError(ValueError):
    """An OSV record that breaks the schema where pipwarden relies on it."""


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise SchemaError(what)


def _str_list(value: Any, what: str) -> list[str]:
    if value is None:
        return []
    _need(isinstance(value, list) and all(isinstance(v, str) for v in value), what)
    return list(value)


def compact(record: Any) -> tuple[list[tuple[str, str, dict[str, Any]]], int]:
    """Validate one OSV record; return ``[(package, id, doc)]`` and the unparseable-range count.

    Only PyPI entries are kept. Raises SchemaError when the record breaks
    the schema in a field matching depends on.
    """
    _need(isinstance(record, dict), "not a JSON object")
    vid = record.get("id")
    _need(isinstance(vid, str) and bool(vid), "no id")
    _need(isinstance(record.get("modified"), str), "no modified time")
    for key in ("summary", "details", "published", "withdrawn"):
        _need(record.get(key) is None or isinstance(record[key], str), f"{key} is not a string")
    aliases = _str_list(record.get("aliases"), "aliases is not a list of strings")
    affected = record.get("affected")
    _need(affected is None or isinstance(affected, list), "affected is not a list")
    per_package: dict[str, list[dict[str, Any]]] = {}
    bad_ranges = 0
    for entry in affected or []:
        _need(isinstance(entry, dict), "affected entry is not an object")
        pkg = entry.get("package")
        _need(isinstance(pkg, dict), "affected entry has no package")
        eco, name = pkg.get("ecosystem"), pkg.get("name")
        _need(isinstance(eco, str) and isinstance(name, str) and bool(name), "bad package")
        versions = _str_list(entry.get("versions"), "versions is not a list of strings")
        ranges = entry.get("ranges")
        _need(ranges is None or isinstance(ranges, list), "ranges is not a list")
        kept: list[list[list[str]]] = []
        for rng in ranges or []:
            _need(isinstance(rng, dict) and isinstance(rng.get("type"), str), "bad range")
            events = rng.get("events")
            _need(isinstance(events, list) and bool(events), "range without events")
            pairs: list[list[str]] = []
            for ev in events:
                _need(isinstance(ev, dict) and len(ev) == 1, "an event must have one key")
                ((kind, value),) = ev.items()
                _need(kind in _EVENT_KINDS and isinstance(value, str), "bad event")
                pairs.append([kind, value])
            if rng["type"] != "ECOSYSTEM":
                continue  # GIT ranges need the repository; SEMVER is not PyPI's ordering
            try:
                compile_range((k, v) for k, v in pairs)
            except InvalidRange:
                bad_ranges += 1
                continue
            kept.append(pairs)
        if eco.split(":", 1)[0] != "PyPI":
            continue
        per_package.setdefault(canonicalize_name(name), []).append(
            {
                "ranges": kept,
                "versions": sorted({canonical(v) for v in versions}),
                "raw_versions": versions,
                "database_specific": entry.get("database_specific"),
                "severity": entry.get("severity"),
            }
        )
    refs = [
        r["url"]
        for r in record.get("references") or []
        if isinstance(r, dict) and isinstance(r.get("url"), str)
    ]
    out = []
    for package, entries in per_package.items():
        doc = {
            "id": vid,
            "aliases": aliases,
            "summary": record.get("summary") or "",
            "details": record.get("details") or "",
            "severity": record.get("severity") or entries[0]["severity"],
            "database_specific": record.get("database_specific"),
            "modified": record["modified"],
            "published": record.get("published"),
            "references": refs[:20],
            "affected": [
                {"ranges": e["ranges"], "versions": e["versions"], "raw": e["raw_versions"]}
                for e in entries
            ],
        }
        out.append((package, vid, doc))
    return out, bad_ranges


def advisory_from_doc(package: str, doc: dict[str, Any]) -> Advisory:
    """An Advisory from the compact JSON stored in the database."""
    affected = []
    fixed: list[str] = []
    known: set[str] = set()
    for entry in doc["affected"]:
        ranges = []
        for pairs in entry["ranges"]:
            ranges.append(compile_range((k, v) for k, v in pairs))
            for kind, value in pairs:
                if kind == "fixed":
                    fixed.append(value)
                if kind != "limit" and value != "0":
                    known.add(value)
        known.update(entry.get("raw", ()))
        affected.append(Affected(tuple(ranges), frozenset(entry["versions"])))
    sev, source, score, vector, origin, origin_id = resolve_severity(doc)
    return Advisory(
        id=doc["id"],
        package=package,
        aliases=tuple(doc.get("aliases") or ()),
        summary=doc.get("summary") or "",
        details=doc.get("details") or "",
        severity=sev,
        severity_source=source,
        score=score,
        vector=vector,
        fixed=tuple(dict.fromkeys(fixed)),
        known=tuple(sorted(known)),
        modified=doc.get("modified") or "",
        published=doc.get("published"),
        references=tuple(doc.get("references") or ()),
        affected=tuple(affected),
        severity_origin=origin,
        severity_origin_id=origin_id,
    )


# ---------------------------------------------------------------------------
# Reading a source (zip, folder, URL)
# ---------------------------------------------------------------------------
@dataclass(frozen=True)
class LoadStats:
    """What one `db update` did."""

    source: str
    files: int
    advisories: int
    packages: int
    skipped: int
    withdrawn: int
    unparseable_ranges: int
    newest_modified: str | None
    skipped_examples: tuple[str, ...] = ()
    #: Malicious-package reports (``MAL-``), kept apart from the advisories.
    malware: int = 0


def _iter_zip(path: Path) -> Iterator[tuple[str, bytes | None]]:
    import zipfile
    import zlib

    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as exc:
        raise PipwardenError(f"{path} is not a readable zip archive ({exc})") from None
    with archive:
        for info in archive.infolist():
            if info.is_dir() or not info.filename.endswith(".json"):
                continue
            if info.file_size > MAX_RECORD_BYTES:
                yield info.filename, None
                continue
            try:
                data = archive.read(info)
            except (zipfile.BadZipFile, zlib.error, EOFError, OSError, ValueError) as exc:
                raise PipwardenError(
                    f"{path} is corrupt or cut off at {info.filename} ({exc})"
                ) from None
            yield info.filename, data


def _iter_folder(path: Path) -> Iterator[tuple[str, bytes | None]]:
    for file in sorted(path.rglob("*.json")):
        if not file.is_file():
            continue
        if file.stat().st_size > MAX_RECORD_BYTES:
            yield str(file.relative_to(path)), None
            continue
        yield str(file.relative_to(path)), file.read_bytes()


def download(url: str, dest: Path, *, timeout: float = 60.0) -> None:
    """Download `url` to `dest`; PipwardenError (one line) on any failure."""
    import httpx

    try:
        with httpx.stream("GET", url, timeout=timeout, follow_redirects=True) as resp:
            if resp.status_code != 200:
                raise PipwardenError(f"cannot download {redact_url(url)}: HTTP {resp.status_code}")
            with dest.open("wb") as out:
                for chunk in resp.iter_bytes(1 << 20):
                    out.write(chunk)
    except httpx.HTTPError as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise PipwardenError(f"cannot download {redact_url(url)}: {redact_text(reason)}") from None


# ---------------------------------------------------------------------------
# The database
# ---------------------------------------------------------------------------
def default_path() -> Path:
    """Where the live advisory database lives."""
    return paths.data_dir() / DB_FILENAME


def update(
    source: str | Sequence[str] = DEFAULT_SOURCE,
    db_path: Path | None = None,
    *,
    progress: Callable[[int], None] | None = None,
) -> LoadStats:
    """Replace the database with the records of `source` (zips, folders or URLs), atomically.

    Several sources are loaded into one database (the OSV export and a
    folder of malicious-package reports, say).
    """
    import contextlib
    import itertools
    import tempfile

    sources = [source] if isinstance(source, str) else list(source)
    db_path = db_path or default_path()
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with contextlib.ExitStack() as stack:
        streams: list[Iterator[tuple[str, bytes | None]]] = []
        for i, src in enumerate(sources):
            if src.startswith(("http://", "https://")):
                tmpdir = Path(stack.enter_context(tempfile.TemporaryDirectory(dir=db_path.parent)))
                local = tmpdir / f"source{i}.zip"
                download(src, local)
                streams.append(_iter_zip(local))
                continue
            local = Path(src)
            if local.is_dir():
                streams.append(_iter_folder(local))
            elif local.is_file():
                streams.append(_iter_zip(local))
            else:
                raise PipwardenError(f"no such file or folder: {src}")
        fd, tmp_name = tempfile.mkstemp(prefix=DB_FILENAME + ".", suffix=".new", dir=db_path.parent)
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            shown = ", ".join(redact_url(s) for s in sources)
            stats = _build(tmp, itertools.chain.from_iterable(streams), shown, progress)
            os.replace(tmp, db_path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
    return stats


_INSERT = "INSERT OR REPLACE INTO {} VALUES (?, ?, ?, ?, ?)"
_SELECT_DOC = "SELECT doc FROM vulns WHERE package = ? AND id = ?"
_UPDATE_DOC = "UPDATE vulns SET doc = ? WHERE package = ? AND id = ?"


def _build(
    path: Path,
    records: Iterator[tuple[str, bytes | None]],
    source: str,
    progress: Callable[[int], None] | None,
) -> LoadStats:
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA journal_mode=OFF")
        conn.execute("PRAGMA synchronous=OFF")
        conn.executescript(_DDL)
        files = advisories = malware = skipped = withdrawn = bad_ranges = 0
        newest: str | None = None
        examples: list[str] = []
        packages: set[str] = set()
        batch: list[tuple[str, str, str, str, str]] = []
        mal_batch: list[tuple[str, str, str, str, str]] = []
        aliases = AliasSeverity()
        for name, data in records:
            files += 1
            if progress is not None and files % 500 == 0:
                progress(files)
            try:
                if data is None:
                    raise SchemaError("file too large")
                record = loads_json(data)
                rows, bad = compact(record)
            # JSON and schema errors, and JSON nested too deeply to follow
            except (ValueError, UnicodeDecodeError, RecursionError) as exc:
                skipped += 1
                if len(examples) < 5:
                    examples.append(f"{name}: {exc}")
                continue
            if record.get("withdrawn"):
                withdrawn += 1
                continue
            bad_ranges += bad
            modified = record["modified"]
            if newest is None or modified > newest:
                newest = modified
            encoded = [(p, v, *to_row(advisory_from_doc(p, d))) for p, v, d in rows]
            if is_malware(record["id"]):
                malware += 1
                mal_batch += encoded
                continue
            advisories += 1
            aliases.note(record, rows)
            packages.update(p for p, _v, _d in rows)
            batch += encoded
            if len(batch) >= 1000:
                conn.executemany(_INSERT.format("vulns"), batch)
                batch.clear()
        conn.executemany(_INSERT.format("vulns"), batch)
        conn.executemany(_INSERT.format("malware"), mal_batch)
        for package, vid, resolved in aliases.resolved():
            key = (package, vid)
            (doc,) = conn.execute(_SELECT_DOC, key).fetchone()
            conn.execute(_UPDATE_DOC, (with_severity(doc, severity_fields(resolved)), *key))
        now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()
        meta = {
            "schema": SCHEMA_VERSION,
            "source": source,
            "updated": now,
            "newest_modified": newest or "",
            "files": str(files),
            "advisories": str(advisories),
            "malware": str(malware),
            "packages": str(len(packages)),
            "skipped": str(skipped),
            "withdrawn": str(withdrawn),
            "unparseable_ranges": str(bad_ranges),
        }
        conn.executemany("INSERT INTO meta VALUES (?, ?)", list(meta.items()))
        conn.commit()
    finally:
        conn.close()
    return LoadStats(
        source=source,
        files=files,
        advisories=advisories,
        packages=len(packages),
        skipped=skipped,
        withdrawn=withdrawn,
        unparseable_ranges=bad_ranges,
        newest_modified=newest,
        skipped_examples=tuple(examples),
        malware=malware,
    )


@dataclass(frozen=True)
class Status:
    """What `db status` shows."""

    path: Path
    source: str
    updated: dt.datetime
    newest_modified: str
    advisories: int
    packages: int
    skipped: int
    withdrawn: int
    #: Malicious-package reports (``MAL-``) held apart from the advisories.
    malware: int = 0

    def age_days(self, now: dt.datetime | None = None) -> float:
        """Days since the last update."""
        now = now or dt.datetime.now(dt.timezone.utc)
        return (now - self.updated).total_seconds() / 86400


class AdvisoryDB:
    """Read access to the local advisory database (empty when it does not exist)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        self._conn: sqlite3.Connection | None = None
        if self.path.is_file():
            try:
                conn = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
                found = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
            except sqlite3.DatabaseError:
                raise RunInputError(
                    f"the advisory database {self.path} is unreadable; run `pipwarden db update`"
                ) from None
            if found is None or found[0] != SCHEMA_VERSION:
                conn.close()
                raise RunInputError(
                    f"the advisory database {self.path} was built by another version of "
                    f"pipwarden (schema {found[0] if found else '?'}; this one reads schema "
                    f"{SCHEMA_VERSION}): run `pipwarden db update` to rebuild it"
                )
            self._conn = conn

    def close(self) -> None:
        """Close the connection."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> AdvisoryDB:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def empty(self) -> bool:
        """True when there is no database or it holds no advisory."""
        if self._conn is None:
            return True
        return self._conn.execute("SELECT 1 FROM vulns LIMIT 1").fetchone() is None

    def status(self) -> Status | None:
        """The database's provenance and size, or None when there is none."""
        if self._conn is None:
            return None
        meta = dict(self._conn.execute("SELECT key, value FROM meta").fetchall())
        return Status(
            path=self.path,
            source=meta.get("source", "?"),
            updated=dt.datetime.fromisoformat(meta["updated"]),
            newest_modified=meta.get("newest_modified", ""),
            advisories=int(meta.get("advisories", 0)),
            packages=int(meta.get("packages", 0)),
            skipped=int(meta.get("skipped", 0)),
            withdrawn=int(meta.get("withdrawn", 0)),
            malware=int(meta.get("malware", 0)),
        )

    @property
    def has_malware(self) -> bool:
        """True when the database holds at least one malicious-package report."""
        if self._conn is None:
            return False
        try:
            return self._conn.execute("SELECT 1 FROM malware LIMIT 1").fetchone() is not None
        except sqlite3.OperationalError:  # built before reports were kept apart
            return False

    def advisories(self, names: Iterable[str]) -> dict[str, list[Advisory]]:
        """Advisories (vulnerabilities) by normalized name for `names`, in one query."""
        return self._read("vulns", names)

    def malware(self, names: Iterable[str]) -> dict[str, list[Advisory]]:
        """Malicious-package reports (``MAL-``) by normalized name for `names`, in one query."""
        return self._read("malware", names)

    def _read(self, table: str, names: Iterable[str]) -> dict[str, list[Advisory]]:
        keys = sorted({canonicalize_name(n) for n in names})
        out: dict[str, list[Advisory]] = {k: [] for k in keys}
        if self._conn is None or not keys:
            return out
        rows: list[tuple[str, str, str, str, str]] = []
        for start in range(0, len(keys), 30000):  # SQLite's parameter limit
            chunk = keys[start : start + 30000]
            marks = ",".join("?" * len(chunk))
            try:
                rows += self._conn.execute(
                    f"SELECT package, id, doc, details, known FROM {table} "
                    f"WHERE package IN ({marks}) ORDER BY package, id",
                    chunk,
                ).fetchall()
            except sqlite3.OperationalError:  # no malware table: built by an older pipwarden
                if table == "vulns":
                    raise
                return out
        for row in rows:
            out[row[0]].append(from_row(*row))
        return out
