"""Findings of artifact-pure checks, cached per artifact sha256 in the store."""

from __future__ import annotations

import json

from pipwarden.findings import Finding, finding_from_json
from pipwarden.store import Store

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
