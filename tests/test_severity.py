"""Where an advisory's severity comes from: its own CVSS vector, an alias's in the same
export, a database's label, or nowhere (unknown, treated as high)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipwarden.audit import osv
from pipwarden.findings import Severity
from tests.support.osvdata import CVSS_CRITICAL, CVSS_MEDIUM, record, write_zip

CVSS_V4 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"  # 9.3


def _ghsa(vid: str, package: str, **kw: Any) -> dict[str, Any]:
    """A GHSA record as OSV exports it: CVSS entries and GitHub's own label."""
    rec = record(vid, package, ("introduced", "0"), ("fixed", "0.1"), aliases=kw.pop("aliases", []))
    if "vectors" in kw:
        rec["severity"] = kw.pop("vectors")
    if "label" in kw:
        rec["database_specific"] = {"severity": kw.pop("label"), "github_reviewed": True}
    return rec


def _load(tmp_path: Path) -> dict[str, osv.Advisory]:
    records = [
        # Names its GHSA alias; the GHSA record (another range) carries the vector.
        record("PYSEC-1", "alpha", ("introduced", "1.0"), ("fixed", "1.5"), aliases=["GHSA-aaaa"]),
        _ghsa("GHSA-aaaa", "alpha", vectors=[{"type": "CVSS_V3", "score": CVSS_CRITICAL}]),
        # Named only by the GHSA record (the other direction); a v4 vector.
        record("PYSEC-2", "beta", ("introduced", "0"), ("fixed", "2.0")),
        _ghsa(
            "GHSA-bbbb",
            "beta",
            aliases=["PYSEC-2", "CVE-2"],
            vectors=[{"type": "CVSS_V4", "score": CVSS_V4}],
            label="CRITICAL",
        ),
        # The alias has only GitHub's label.
        record("PYSEC-3", "gamma", ("introduced", "0"), ("fixed", "2.0"), aliases=["GHSA-cccc"]),
        _ghsa("GHSA-cccc", "gamma", label="MODERATE"),
        # Its own vector wins over the alias's.
        record(
            "PYSEC-4",
            "delta",
            ("introduced", "0"),
            ("fixed", "2.0"),
            aliases=["GHSA-dddd"],
            severity=CVSS_MEDIUM,
        ),
        _ghsa("GHSA-dddd", "delta", vectors=[{"type": "CVSS_V3", "score": CVSS_CRITICAL}]),
        # Nothing anywhere (an alias that is not in the export).
        record("PYSEC-5", "eps", ("introduced", "0"), ("fixed", "2.0"), aliases=["GHSA-gone"]),
    ]
    osv.update(str(write_zip(tmp_path / "all.zip", records)))
    with osv.AdvisoryDB() as db:
        found = db.advisories(["alpha", "beta", "gamma", "delta", "eps"])
    return {a.id: a for advs in found.values() for a in advs}


def test_origin_of_each_severity(tmp_path: Path) -> None:
    advs = _load(tmp_path)

    def sev(vid: str) -> tuple[Any, ...]:
        a = advs[vid]
        return a.severity, a.score, a.severity_origin, a.severity_origin_id

    assert sev("PYSEC-1") == (Severity.CRITICAL, 9.8, "alias", "GHSA-aaaa")
    assert sev("PYSEC-2") == (Severity.CRITICAL, 9.3, "alias", "GHSA-bbbb")
    assert advs["PYSEC-2"].severity_source == "CVSS_V4"
    assert sev("PYSEC-3") == (Severity.MEDIUM, None, "database_specific", "GHSA-cccc")
    assert sev("PYSEC-4") == (Severity.MEDIUM, 4.2, "record", "PYSEC-4")
    assert sev("PYSEC-5") == (Severity.HIGH, None, "unknown", None)
    assert sev("GHSA-aaaa")[2:] == ("record", "GHSA-aaaa")


def test_audit_says_where_the_severity_came_from(tmp_path: Path, run_cli: Any) -> None:
    _load(tmp_path)
    req = tmp_path / "requirements.txt"
    # alpha 1.2 is affected by PYSEC-1 only: the GHSA record's range ends at 0.1.
    req.write_text("alpha==1.2\ngamma==1.0\ndelta==1.0\neps==1.0\n", encoding="utf-8")
    res = run_cli("audit", "-r", str(req), "--format", "json")
    vulns = {v["id"]: v for d in json.loads(res.stdout)["dependencies"] for v in d["vulns"]}
    got = {
        k: (v["severity"], v["severity_origin"], v["severity_origin_id"]) for k, v in vulns.items()
    }
    assert got == {
        "PYSEC-1": ("critical", "alias", "GHSA-aaaa"),
        "PYSEC-3": ("medium", "database_specific", "GHSA-cccc"),
        "PYSEC-4": ("medium", "record", "PYSEC-4"),
        "PYSEC-5": ("high", "unknown", None),
    }
    table = run_cli("audit", "-r", str(req)).stdout
    assert "critical (9.8, from GHSA-aaaa)" in table
    assert "medium (from GHSA-cccc)" in table
    assert "medium (4.2)" in table
    assert "unknown (treated as high)" in table


@pytest.mark.shared_data
def test_shared_export_vectors_are_scored(shared_data: Path) -> None:
    import zipfile

    with zipfile.ZipFile(shared_data / "osv-pypi.zip") as zf:
        docs = [json.loads(zf.read(n)) for n in zf.namelist()]
    vectors = {d["id"] for d in docs if d.get("severity") and not d.get("withdrawn")}
    names = {a["package"]["name"] for d in docs for a in d["affected"]}
    osv.update(str(shared_data / "osv-pypi.zip"))
    with osv.AdvisoryDB() as db:
        advs = {a.id: a for v in db.advisories(names).values() for a in v}
    scored = {i for i, a in advs.items() if a.severity_origin == "record"}
    assert scored == vectors and len(scored) > 150
    assert all(advs[i].score is not None and advs[i].severity_source == "CVSS_V3" for i in scored)
    assert advs["PYSEC-2017-105"].severity is Severity.HIGH and advs["PYSEC-2017-105"].score == 7.5
    # This snapshot has no GHSA records: every other advisory is honestly unknown.
    assert {a.severity_origin for i, a in advs.items() if i not in scored} == {"unknown"}
