"""The embedded SQLite store (WAL mode): HTTP cache, advisories, trust records.

Each feature owns its tables and declares them with `Store.ensure`, so adding
a feature never touches this module. The database and its -wal/-shm files are
owner-only (0600) in an owner-only folder; HTTP cache keys never hold
credentials (`redact.redact_text` is applied to every key).
"""

from __future__ import annotations

import sqlite3
import threading
import time
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
        self.ensure("http_cache", _HTTP_DDL)

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

    # -- the HTTP cache ------------------------------------------------
    def cache_get(self, url: str, max_age: float | None) -> tuple[int, bytes] | None:
        """A cached response no older than `max_age` seconds (None: any age)."""
        rows = self.query(
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
        self.execute(
            "INSERT OR REPLACE INTO http_cache (url, fetched, status, body) VALUES (?, ?, ?, ?)",
            (redact_text(url), time.time(), status, body),
        )

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
