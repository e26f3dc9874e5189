"""Findings of artifact-pure checks, cached per artifact sha256 in the store, and the
scanner's per-file memo (`FileMemo`)."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from pipwarden.findings import Finding, finding_from_json
from pipwarden.store import CacheStats, Store

_DDL = """
CREATE TABLE IF NOT EXISTS check_cache (
    check_name TEXT NOT NULL,
    version TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    findings TEXT NOT NULL,
    PRIMARY KEY (check_name, version, sha256)
)
"""


def get(store: Store, check: str, version: str, sha256: str) -> list[Finding] | None:
    """The cached findings, or None when this artifact was not checked by this version."""
    store.ensure("check_cache", _DDL)
    rows = store.query(
        "SELECT findings FROM check_cache WHERE check_name = ? AND version = ? AND sha256 = ?",
        (check, version, sha256),
    )
    if not rows:
        return None
    return [finding_from_json(d) for d in json.loads(rows[0][0])]


def put(store: Store, check: str, version: str, sha256: str, findings: list[Finding]) -> None:
    """Remember the findings of `check` for this artifact."""
    store.ensure("check_cache", _DDL)
    store.execute(
        "INSERT OR REPLACE INTO check_cache (check_name, version, sha256, findings) "
        "VALUES (?, ?, ?, ?)",
        (check, version, sha256, json.dumps([f.to_json() for f in findings])),
    )


_MEMO_DDL = """
CREATE TABLE IF NOT EXISTS file_memo (
    version TEXT NOT NULL,
    key TEXT NOT NULL,
    value TEXT NOT NULL,
    digest TEXT NOT NULL,
    PRIMARY KEY (version, key)
)
"""


def _encode(value: object) -> object:
    """A JSON-ready form of a fact: strings, numbers, tuples and frozensets of them."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, tuple):
        return {"t": [_encode(v) for v in value]}
    if isinstance(value, frozenset):
        return {"f": sorted((_encode(v) for v in value), key=repr)}
    raise TypeError(f"a fact of type {type(value).__name__} is not cached")


def _decode(value: object) -> object:
    """The inverse of `_encode`; TypeError for anything it would not have written."""
    if value is None or isinstance(value, (str, bool, int, float)):
        return value
    if isinstance(value, dict) and len(value) == 1:
        ((tag, items),) = value.items()
        if isinstance(items, list) and tag == "t":
            return tuple(_decode(v) for v in items)
        if isinstance(items, list) and tag == "f":
            return frozenset(_decode(v) for v in items)
    raise TypeError("not a cached fact")


class FileMemo:
    """What the scanner found in one file (its findings and the facts it noted), kept
    by the file's content digest and its place in the target (`scan.memo_key`), shared
    across packages and runs: a new release rescans only the files that changed.

    Entries live in the store under `version` (the scanner's fingerprint: any
    change to a rule empties the memo). Each carries the sha256 of its own text;
    an entry that does not match it or does not decode is ignored (the file is
    analysed again), never trusted. New entries are written by `flush`.
    """

    def __init__(self, store: Store, version: str) -> None:
        self.store = store
        self.version = version
        self.pending: dict[str, str] = {}
        store.ensure("file_memo", _MEMO_DDL)

    def get(self, key: str) -> tuple[list[Finding], dict[str, set[Any]]] | None:
        """The findings and facts of the file with this key, or None."""
        rows = self.store.query(
            "SELECT value, digest FROM file_memo WHERE version = ? AND key = ?",
            (self.version, key),
        )
        if not rows:
            return None
        value, digest = rows[0]
        if not isinstance(value, str) or hashlib.sha256(value.encode()).hexdigest() != digest:
            return None
        return self._decode(value)

    @staticmethod
    def _decode(value: str) -> tuple[list[Finding], dict[str, set[Any]]] | None:
        """An entry's findings and facts; None for text that is not an entry."""
        try:
            doc = json.loads(value)
            findings = [finding_from_json(d) for d in doc["findings"]]
            facts: dict[str, set[Any]] = {
                str(k): {_decode(v) for v in items} for k, items in doc["facts"].items()
            }
        except (ValueError, TypeError, KeyError, AttributeError):
            return None
        return findings, facts

    def put(self, key: str, findings: list[Finding], facts: Mapping[str, Iterable[Any]]) -> None:
        """Remember a file's findings and facts (written by `flush`); facts that cannot
        be written exactly leave the file out."""
        if any(not isinstance(v, (set, frozenset)) for v in facts.values()):
            return
        try:
            doc = {
                "findings": [f.to_json() for f in findings],
                "facts": {k: [_encode(v) for v in items] for k, items in facts.items()},
            }
            value = json.dumps(doc)
        except (TypeError, ValueError):
            return
        back = self._decode(value)
        # What would not read back the same (repr: fields left out of ==, tuples) is not kept.
        if back is None or repr(back[0]) != repr(findings):
            return
        if back[1] != {k: set(v) for k, v in facts.items()}:
            return
        self.pending[key] = value

    def flush(self) -> None:
        """Write the entries remembered since the last flush, in one transaction."""
        if not self.pending:
            return
        rows = [
            (self.version, key, value, hashlib.sha256(value.encode()).hexdigest())
            for key, value in self.pending.items()
        ]
        self.store.executemany(
            "INSERT OR REPLACE INTO file_memo (version, key, value, digest) VALUES (?, ?, ?, ?)",
            rows,
        )
        self.pending.clear()


def stats(store: Store) -> dict[str, CacheStats]:
    """What the check results and the scanner's file memo hold (every version)."""
    store.ensure("check_cache", _DDL)
    store.ensure("file_memo", _MEMO_DDL)
    out: dict[str, CacheStats] = {}
    for table, column in (("check_cache", "findings"), ("file_memo", "value")):
        ((count, size),) = store.query(
            f"SELECT COUNT(*), COALESCE(SUM(LENGTH({column})), 0) FROM {table}"
        )
        out[table] = CacheStats(int(count), int(size))
    return out


def purge(store: Store) -> int:
    """Forget every cached check result and file memo entry; how many there were."""
    store.ensure("check_cache", _DDL)
    store.ensure("file_memo", _MEMO_DDL)
    removed = store.execute("DELETE FROM check_cache").rowcount
    return removed + store.execute("DELETE FROM file_memo").rowcount
