"""What replicas of `pipwarden serve` share besides verdicts: the trust records and the
HTTP cache, in the same database (SQLite, and the PostgreSQL of scripts/test-services.sh,
skipped with the reason when it does not answer)."""

from __future__ import annotations

import json
import os
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, func, insert, inspect, select

from pipwarden.publishers.trust import TrustRecord, TrustStore
from pipwarden.serve import db as dbmod
from pipwarden.serve.app import create_app
from pipwarden.serve.db import Database
from pipwarden.serve.gate import ServeConfig
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.serving import (
    Server,
    free_port,
    serve_process,
    store_url,
)

ALICE = [{"role": "Owner", "user": "alice"}]
SECRET = "s3cr3t-pw"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The database URL of one store, empty (the PostgreSQL one held under its lock)."""
    with store_url(request.param, tmp_path) as url:
        yield url


def _replica(index: LocalIndex, database: str, home: Path, **options: object) -> Server:
    """An in-process instance with a local store of its own (another machine's)."""
    settings: dict[str, object] = {
        "upstream": index.url,
        "database": database,
        "retries": 0,
        "timeout": 5.0,
        "hold": 60.0,
    }
    settings.update(options)
    store = Store(home / "pipwarden.sqlite3")
    server = Server(create_app(ServeConfig(**settings), store=store))  # type: ignore[arg-type]
    server.app.state.local_store = store
    return server


def _close(*servers: Server) -> None:
    for server in servers:
        server.close()
        server.app.state.local_store.close()


def _serve_process(upstream: LocalIndex, database: str, home: Path, log: Path) -> tuple[str, Any]:
    """`pipwarden serve` in a process of its own, with its own data folder."""
    port = free_port()
    env = {**os.environ, "PIPWARDEN_HOME": str(home)}
    return f"http://127.0.0.1:{port}", serve_process(upstream.url, database, port, log, env=env)


def _findings(database: str, filename: str) -> list[str]:
    db = Database(database)
    try:
        return [f["rule"] for v in db.recent(100) if v.filename == filename for f in v.findings]
    finally:
        db.close()


def test_a_trust_record_written_by_one_process_is_read_by_another(
    index: LocalIndex, database: str, tmp_path: Path
) -> None:
    first_name, first = build_wheel("wt-shr-trust", "1.0")
    later_name, later = build_wheel("wt-shr-trust", "1.1")
    index.add(first_name, first)
    index.add(later_name, later)
    index.set_roles("wt-shr-trust", ALICE)
    url, proc = _serve_process(index, database, tmp_path / "home-a", tmp_path / "a.log")
    try:
        got = httpx.get(f"{url}/files/wt-shr-trust/{first_name}", timeout=60)
        assert got.status_code == 200, got.text
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert "publishers.trust-recorded" in _findings(database, first_name)
    # bob may publish now: the second instance, whose local store is empty, compares with
    # the record the first one wrote (without it, it would record bob as trusted)
    index.set_roles("wt-shr-trust", [*ALICE, {"role": "Maintainer", "user": "bob"}])
    second = _replica(index, database, tmp_path / "home-b", page_max_age=0.0)
    try:
        got = httpx.get(f"{second.url}/files/wt-shr-trust/{later_name}", timeout=60)
        assert got.status_code in (200, 403)
        assert "publishers.owner-added" in _findings(database, later_name)
        assert "publishers.trust-recorded" not in _findings(database, later_name)
        shown = httpx.get(f"{second.url}/api/decisions", timeout=60).json()["trust"]
        assert [(r["project"], r["owners"]) for r in shown] == [
            ("wt-shr-trust", {"alice": "Owner"})
        ]
        page = httpx.get(f"{second.url}/", timeout=60).text
        assert "<td>wt-shr-trust</td><td>alice (Owner)</td>" in page
    finally:
        _close(second)
    local = Store(tmp_path / "home-b" / "pipwarden.sqlite3")
    try:
        assert TrustStore(local).all() == []  # nothing went to the local file
    finally:
        local.close()


def test_the_http_cache_of_one_replica_is_reused_by_the_other(
    index: LocalIndex, database: str, tmp_path: Path
) -> None:
    name, data = build_wheel("wt-shr-cache", "1.0")
    index.add(name, data)
    index.auth = ("alice", SECRET)
    upstream = index.url.replace("http://", f"http://alice:{SECRET}@")
    a = _replica(index, database, tmp_path / "home-a", upstream=upstream, page_max_age=600.0)
    b = _replica(index, database, tmp_path / "home-b", upstream=upstream, page_max_age=600.0)
    try:
        for server in (a, b):
            page = httpx.get(f"{server.url}/simple/wt-shr-cache/", timeout=60)
            assert name in page.text
            doc = httpx.get(f"{server.url}/pypi/wt-shr-cache/json", timeout=60).json()
            assert doc["info"]["name"] == "wt-shr-cache"
        assert index.requests["/simple/wt-shr-cache/"] == 1
        assert index.requests["/pypi/wt-shr-cache/json"] == 1
        # vetting on b reads the publisher evidence a's requests cached
        assert httpx.get(f"{b.url}/files/wt-shr-cache/{name}", timeout=60).status_code == 200
        assert index.requests["/pypi/wt-shr-cache/json"] == 1
        assert index.requests[f"/files/wt-shr-cache/{name}"] == 1
    finally:
        _close(a, b)
    engine = create_engine(dbmod.engine_url(database))
    try:
        with engine.connect() as conn:
            urls = [u for (u,) in conn.execute(select(dbmod.http_cache.c.url))]
            rows = [tuple(r) for t in dbmod.metadata.sorted_tables for r in conn.execute(select(t))]
    finally:
        engine.dispose()
    assert any(u.endswith("/pypi/wt-shr-cache/json") for u in urls)
    assert rows and SECRET not in repr(rows)  # upstream credentials are never stored


def test_concurrent_upserts_of_one_record_and_one_entry(database: str) -> None:
    replicas = [Database(database), Database(database)]
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []
    url = "https://pypi.example/pypi/wt-race/json"

    def write(db: Database, n: int) -> None:
        try:
            barrier.wait()
            for round_ in range(10):
                record = TrustRecord("wt-race", owners={f"user{n}": "Owner"}, version=str(round_))
                TrustStore(db.shared).put(record)
                db.shared.cache_put(url, 200, f"{n}:{round_}".encode())
        except BaseException as exc:  # any error fails the test below
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(replicas[n % 2], n)) for n in range(8)]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        for db in replicas:
            record = TrustStore(db.shared).get("WT_Race")
            assert record is not None and record.version == "9"
            assert record.owners is not None and len(record.owners) == 1
            hit = db.shared.cache_get(url, None)
            assert hit is not None and hit[0] == 200 and hit[1].endswith(b":9")
            assert [p for p, _ in db.shared.trust_all()] == ["wt-race"]
    finally:
        for db in replicas:
            db.close()


def test_a_database_of_the_previous_schema_is_migrated(database: str) -> None:
    engine = create_engine(dbmod.engine_url(database))
    try:
        with engine.begin() as conn:  # the schema as version 1 left it, with a verdict
            dbmod.metadata.create_all(conn, tables=[dbmod.schema_table])
            dbmod.MIGRATIONS[0](conn)
            conn.execute(insert(dbmod.schema_table).values(version=1, applied_at=time.time()))
            conn.execute(
                insert(dbmod.verdicts).values(
                    sha256="a" * 64,
                    rules_version="r1",
                    project="wt-old",
                    version="1.0",
                    filename="wt_old-1.0-py3-none-any.whl",
                    verdict="allow",
                    reason="",
                    findings="[]",
                    decided_at=time.time(),
                    seconds=0.5,
                    instance="old",
                )
            )
        assert "serve_trust_records" not in inspect(engine).get_table_names()
    finally:
        engine.dispose()
    db = Database(database)
    try:
        assert db.found_version == 1
        kept = db.verdict("a" * 64, "r1")
        assert kept is not None and kept.project == "wt-old"
        TrustStore(db.shared).put(TrustRecord("wt-old", owners={"alice": "Owner"}))
        db.shared.cache_put("https://pypi.example/simple/wt-old/", 200, b"page")
    finally:
        db.close()
    again = Database(database)  # reopening applies nothing twice
    try:
        assert again.found_version == dbmod.SCHEMA_VERSION == 2
        with again.engine.connect() as conn:
            versions = [v for (v,) in conn.execute(select(dbmod.schema_table.c.version))]
            assert sorted(versions) == [1, 2]
            assert conn.execute(select(func.count()).select_from(dbmod.verdicts)).scalar() == 1
        stored = TrustStore(again.shared).get("wt-old")
        assert stored is not None and stored.owners == {"alice": "Owner"}
        assert again.shared.cache_get("https://pypi.example/simple/wt-old/", None) == (200, b"page")
    finally:
        again.close()


def test_the_local_store_keeps_its_records_without_a_database(tmp_path: Path) -> None:
    store = Store(tmp_path / "pipwarden.sqlite3")
    try:
        TrustStore(store).put(TrustRecord("wt-local", owners={"alice": "Owner"}))
        store.cache_put("https://alice:pw@pypi.example/pypi/wt-local/json", 200, b"{}")
        assert [r.project for r in TrustStore(store).all()] == ["wt-local"]
        assert store.cache_get("https://pypi.example/pypi/wt-local/json", None) == (200, b"{}")
        rows = store.query("SELECT url FROM http_cache")
        assert rows == [("https://pypi.example/pypi/wt-local/json",)]
    finally:
        store.close()


def test_the_trust_commands_work_on_the_database(
    run_cli: Any, index: LocalIndex, database: str, tmp_path: Path
) -> None:
    index.add_dist(build_wheel("wt-shr-cli", "1.0"))
    index.set_roles("wt-shr-cli", ALICE)
    db = Database(database)
    try:
        TrustStore(db.shared).put(TrustRecord("wt-shr-cli", owners={"bob": "Owner"}))
    finally:
        db.close()
    res = run_cli("trust", "accept", "wt-shr-cli", "--index-url", index.url, "--database", database)
    assert res.exit_code == 0, res.stderr
    assert "* owners: bob (Owner) -> alice (Owner)" in res.stdout

    def shown(*where: str) -> dict[str, Any]:
        res = run_cli("trust", "show", "--format", "json", *where)
        assert res.exit_code == 0, res.stderr
        projects: dict[str, Any] = json.loads(res.stdout)["projects"]
        return projects

    assert shown("--database", database)["wt-shr-cli"]["owners"] == {"alice": "Owner"}
    assert shown() == {}  # the local store was not written
    assert run_cli("trust", "export", "-o", "t.json", "--database", database).exit_code == 0
    assert run_cli("trust", "import", "t.json").exit_code == 0
    assert shown()["wt-shr-cli"]["source"] == "accepted"
