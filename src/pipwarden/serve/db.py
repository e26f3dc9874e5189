"""The firewall index's database: verdicts by sha256 and rules version, who is vetting
what, and what replicas share besides (the HTTP cache and the trust records, `DatabaseShared`).

One schema, written with SQLAlchemy Core, for SQLite (the default, embedded)
and PostgreSQL (``postgresql://…``, shared by replicas). Migrations are
numbered functions applied in order and recorded in ``pipwarden_schema``;
on PostgreSQL they run under an advisory lock, so replicas that start
together migrate once. The database URL may hold a password: it is shown
only through `redact_url`.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    Engine,
    Float,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    delete,
    event,
    func,
    select,
    text,
)
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from pipwarden import paths
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.redact import redact_text, redact_url
from pipwarden.store import CacheStats, SharedStore

metadata = MetaData()

schema_table = Table(
    "pipwarden_schema",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("applied_at", Float, nullable=False),
)

#: One verdict per artifact and rules version; written once, never updated.
verdicts = Table(
    "serve_verdicts",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("rules_version", String(64), primary_key=True),
    Column("project", String(255), nullable=False),
    Column("version", String(255), nullable=False),
    Column("filename", String(500), nullable=False),
    Column("verdict", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("findings", Text, nullable=False),
    Column("decided_at", Float, nullable=False),
    Column("seconds", Float, nullable=False),
    Column("instance", String(200), nullable=False),
    Index("serve_verdicts_decided", "decided_at"),
)

#: A vetting in progress: the instance that claimed it, and since when.
vetting = Table(
    "serve_vetting",
    metadata,
    Column("sha256", String(64), primary_key=True),
    Column("rules_version", String(64), primary_key=True),
    Column("instance", String(200), nullable=False),
    Column("started_at", Float, nullable=False),
)


#: Upstream answers the checks read (JSON API, index pages), by the sha256 of the
#: URL (credentials removed), which is kept beside it; the newest answer replaces the last.
http_cache = Table(
    "serve_http_cache",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    Column("fetched", Float, nullable=False),
    Column("status", Integer, nullable=False),
    Column("body", LargeBinary, nullable=False),
)

#: Trust on first use (publishers/trust.py): one JSON record per normalized project name.
trust_records = Table(
    "serve_trust_records",
    metadata,
    Column("project", String(255), primary_key=True),
    Column("data", Text, nullable=False),
    Column("updated_at", Float, nullable=False),
)


def _v1(conn: Connection) -> None:
    metadata.create_all(conn, tables=[verdicts, vetting])


def _v2(conn: Connection) -> None:
    metadata.create_all(conn, tables=[http_cache, trust_records])


#: The migrations, in order; migration N (1-based) brings the schema to version N.
MIGRATIONS: list[Callable[[Connection], None]] = [_v1, _v2]
SCHEMA_VERSION = len(MIGRATIONS)


@dataclass(frozen=True)
class StoredVerdict:
    """The decision on one artifact under one rules version."""

    sha256: str
    rules_version: str
    project: str
    version: str
    filename: str
    verdict: str  # "allow", "warn" or "block"
    reason: str
    findings: tuple[dict[str, Any], ...]
    decided_at: float
    seconds: float
    instance: str

    @property
    def blocked(self) -> bool:
        """The file may not be served."""
        return self.verdict == "block"


def findings_json(findings: Sequence[Finding]) -> tuple[dict[str, Any], ...]:
    """Findings in the stored (JSON) form."""
    return tuple(f.to_json() for f in findings)


def engine_url(url: str) -> str:
    """The SQLAlchemy URL for a ``postgresql://`` URL (psycopg 3) or a SQLite path or URL."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    if url.startswith(("postgresql+", "sqlite:")):
        return url
    return f"sqlite:///{Path(url).expanduser().resolve()}"


def default_url() -> str:
    """The SQLite database in pipwarden's data folder."""
    return str(paths.data_dir() / "serve.sqlite3")


class Database:
    """The verdict store of one server instance; safe to use from many threads."""

    def __init__(self, url: str | None = None) -> None:
        raw = url or default_url()
        self.shown = redact_url(engine_url(raw))
        target = engine_url(raw)
        if target.startswith("sqlite:///"):
            path = Path(target[len("sqlite:///") :])
            paths.private_dir(path.parent)
            paths.private_file(path)
            self.engine: Engine = create_engine(
                target, connect_args={"timeout": 30, "check_same_thread": False}
            )
            event.listen(self.engine, "connect", _sqlite_pragmas)
        else:
            self.engine = create_engine(target, pool_pre_ping=True, pool_size=8)
        self.postgres = self.engine.dialect.name == "postgresql"
        try:
            #: The schema version found when this instance opened the database (0: new).
            self.found_version = migrate(self.engine)
        except SQLAlchemyError as exc:
            raise PipwardenError(f"cannot open the database {self.shown}: {_why(exc)}") from None
        #: The HTTP cache and the trust records, shared by every instance on this database.
        self.shared = DatabaseShared(self)

    def close(self) -> None:
        """Release every connection."""
        self.engine.dispose()

    # -- verdicts --------------------------------------------------------
    def verdict(self, sha256: str, rules_version: str) -> StoredVerdict | None:
        """The stored verdict on an artifact, if it was vetted under these rules."""
        found = self.verdicts([sha256], rules_version)
        return found.get(sha256)

    def verdicts(self, sha256s: Sequence[str], rules_version: str) -> dict[str, StoredVerdict]:
        """The stored verdicts among `sha256s` under these rules, by sha256."""
        if not sha256s:
            return {}
        out: dict[str, StoredVerdict] = {}
        with self.engine.connect() as conn:
            for start in range(0, len(sha256s), 500):
                chunk = list(sha256s[start : start + 500])
                rows = conn.execute(
                    select(verdicts).where(
                        verdicts.c.sha256.in_(chunk), verdicts.c.rules_version == rules_version
                    )
                ).mappings()
                for row in rows:
                    out[row["sha256"]] = _from_row(row)
        return out

    def record(self, v: StoredVerdict) -> StoredVerdict:
        """Store a verdict and end its vetting claim; the verdict stored first wins."""
        values = {
            "sha256": v.sha256,
            "rules_version": v.rules_version,
            "project": v.project,
            "version": v.version,
            "filename": v.filename,
            "verdict": v.verdict,
            "reason": v.reason,
            "findings": json.dumps(list(v.findings)),
            "decided_at": v.decided_at,
            "seconds": v.seconds,
            "instance": v.instance,
        }
        with self.engine.begin() as conn:
            conn.execute(self._insert_ignore(verdicts, values))
            conn.execute(_claim_of(v.sha256, v.rules_version, v.instance))
        stored = self.verdict(v.sha256, v.rules_version)
        return stored if stored is not None else v

    def recent(self, limit: int = 50, verdict: str | None = None) -> list[StoredVerdict]:
        """The latest decisions, newest first (only `verdict` ones when given)."""
        query = select(verdicts).order_by(verdicts.c.decided_at.desc()).limit(limit)
        if verdict is not None:
            query = query.where(verdicts.c.verdict == verdict)
        with self.engine.connect() as conn:
            return [_from_row(row) for row in conn.execute(query).mappings()]

    def projects(self, limit: int = 10000) -> list[str]:
        """The projects this server has decided on, by name."""
        query = select(verdicts.c.project).distinct().order_by(verdicts.c.project).limit(limit)
        with self.engine.connect() as conn:
            return [str(p) for (p,) in conn.execute(query)]

    def counts(self) -> dict[str, int]:
        """How many stored verdicts of each kind."""
        query = select(verdicts.c.verdict, func.count()).group_by(verdicts.c.verdict)
        with self.engine.connect() as conn:
            return {str(k): int(n) for k, n in conn.execute(query)}

    # -- vetting claims ----------------------------------------------------
    def claim(self, sha256: str, rules_version: str, instance: str, stale_after: float) -> bool:
        """Claim the vetting of an artifact; False while another live claim holds it.

        A claim older than `stale_after` seconds (its instance died) is taken over.
        """
        now = time.time()
        with self.engine.begin() as conn:
            conn.execute(
                delete(vetting).where(
                    vetting.c.sha256 == sha256,
                    vetting.c.rules_version == rules_version,
                    vetting.c.started_at < now - stale_after,
                )
            )
            values = {
                "sha256": sha256,
                "rules_version": rules_version,
                "instance": instance,
                "started_at": now,
            }
            conn.execute(self._insert_ignore(vetting, values))
            holder = conn.execute(
                select(vetting.c.instance, vetting.c.started_at).where(
                    vetting.c.sha256 == sha256, vetting.c.rules_version == rules_version
                )
            ).first()
            if holder is None or tuple(holder) != (instance, now):
                return False
            # A verdict committed just before this claim (its claim ended with it): keep it.
            decided = conn.execute(
                select(verdicts.c.verdict).where(
                    verdicts.c.sha256 == sha256, verdicts.c.rules_version == rules_version
                )
            ).first()
            if decided is not None:
                conn.execute(_claim_of(sha256, rules_version, instance))
                return False
            return True

    def refresh(self, sha256: str, rules_version: str, instance: str) -> None:
        """Say that a claimed vetting is still going on (its instance is alive)."""
        with self.engine.begin() as conn:
            conn.execute(
                vetting.update()
                .where(
                    vetting.c.sha256 == sha256,
                    vetting.c.rules_version == rules_version,
                    vetting.c.instance == instance,
                )
                .values(started_at=time.time())
            )

    def holder(self, sha256: str, rules_version: str) -> str | None:
        """The instance that holds the vetting claim on an artifact, if any."""
        query = select(vetting.c.instance).where(
            vetting.c.sha256 == sha256, vetting.c.rules_version == rules_version
        )
        with self.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else str(found)

    def release(self, sha256: str, rules_version: str, instance: str) -> None:
        """Give up a claim (the vetting failed; another request may try again)."""
        with self.engine.begin() as conn:
            conn.execute(_claim_of(sha256, rules_version, instance))

    def vetting_now(self) -> int:
        """How many vettings are claimed right now (every instance)."""
        with self.engine.connect() as conn:
            return int(conn.execute(select(func.count()).select_from(vetting)).scalar_one())

    def _insert_ignore(self, table: Table, values: dict[str, Any]) -> Any:
        return self._insert(table, values).on_conflict_do_nothing()

    def upsert(self, table: Table, values: dict[str, Any]) -> Any:
        """INSERT … ON CONFLICT (primary key) DO UPDATE: concurrent writers never fail."""
        key = [c.name for c in table.primary_key.columns]
        insert = self._insert(table, values)
        update = {name: insert.excluded[name] for name in values if name not in key}
        return insert.on_conflict_do_update(index_elements=key, set_=update)

    def _insert(self, table: Table, values: dict[str, Any]) -> Any:
        if self.postgres:
            from sqlalchemy.dialects.postgresql import insert as pg_insert

            return pg_insert(table).values(**values)
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        return sqlite_insert(table).values(**values)


class DatabaseShared(SharedStore):
    """The HTTP cache and the trust records in the firewall index's database."""

    def __init__(self, db: Database) -> None:
        self.db = db

    def cache_get(self, url: str, max_age: float | None) -> tuple[int, bytes] | None:
        """A cached response no older than `max_age` seconds (None: any age)."""
        query = select(http_cache.c.fetched, http_cache.c.status, http_cache.c.body).where(
            http_cache.c.key == _url_key(url)
        )
        with self.db.engine.connect() as conn:
            row = conn.execute(query).first()
        if row is None:
            return None
        fetched, status, body = row
        if max_age is not None and time.time() - float(fetched) > max_age:
            return None
        return int(status), bytes(body)

    def cache_put(self, url: str, status: int, body: bytes) -> None:
        """Remember a response (the last writer's answer is kept)."""
        shown = redact_text(url)
        values = {
            "key": _url_key(url),
            "url": shown,
            "fetched": time.time(),
            "status": status,
            "body": body,
        }
        with self.db.engine.begin() as conn:
            conn.execute(self.db.upsert(http_cache, values))

    def cache_prune(self, before: float | None) -> int:
        """Remove the responses fetched before `before` (None: all)."""
        query = delete(http_cache)
        if before is not None:
            query = query.where(http_cache.c.fetched < before)
        with self.db.engine.begin() as conn:
            return int(conn.execute(query).rowcount)

    def cache_stats(self) -> CacheStats:
        """How many responses are cached, their size and the oldest's time."""
        query = select(
            func.count(),
            func.coalesce(
                func.sum(func.length(http_cache.c.body) + func.length(http_cache.c.url)), 0
            ),
            func.min(http_cache.c.fetched),
        )
        with self.db.engine.connect() as conn:
            count, size, oldest = conn.execute(query).one()
        return CacheStats(int(count), int(size), None if oldest is None else float(oldest))

    def trust_get(self, project: str) -> str | None:
        """The stored record of a project."""
        query = select(trust_records.c.data).where(trust_records.c.project == project)
        with self.db.engine.connect() as conn:
            found = conn.execute(query).scalar()
        return None if found is None else str(found)

    def trust_put(self, project: str, data: str) -> None:
        """Write (or replace) the record of a project."""
        values = {"project": project, "data": data, "updated_at": time.time()}
        with self.db.engine.begin() as conn:
            conn.execute(self.db.upsert(trust_records, values))

    def trust_all(self) -> list[tuple[str, str]]:
        """Every record, sorted by project."""
        query = select(trust_records.c.project, trust_records.c.data).order_by(
            trust_records.c.project
        )
        with self.db.engine.connect() as conn:
            return [(str(p), str(d)) for p, d in conn.execute(query)]


def _url_key(url: str) -> str:
    """The cache key of a URL: the sha256 of its text with credentials removed."""
    return hashlib.sha256(redact_text(url).encode("utf-8")).hexdigest()


def _claim_of(sha256: str, rules_version: str, instance: str) -> Any:
    return delete(vetting).where(
        vetting.c.sha256 == sha256,
        vetting.c.rules_version == rules_version,
        vetting.c.instance == instance,
    )


def _from_row(row: Any) -> StoredVerdict:
    return StoredVerdict(
        sha256=row["sha256"],
        rules_version=row["rules_version"],
        project=row["project"],
        version=row["version"],
        filename=row["filename"],
        verdict=row["verdict"],
        reason=row["reason"],
        findings=tuple(json.loads(row["findings"])),
        decided_at=float(row["decided_at"]),
        seconds=float(row["seconds"]),
        instance=row["instance"],
    )


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.close()


def _why(exc: SQLAlchemyError) -> str:
    """The driver's message, first line, credentials removed."""
    base = exc.orig if isinstance(exc, DBAPIError) and exc.orig is not None else exc
    first = (str(base).strip().splitlines() or [type(base).__name__])[0]
    return redact_text(first)[:300]


def migrate(engine: Engine, attempts: int = 5) -> int:
    """Bring the schema to `SCHEMA_VERSION`; returns the version found before."""
    for attempt in range(attempts):
        try:
            with engine.begin() as conn:
                if engine.dialect.name == "postgresql":
                    conn.execute(text("SELECT pg_advisory_xact_lock(7461626)"))
                metadata.create_all(conn, tables=[schema_table])
                found = conn.execute(select(func.max(schema_table.c.version))).scalar() or 0
                for number in range(int(found) + 1, SCHEMA_VERSION + 1):
                    MIGRATIONS[number - 1](conn)
                    conn.execute(
                        schema_table.insert().values(version=number, applied_at=time.time())
                    )
                return int(found)
        except SQLAlchemyError:
            # Two SQLite instances creating the same table at once: the loser retries.
            if engine.dialect.name == "postgresql" or attempt == attempts - 1:
                raise
            time.sleep(0.1 * (attempt + 1))
    raise AssertionError("unreachable")
