"""A check that fails never turns into "allow": it blocks its own package, and only that one."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from pipwarden import vet as vet_mod
from pipwarden.audit import osv
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import Check
from pipwarden.errors import PipwardenError, RunInputError
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.policy import Policy
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import record, write_zip


def _args(index: LocalIndex, *more: str) -> list[str]:
    return ["--index-url", index.url, "--retries", "0", "--timeout", "5", *more]


@pytest.fixture
def pair(index: LocalIndex) -> LocalIndex:
    """wt-app 1.0 -> wt-lib."""
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib"]))
    index.add_dist(build_wheel("wt-lib", "1.0"))
    return index


def _packages(stdout: str) -> dict[str, dict[str, Any]]:
    return {p["name"]: p for p in json.loads(stdout)["packages"]}


def _only(checks: list[Check], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(vet_mod, "registry", lambda: checks)


def _crash_on_lib(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    if candidate.name == "wt-lib":
        raise ValueError("unexpected token in wt_lib/core.py")
    return []


def test_a_crashing_check_blocks_its_package_only(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _only([Check("boom", _crash_on_lib)], monkeypatch)
    res = run_cli("check", "wt-app", *_args(pair), "--format", "json")
    assert res.exit_code == 1, res.stderr
    pkgs = _packages(res.stdout)
    assert pkgs["wt-app"]["verdict"] == "allow" and pkgs["wt-app"]["findings"] == []
    lib = pkgs["wt-lib"]
    assert lib["verdict"] == "block"
    (f,) = lib["findings"]
    assert f["rule"] == "boom.error" and f["severity"] == "critical"
    assert "ValueError: unexpected token in wt_lib/core.py" in f["message"]
    assert "wt-lib 1.0 was not fully vetted" in f["message"]
    assert "review the package by hand" in f["remediation"]
    assert 'on-error = "warn"' in f["remediation"]
    # Whatever fail-on says: the package was not vetted.
    res = run_cli("check", "wt-app", *_args(pair), "--fail-on", "critical", "--format", "json")
    assert res.exit_code == 1 and _packages(res.stdout)["wt-lib"]["verdict"] == "block"
    # The text table shows it without -v.
    res = run_cli("check", "wt-app", *_args(pair))
    assert res.exit_code == 1 and "boom.error" in res.stdout


def test_on_error_warn_is_the_opt_out(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _only([Check("boom", _crash_on_lib)], monkeypatch)
    (tmp_path / "pipwarden.toml").write_text('on-error = "warn"\nwarn-on = "critical"\n')
    res = run_cli("check", "wt-app", *_args(pair), "--format", "json")
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "warn"
    lib = _packages(res.stdout)["wt-lib"]
    assert lib["verdict"] == "warn"  # warns even though warn-on is above its severity
    assert lib["findings"][0]["severity"] == "medium"
    assert _packages(res.stdout)["wt-app"]["verdict"] == "allow"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('on-error = "ignore"\n', "key 'on-error' must be \"block\" or \"warn\", not 'ignore'"),
        ("on-error = true\n", 'key \'on-error\' must be "block" or "warn"'),
        ('require-advisories = "yes"\n', "key 'require-advisories' must be true or false"),
    ],
)
def test_new_policy_keys_are_validated(
    pair: LocalIndex, run_cli: Any, tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "pipwarden.toml").write_text(text)
    res = run_cli("check", "wt-app", *_args(pair))
    assert res.exit_code == 2
    assert expected in res.stderr and "pipwarden.toml" in res.stderr
    assert res.stderr.count("\n") == 1


def test_a_failing_prepare_marks_only_the_package_that_made_it_fail(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, list[str]] = {}

    def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
        for c in candidates:  # a closure-wide parser that trips over one package
            if c.name == "wt-lib":
                raise KeyError("releases")
            seen.setdefault(c.name, []).append("prepared")

    def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
        return []

    _only([Check("closure", run, prepare=prepare)], monkeypatch)
    res = run_cli("check", "wt-app", *_args(pair), "--format", "json")
    assert res.exit_code == 1, res.stderr
    pkgs = _packages(res.stdout)
    assert pkgs["wt-app"]["verdict"] == "allow" and pkgs["wt-app"]["findings"] == []
    assert [f["rule"] for f in pkgs["wt-lib"]["findings"]] == ["closure.error"]
    assert "KeyError: 'releases'" in pkgs["wt-lib"]["findings"][0]["message"]
    assert pkgs["wt-lib"]["verdict"] == "block"


def test_one_corrupt_advisory_marks_only_its_package(
    pair: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    """The real advisories check: its closure-wide query fails on one package's record."""
    osv.update(
        str(
            write_zip(
                tmp_path / "o.zip",
                [
                    record("PYSEC-1", "wt-lib", ("introduced", "0"), ("fixed", "0.5")),
                    record("PYSEC-2", "wt-app", ("introduced", "0"), ("fixed", "0.5")),
                ],
            )
        )
    )
    with sqlite3.connect(osv.default_path()) as conn:
        conn.execute("UPDATE vulns SET doc = '{not json' WHERE package = 'wt-lib'")
    res = run_cli("check", "wt-app", *_args(pair), "--format", "json")
    assert res.exit_code == 1, res.stderr
    pkgs = _packages(res.stdout)
    assert pkgs["wt-app"]["verdict"] == "allow"
    assert not any(f["rule"] == "advisories.error" for f in pkgs["wt-app"]["findings"])
    lib = [f for f in pkgs["wt-lib"]["findings"] if f["check"] == "advisories"]
    assert [f["rule"] for f in lib] == ["advisories.error"]
    assert pkgs["wt-lib"]["verdict"] == "block"


def test_a_lone_package_with_a_corrupt_advisory(
    pair: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    osv.update(
        str(write_zip(tmp_path / "o.zip", [record("PYSEC-1", "wt-lib", ("introduced", "0"))]))
    )
    with sqlite3.connect(osv.default_path()) as conn:
        conn.execute("UPDATE vulns SET doc = '[' WHERE package = 'wt-lib'")
    res = run_cli("check", "wt-lib", *_args(pair), "--format", "json")
    assert res.exit_code == 1, res.stderr
    (pkg,) = json.loads(res.stdout)["packages"]
    assert [f["rule"] for f in pkg["findings"] if f["check"] == "advisories"] == [
        "advisories.error"
    ]


def test_an_input_error_inside_a_check_is_that_packages_finding(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
        if candidate.name == "wt-lib":
            raise PipwardenError("wt_lib-1.0.tar.gz: PKG-INFO is implausibly large")
        return []

    _only([Check("meta", run)], monkeypatch)
    res = run_cli("check", "wt-app", *_args(pair), "--format", "json")
    assert res.exit_code == 1, res.stderr
    pkgs = _packages(res.stdout)
    assert pkgs["wt-app"]["verdict"] == "allow"
    assert "PKG-INFO is implausibly large" in pkgs["wt-lib"]["findings"][0]["message"]
    assert pkgs["wt-lib"]["verdict"] == "block"


def test_an_input_error_of_the_whole_run_still_ends_it(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
        raise RunInputError("trust.json: key 'projects' must be an object")

    _only([Check("runwide", lambda c, ctx: [], prepare=prepare)], monkeypatch)
    res = run_cli("check", "wt-app", *_args(pair))
    assert res.exit_code == 2
    assert res.stderr == "pipwarden: error: trust.json: key 'projects' must be an object\n"


def test_a_failing_run_is_never_cached(
    pair: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []

    def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
        calls.append(candidate.name)
        raise MemoryError()

    _only([Check("code", run, cache_version="t-1")], monkeypatch)
    for _ in range(2):
        res = run_cli("check", "wt-lib", *_args(pair), "--format", "json")
        assert res.exit_code == 1
        (f,) = _packages(res.stdout)["wt-lib"]["findings"]
        assert f["rule"] == "code.error" and f["message"].endswith(": MemoryError")
    assert calls == ["wt-lib", "wt-lib"]


def test_policy_verdict_of_check_errors() -> None:
    err = Finding("code", "code.error", Severity.MEDIUM, "crashed", package="x")
    assert Policy().verdict("x", [err]) is Verdict.BLOCK
    assert Policy(fail_on=Severity.CRITICAL).verdict("x", [err]) is Verdict.BLOCK
    assert Policy(on_error="warn").verdict("x", [err]) is Verdict.WARN
    assert Policy(on_error="warn", warn_on=Severity.CRITICAL).verdict("x", [err]) is Verdict.WARN
    # A rule that merely ends in "error" is an ordinary finding.
    other = Finding("publishers", "publishers.attestations-error", Severity.INFO, "?")
    assert Policy().verdict("x", [other]) is Verdict.ALLOW
