"""The `advisories` check of `check`/`install`: a candidate against the local database."""

from __future__ import annotations

from pathlib import Path

from pipwarden.audit import osv
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import advisories, registry
from pipwarden.findings import Severity
from pipwarden.policy import Policy
from tests.support.osvdata import standard, write_zip


def _cand(name: str, version: str) -> Candidate:
    return Candidate(name, version, f"{name}-{version}-py3-none-any.whl", "", None, "wheel")


def _ctx(cands: list[Candidate], policy: Policy | None = None) -> VetContext:
    return VetContext(policy=policy or Policy(), store=None, index=None, closure=cands)  # type: ignore[arg-type]


def test_registered() -> None:
    assert "advisories" in [c.name for c in registry()]


def test_empty_database_is_a_run_warning_not_a_finding() -> None:
    cands = [_cand("requests", "2.30.0"), _cand("flask", "2.0")]
    ctx = _ctx(cands)
    advisories.prepare(cands, ctx)
    assert advisories.run(cands[0], ctx) == []
    assert advisories.run(cands[1], ctx) == []
    warning = advisories.database_warning(ctx)
    assert warning is not None and warning.rule == "advisories.db-missing"
    assert warning.severity is Severity.MEDIUM and warning.package is None
    assert "pipwarden db update" in warning.remediation


def test_required_advisories_block_each_candidate() -> None:
    cands = [_cand("requests", "2.30.0"), _cand("flask", "2.0")]
    ctx = _ctx(cands, Policy(require_advisories=True))
    advisories.prepare(cands, ctx)
    for c in cands:
        (f,) = advisories.run(c, ctx)
        assert f.rule == "advisories.db-required" and f.severity is Severity.CRITICAL
        assert f.package == c.name and f"for {c.name} {c.version}" in f.message
        assert Policy(fail_on=Severity.CRITICAL).verdict(c.name, [f]).label == "block"


def test_vulnerable_candidate(tmp_path: Path) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", standard())))
    cands = [_cand("Requests", "2.30.0"), _cand("requests", "2.31.0"), _cand("demo.pkg", "1.3.5")]
    ctx = _ctx(cands)
    advisories.prepare(cands, ctx)
    bad = advisories.run(cands[0], ctx)
    assert [f.rule for f in bad] == ["PYSEC-2023-74"]
    assert bad[0].package == "Requests" and bad[0].version == "2.30.0"
    assert "GHSA-j8r2-6x86-q33q" in bad[0].details["ids"]
    assert "2.31.0" in bad[0].remediation
    assert advisories.run(cands[1], ctx) == []
    demo = advisories.run(cands[2], ctx)
    assert {f.rule for f in demo} == {"PYSEC-2099-1", "PYSEC-2099-2"}
    assert max(f.severity for f in demo) is Severity.CRITICAL
    # Policy ignores work on these findings through their ids and aliases.
    from pipwarden.policy import Ignore

    pol = Policy(ignore=(Ignore(id="CVE-2023-32681", reason="not used"),))
    assert pol.verdict("requests", bad).label == "allow"


def test_run_without_prepare_and_stale_notice(tmp_path: Path) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", standard())))
    cand = _cand("requests", "2.30.0")
    ctx = _ctx([], Policy(db_max_age_days=0))
    import time

    time.sleep(0.01)
    found = advisories.run(cand, ctx)
    assert [f.rule for f in found] == ["PYSEC-2023-74"]
    warning = advisories.database_warning(ctx)
    assert warning is not None and warning.rule == "advisories.db-stale"
    assert "db-max-age-days = 0" in warning.message
