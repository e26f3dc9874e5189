"""An advisory database that cannot be relied on is a warning on every `check`/`install`
summary, and a block with ``--require-advisories`` (or policy ``require-advisories``)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pipwarden.audit import osv
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import standard, write_zip


@pytest.fixture
def pair(index: LocalIndex) -> LocalIndex:
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib"]))
    index.add_dist(build_wheel("wt-lib", "1.0"))
    return index


def _check(run_cli: Any, index: LocalIndex, *more: str) -> Any:
    return run_cli("check", "wt-app", "--index-url", index.url, "--retries", "0", *more)


def _fresh_db(tmp_path: Path) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", standard())))


def _age_db(days: int) -> None:
    import datetime as dt

    when = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=days)
    with sqlite3.connect(osv.default_path()) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'updated'", (when.isoformat(),))


def test_missing_database_warns_on_the_summary_line(pair: LocalIndex, run_cli: Any) -> None:
    res = _check(run_cli, pair)
    assert res.exit_code == 0, res.stderr
    lines = res.stdout.splitlines()
    at = next(i for i, line in enumerate(lines) if line.startswith("verdict: allow"))
    warning = " ".join(lines[at + 1 :])
    assert warning.startswith("warning: there is no advisory database")
    assert "pipwarden db update" in warning
    res = _check(run_cli, pair, "--format", "json")
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "allow" and {"verdict", "packages"} <= set(doc)
    (w,) = doc["warnings"]
    assert w["rule"] == "advisories.db-missing" and w["package"] is None
    assert not [f for p in doc["packages"] for f in p["findings"] if f["check"] == "advisories"]


def test_empty_and_stale_databases_warn(pair: LocalIndex, run_cli: Any, tmp_path: Path) -> None:
    _fresh_db(tmp_path)
    with sqlite3.connect(osv.default_path()) as conn:
        conn.execute("DELETE FROM vulns")
    res = _check(run_cli, pair, "--format", "json")
    assert [w["rule"] for w in json.loads(res.stdout)["warnings"]] == ["advisories.db-empty"]
    _fresh_db(tmp_path)
    res = _check(run_cli, pair, "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["warnings"] == []
    _age_db(30)
    res = _check(run_cli, pair)
    assert "warning: the advisory database is 30 days old (db-max-age-days = 7)" in res.stdout
    (tmp_path / "pipwarden.toml").write_text("db-max-age-days = 60\n")
    assert "warning" not in _check(run_cli, pair).stdout


def test_install_shows_the_warning_too(pair: LocalIndex, run_cli: Any, tmp_path: Path) -> None:
    from pipwarden import environment

    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli(
        "install", "-p", str(venv), "wt-app", "--index-url", pair.url, "--retries", "0", "--dry-run"
    )
    assert res.exit_code == 0, res.stderr
    assert "warning: there is no advisory database" in res.stdout


@pytest.mark.parametrize("how", ["flag", "policy"])
def test_required_advisories_block_every_package(
    pair: LocalIndex, run_cli: Any, tmp_path: Path, how: str
) -> None:
    more = ["--require-advisories"] if how == "flag" else []
    if how == "policy":
        (tmp_path / "pipwarden.toml").write_text("require-advisories = true\n")
    res = _check(run_cli, pair, *more, "--fail-on", "critical", "--format", "json")
    assert res.exit_code == 1, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "block"
    for pkg in doc["packages"]:
        assert pkg["verdict"] == "block"
        (f,) = [f for f in pkg["findings"] if f["check"] == "advisories"]
        assert f["rule"] == "advisories.db-required"
        assert "require-advisories is set and there is no advisory database" in f["message"]
        assert f["remediation"] == "run `pipwarden db update`, then vet again"
    res = _check(run_cli, pair, *more)
    assert res.exit_code == 1 and "advisories.db-required" in res.stdout
    # a stale database blocks as well; a fresh one passes
    _fresh_db(tmp_path)
    _age_db(30)
    res = _check(run_cli, pair, *more, "--format", "json")
    assert res.exit_code == 1
    assert "30 days old" in json.loads(res.stdout)["packages"][0]["findings"][0]["message"]
    _fresh_db(tmp_path)
    res = _check(run_cli, pair, *more, "--format", "json")
    assert res.exit_code == 0, res.stdout
    assert json.loads(res.stdout)["warnings"] == []
