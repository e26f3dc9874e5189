"""The caches expire and can be shown and emptied: HTTP responses older than
HTTP_CACHE_DAYS are removed by the store itself (the local SQLite file and a firewall
index's database alike), and `pipwarden cache info|purge` works on both."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipwarden import checkcache, paths
from pipwarden.findings import Finding, Severity
from pipwarden.serve.db import Database
from pipwarden.store import HTTP_CACHE_DAYS, PRUNE_EVERY, SharedStore, Store
from tests.support.serving import store_url

DAY = 86400.0


@pytest.fixture(params=["local", "sqlite-database", "postgresql"])
def shared(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[SharedStore]:
    """The shared HTTP cache of the local store, or of a firewall index's database."""
    if request.param == "local":
        store = Store(tmp_path / "local.sqlite3")
        yield store.shared
        store.close()
        return
    with store_url(request.param.removesuffix("-database"), tmp_path) as url:
        db = Database(url)
        try:
            yield db.shared
        finally:
            db.close()


def _age(shared: SharedStore, url: str, days: float, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cache a response for `url` as if it had been fetched `days` days ago."""
    real = time.time
    then = real() - days * DAY
    monkeypatch.setattr(time, "time", lambda: then)
    try:
        shared.cache_put(url, 200, b"x" * 10)
    finally:
        monkeypatch.setattr(time, "time", real)


def test_prune_removes_only_responses_fetched_before_the_cutoff(
    shared: SharedStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    _age(shared, "https://pypi.example/pypi/old/json", 40, monkeypatch)
    _age(shared, "https://pypi.example/pypi/mid/json", 10, monkeypatch)
    shared.cache_put("https://pypi.example/pypi/new/json", 200, b"{}")
    stats = shared.cache_stats()
    assert stats.entries == 3
    assert stats.oldest is not None and time.time() - stats.oldest > 39 * DAY
    assert shared.cache_prune(time.time() - 30 * DAY) == 1
    assert shared.cache_get("https://pypi.example/pypi/old/json", None) is None
    assert shared.cache_get("https://pypi.example/pypi/mid/json", None) == (200, b"x" * 10)
    assert shared.cache_prune(None) == 2
    assert shared.cache_stats().entries == 0
    assert shared.cache_stats().oldest is None


def test_the_store_forgets_expired_responses_on_its_first_write_then_once_a_day(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = Store(tmp_path / "s.sqlite3")
    try:
        expired = HTTP_CACHE_DAYS + 1
        _age(store.shared, "https://pypi.example/pypi/a/json", expired, monkeypatch)
        store.cache_put("https://pypi.example/pypi/b/json", 200, b"{}")
        assert store.cache_get("https://pypi.example/pypi/a/json", None) is None
        # Written after the store pruned: kept until a day has passed.
        _age(store.shared, "https://pypi.example/pypi/c/json", expired, monkeypatch)
        store.cache_put("https://pypi.example/pypi/d/json", 200, b"{}")
        assert store.cache_get("https://pypi.example/pypi/c/json", None) is not None
        later = time.time() + PRUNE_EVERY + 1
        monkeypatch.setattr(time, "time", lambda: later)
        store.cache_put("https://pypi.example/pypi/e/json", 200, b"{}")
        assert store.cache_get("https://pypi.example/pypi/c/json", None) is None
        assert store.cache_get("https://pypi.example/pypi/b/json", None) is not None
    finally:
        store.close()


def _fill_local() -> None:
    """The local store of this test's PIPWARDEN_HOME: two responses, one check result."""
    store = Store()
    try:
        store.cache_put("https://pypi.example/pypi/a/json", 200, b"{}")
        store.shared.cache_put("https://pypi.example/pypi/b/json", 200, b"{}")
        store.execute(
            "UPDATE http_cache SET fetched = fetched - ? WHERE url LIKE '%/b/%'", (9 * DAY,)
        )
        finding = Finding(check="code", rule="x.y", severity=Severity.LOW, message="m")
        checkcache.put(store, "code", "1", "0" * 64, [finding])
    finally:
        store.close()


def test_cache_info_shows_each_cache(run_cli: Any) -> None:
    _fill_local()
    res = run_cli("cache", "info", "--format", "json")
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["store"] == str(paths.data_dir() / "pipwarden.sqlite3")
    assert doc["caches"]["http"]["entries"] == 2
    assert doc["caches"]["check_cache"]["entries"] == 1
    assert doc["http_cache_days"] == HTTP_CACHE_DAYS
    text = run_cli("cache", "info")
    assert text.exit_code == 0, text.stderr
    assert "HTTP responses: 2 entries" in text.stdout
    assert "oldest 9.0 days" in text.stdout


def test_cache_purge_older_than_keeps_recent_responses_and_check_results(run_cli: Any) -> None:
    _fill_local()
    res = run_cli("cache", "purge", "--older-than", "7")
    assert res.exit_code == 0, res.stderr
    assert res.stdout.strip() == "removed 1 HTTP response(s)"
    doc = json.loads(run_cli("cache", "info", "--format", "json").stdout)
    assert doc["caches"]["http"]["entries"] == 1
    assert doc["caches"]["check_cache"]["entries"] == 1
    res = run_cli("cache", "purge")
    assert res.stdout.strip() == "removed 1 HTTP response(s) and 1 cached check result(s)"
    doc = json.loads(run_cli("cache", "info", "--format", "json").stdout)
    assert {k: v["entries"] for k, v in doc["caches"].items()} == {
        "http": 0,
        "check_cache": 0,
        "file_memo": 0,
    }


def test_cache_purge_with_a_database_empties_only_its_http_cache(
    run_cli: Any, tmp_path: Path
) -> None:
    _fill_local()
    url = str(tmp_path / "serve.sqlite3")
    db = Database(url)
    try:
        db.shared.cache_put("https://pypi.example/simple/a/", 200, b"<html>")
    finally:
        db.close()
    res = run_cli("cache", "info", "--database", url, "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert list(json.loads(res.stdout)["caches"]) == ["http"]
    assert json.loads(res.stdout)["caches"]["http"]["entries"] == 1
    res = run_cli("cache", "purge", "--database", url)
    assert res.exit_code == 0, res.stderr
    assert res.stdout.strip() == "removed 1 HTTP response(s)"
    local = json.loads(run_cli("cache", "info", "--format", "json").stdout)["caches"]
    assert local["http"]["entries"] == 2  # the local store was not touched


@pytest.mark.parametrize("bad", ["-1", "soon"])
def test_cache_purge_rejects_a_bad_age(run_cli: Any, bad: str) -> None:
    res = run_cli("cache", "purge", "--older-than", bad)
    assert res.exit_code == 2
    assert "--older-than" in res.stderr
