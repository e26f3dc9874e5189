"""The embedded SQLite store (WAL mode): HTTP cache, advisories, trust records.

Each feature owns its tables and declares them with `Store.ensure`, so adding
a feature never touches this module. The database and its -wal/-shm files are
owner-only (0600) in an owner-only folder; HTTP cache keys never hold
credentials (`redact.redact_text` is applied to every key).

The HTTP cache and the trust records go through `SharedStore`, the one
interface for what replicas of the firewall index share: `LocalShared` keeps
them in this SQLite file (``check``, ``install``), and `pipwarden serve` puts
them in its database (`Store.share`; serve/db.py).

Cached HTTP responses are kept `HTTP_CACHE_DAYS` days (an offline run can use them
until then): a store removes older ones on its first write, and once a day after
that in a long-lived process (the firewall index). `pipwarden cache` shows and
empties the caches.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from abc import ABC, abstractmethod
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipwarden import paths
from pipwarden.limits import loads_json
from pipwarden.redact import redact_text

_HTTP_DDL = """
CREATE TABLE IF NOT EXISTS http_cache (
    url TEXT PRIMARY KEY,
    fetched REAL NOT NULL,
    status INTEGER NOT NULL,
    body BLOB NOT NULL
)
"""

_TRUST_DDL = """
CREATE TABLE IF NOT EXISTS trust_records (
    project TEXT PRIMARY KEY,
    data TEXT NOT NULL
)
"""


#: How long a cached HTTP response is kept, in days.
HTTP_CACHE_DAYS = 30

#: How often (seconds) a store removes expired HTTP responses while it is open.
PRUNE_EVERY = 24 * 3600.0


@dataclass(frozen=True)
class CacheStats:
    """What one cache holds: its entries, their size in bytes, and when the oldest was
    written (a `time.time()`; None when it is empty or its entries carry no time)."""

    entries: int
    size: int
    oldest: float | None = None


class SharedStore(ABC):
    """The HTTP cache and the trust records: what replicas of the firewall index share.

    Cache keys are URLs (credentials are removed before they are stored);
    trust records are JSON text by normalized project name. Writes replace
    what is there, and two writers of one key at once never fail.
    """

    @abstractmethod
    def cache_get(self, url: str, max_age: float | None) -> tuple[int, bytes] | None:
        """A cached response (status, body) no older than `max_age` seconds (None: any age)."""

    @abstractmethod
    def cache_put(self, url: str, status: int, body: bytes) -> None:
        """Remember a response (replacing the one cached under `url`)."""

    @abstractmethod
    def cache_prune(self, before: float | None) -> int:
        """Remove the responses fetched before `before` (a `time.time()`; None: all);
        how many were removed."""

    @abstractmethod
    def cache_stats(self) -> CacheStats:
        """How many responses are cached, their size and the oldest's time."""

    @abstractmethod
    def trust_get(self, project: str) -> str | None:
        """The trust record of a normalized project name, as stored (JSON text)."""

    @abstractmethod
    def trust_put(self, project: str, data: str) -> None:
        """Write (or replace) the trust record of a normalized project name."""

    @abstractmethod
    def trust_all(self) -> list[tuple[str, str]]:
        """Every trust record as (project, JSON text), sorted by project."""


class LocalShared(SharedStore):
    """The shared tables in the local SQLite store."""

    def __init__(self, store: Store) -> None:
        self.store = store
        store.ensure("http_cache", _HTTP_DDL)
        store.ensure("trust", _TRUST_DDL)

    def cache_get(self, url: str, max_age: float | None) -> tuple[int, bytes] | None:
        """A cached response no older than `max_age` seconds (None: any age)."""
        rows = self.store.query(
            "SELECT fetched, status, body FROM http_cache WHERE url = ?", (redact_text(url),)
        )
        if not rows:
            return None
        fetched, status, body = rows[0]
        if max_age is not None and time.time() - fetched > max_age:
            return None
        return int(status), bytes(body)

    def cache_put(self, url: str, status: int, body: bytes) -> None:
        """Remember a response."""
        self.store.execute(
            "INSERT OR REPLACE INTO http_cache (url, fetched, status, body) VALUES (?, ?, ?, ?)",
            (redact_text(url), time.time(), status, body),
        )

    def cache_prune(self, before: float | None) -> int:
        """Remove the responses fetched before `before` (None: all)."""
        if before is None:
            return self.store.execute("DELETE FROM http_cache").rowcount
        return self.store.execute("DELETE FROM http_cache WHERE fetched < ?", (before,)).rowcount

    def cache_stats(self) -> CacheStats:
        """How many responses are cached, their size and the oldest's time."""
        ((count, size, oldest),) = self.store.query(
            "SELECT COUNT(*), COALESCE(SUM(LENGTH(body) + LENGTH(url)), 0), MIN(fetched) "
            "FROM http_cache"
        )
        return CacheStats(int(count), int(size), None if oldest is None else float(oldest))

    def trust_get(self, project: str) -> str | None:
        """The stored record of a project."""
        rows = self.store.query("SELECT data FROM trust_records WHERE project = ?", (project,))
        return str(rows[0][0]) if rows else None

    def trust_put(self, project: str, data: str) -> None:
        """Write (or replace) the record of a project."""
        self.store.execute(
            "INSERT OR REPLACE INTO trust_records (project, data) VALUES (?, ?)", (project, data)
        )

    def trust_all(self) -> list[tuple[str, str]]:
        """Every record, sorted by project."""
        rows = self.store.query("SELECT project, data FROM trust_records ORDER BY project")
        return [(str(p), str(d)) for p, d in rows]


class Store:
    """A connection to the store; safe to share between threads (one lock)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or paths.data_dir() / "pipwarden.sqlite3"
        if path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        # SQLite gives the -wal and -shm files the database file's mode.
        for suffix in ("", "-wal", "-shm"):
            sibling = self.path.with_name(self.path.name + suffix)
            if suffix == "" or sibling.exists():
                paths.private_file(sibling)
        self._lock = threading.RLock()
        self.conn = sqlite3.connect(self.path, check_same_thread=False, timeout=30)
        self.conn.execute("PRAGMA journal_mode=WAL")
        self.conn.execute("PRAGMA synchronous=NORMAL")
        self._ensured: set[str] = set()
        #: Where the HTTP cache and the trust records live (this file unless `share` moved them).
        self.shared: SharedStore = LocalShared(self)
        #: When expired HTTP responses were last removed (0: not yet by this store).
        self._pruned = 0.0

    def ensure(self, name: str, ddl: str) -> None:
        """Create the tables of feature `name` once per connection (`ddl` may hold several)."""
        if name in self._ensured:
            return
        with self._lock:
            self.conn.executescript(ddl)
            self._ensured.add(name)

    def execute(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> sqlite3.Cursor:
        """Run one statement under the store's lock and commit."""
        with self._lock:
            cur = self.conn.execute(sql, params)
            self.conn.commit()
            return cur

    def executemany(self, sql: str, rows: list[tuple[Any, ...]]) -> None:
        """Run one statement for each of `rows` in a single transaction."""
        with self._lock:
            self.conn.executemany(sql, rows)
            self.conn.commit()

    def query(self, sql: str, params: tuple[Any, ...] | dict[str, Any] = ()) -> list[Any]:
        """All rows of a query."""
        with self._lock:
            return self.conn.execute(sql, params).fetchall()

    def share(self, shared: SharedStore) -> None:
        """Keep the HTTP cache and the trust records in `shared` from now on (the other
        tables stay in this file)."""
        self.shared = shared

    # -- the HTTP cache ------------------------------------------------
    def cache_get(self, url: str, max_age: float | None) -> tuple[int, bytes] | None:
        """A cached response no older than `max_age` seconds (None: any age)."""
        return self.shared.cache_get(url, max_age)

    def cache_put(self, url: str, status: int, body: bytes) -> None:
        """Remember a response (and, at most once every `PRUNE_EVERY` seconds, forget
        those older than `HTTP_CACHE_DAYS` days)."""
        self.shared.cache_put(url, status, body)
        now = time.time()
        if now - self._pruned >= PRUNE_EVERY:
            self._pruned = now
            self.shared.cache_prune(now - HTTP_CACHE_DAYS * 86400.0)

    def cache_get_json(self, url: str, max_age: float | None) -> Any | None:
        """A cached JSON document, parsed."""
        hit = self.cache_get(url, max_age)
        if hit is None or hit[0] != 200:
            return None
        try:
            return loads_json(hit[1])
        except ValueError:
            return None

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self.conn.close()
