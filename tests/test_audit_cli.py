"""`pipwarden audit`: matching, merging, upgrades, ignores, formats and --fix."""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pipwarden.audit import engine, osv
from pipwarden.audit.sources import Dependency
from pipwarden.policy import Policy
from tests.support.osvdata import record, standard, write_zip

REQS = (
    "# pinned deps\n"
    "requests==2.30.0  # keep this comment\n"
    "demo_pkg==1.3.5\n"
    "jw.util==2.0\n"
    "listed==1.0.0\n"
    "flask>=2\n"
    "safe==1.0\n"
)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    src = write_zip(tmp_path / "osv.zip", standard())
    osv.update(str(src))
    return src


def run(run_cli: Any, *args: str) -> Any:
    return run_cli("audit", *args)


def write_reqs(text: str = REQS) -> Path:
    path = Path("requirements.txt")
    path.write_text(text, encoding="utf-8")
    return path


def test_json_shape_and_matches(db: Path, run_cli: Any) -> None:
    write_reqs()
    res = run(run_cli, "-r", "requirements.txt", "--format", "json")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    deps = {d["name"]: d for d in data["dependencies"]}
    assert set(data) >= {"dependencies", "fixes"}
    # The PYSEC and GHSA records of one flaw show once, with the GHSA alias.
    req = deps["requests"]
    assert req["version"] == "2.30.0"
    assert [v["id"] for v in req["vulns"]] == ["PYSEC-2023-74"]
    vuln = req["vulns"][0]
    assert set(vuln) >= {"id", "aliases", "fix_versions", "description", "severity"}
    assert set(vuln["aliases"]) == {"CVE-2023-32681", "GHSA-j8r2-6x86-q33q"}
    assert vuln["fix_versions"] == ["2.31.0"]
    assert vuln["severity"] == "medium"  # the GHSA record's CVSS vector, scored
    assert vuln["score"] == 4.2
    assert req["upgrade"] == "2.31.0"
    # Two advisories, two ranges: 1.3.5 is in [1.0, 1.4) and [1.3, 1.5).
    demo = deps["demo_pkg"]
    assert [v["id"] for v in demo["vulns"]] == ["PYSEC-2099-1", "PYSEC-2099-2"]
    assert demo["vulns"][0]["severity"] == "critical"
    assert demo["upgrade"] == "1.5"  # smallest version clearing both at once
    assert [v["id"] for v in deps["jw.util"]["vulns"]] == ["PYSEC-2099-3"]
    assert [v["id"] for v in deps["listed"]["vulns"]] == ["PYSEC-2099-5"]  # 1.0.0 == 1.0
    assert deps["listed"]["vulns"][0]["severity"] == "high"
    assert deps["listed"]["vulns"][0]["severity_source"] == "unknown"
    assert deps["safe"]["vulns"] == []
    assert deps["flask"]["skip_reason"] == "not pinned (>=2)"
    assert data["fixes"] == []


def test_table_and_exit_codes(db: Path, run_cli: Any) -> None:
    write_reqs("requests==2.31.0\nflask>=2\n")
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 0
    assert "No known vulnerabilities found." in res.stdout
    assert "flask: not pinned (>=2)" in res.stdout
    write_reqs("requests==2.30.0\n")
    # Only the merged PYSEC-2023-74/GHSA flaw, scored medium (4.2): below the
    # policy's default fail-on (high).
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 0
    assert "PYSEC-2023-74" in res.stdout
    assert "Found 1 known vulnerabilities in 1 packages." in res.stdout
    res = run(run_cli, "-r", "requirements.txt", "--fail-on", "medium")
    assert res.exit_code == 1
    # An advisory without any severity counts as high.
    write_reqs("requests==2.19.0\n")
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 1
    assert "unknown (treated as high)" in res.stdout


def test_empty_database_is_a_clear_error(run_cli: Any) -> None:
    write_reqs()
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 2
    assert (
        res.stderr
        == "pipwarden: error: the advisory database is empty: run `pipwarden db update`\n"
    )


def test_input_errors_exit_2(db: Path, run_cli: Any) -> None:
    res = run(run_cli)
    assert res.exit_code == 2 and "nothing to audit" in res.stderr
    write_reqs("requests==2.30.0\nnot valid ==\n")
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 2
    assert "requirements.txt:2: invalid requirement" in res.stderr
    Path("x.lock").write_text("?")
    res = run(run_cli, "-r", "x.lock")
    assert res.exit_code == 2 and "unknown file format (tried: requirements file" in res.stderr


def _policy(body: str) -> None:
    Path("pipwarden.toml").write_text(body, encoding="utf-8")


def test_ignores_with_reason_and_expiry(db: Path, run_cli: Any) -> None:
    write_reqs("requests==2.30.0\n")
    future = (dt.date.today() + dt.timedelta(days=30)).isoformat()
    _policy(
        f'[[ignore]]\nid = "CVE-2023-32681"\nreason = "no proxies here"\nexpires = "{future}"\n'
    )
    res = run(run_cli, "-r", "requirements.txt", "--fail-on", "low")
    assert res.exit_code == 0
    assert "Ignored PYSEC-2023-74 in requests" in res.stdout
    assert "no proxies here" in res.stdout
    past = (dt.date.today() - dt.timedelta(days=1)).isoformat()
    _policy(f'[[ignore]]\nid = "PYSEC-2023-74"\nreason = "no proxies here"\nexpires = "{past}"\n')
    res = run(run_cli, "-r", "requirements.txt", "--fail-on", "critical")
    assert res.exit_code == 1  # whatever the severity: an expired ignore fails loudly
    assert f"the ignore for PYSEC-2023-74 expired on {past}" in res.stderr
    assert "PYSEC-2023-74" in res.stdout  # and the vulnerability is shown again


def test_stale_database_warns(db: Path, run_cli: Any) -> None:
    write_reqs("safe==1.0\n")
    _policy("db-max-age-days = 0\n")
    time.sleep(0.01)
    res = run(run_cli, "-r", "requirements.txt")
    assert res.exit_code == 0
    assert "warning: the advisory database is 0 days old" in res.stderr


def test_markdown_sarif_cyclonedx(db: Path, run_cli: Any) -> None:
    write_reqs()
    res = run(run_cli, "-r", "requirements.txt", "--format", "markdown")
    assert res.stdout.startswith("## pipwarden audit")
    assert "| requests | 2.30.0 | PYSEC-2023-74 (" in res.stdout
    assert "Not audited (1)" in res.stdout
    res = run(run_cli, "-r", "requirements.txt", "--format", "sarif", "-o", "out.sarif")
    assert res.stdout == ""
    log = json.loads(Path("out.sarif").read_text())
    run0 = log["runs"][0]
    assert {r["id"] for r in run0["tool"]["driver"]["rules"]} == {
        "PYSEC-2023-74",
        "PYSEC-2099-1",
        "PYSEC-2099-2",
        "PYSEC-2099-3",
        "PYSEC-2099-5",
    }
    req = next(r for r in run0["results"] if r["ruleId"] == "PYSEC-2023-74")
    loc = req["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("requirements.txt")
    assert loc["region"]["startLine"] == 2
    res = run(run_cli, "-r", "requirements.txt", "--format", "cyclonedx")
    bom = json.loads(res.stdout)
    from cyclonedx.schema import SchemaVersion
    from cyclonedx.validation.json import JsonStrictValidator

    assert JsonStrictValidator(SchemaVersion.V1_6).validate_str(res.stdout) is None
    assert bom["bomFormat"] == "CycloneDX" and bom["specVersion"] == "1.6"
    refs = {c["bom-ref"] for c in bom["components"]}
    assert "pkg:pypi/requests@2.30.0" in refs and "pkg:pypi/safe@1.0" in refs
    vulns = {(v["id"], v["affects"][0]["ref"]) for v in bom["vulnerabilities"]}
    assert ("PYSEC-2023-74", "pkg:pypi/requests@2.30.0") in vulns
    demo = next(v for v in bom["vulnerabilities"] if v["id"] == "PYSEC-2099-1")
    assert demo["ratings"][0]["method"] == "CVSSv3"
    assert demo["ratings"][0]["score"] == 9.8
    assert demo["recommendation"] == "Upgrade to 1.5"


def test_sarif_validates_against_minimal_shape(db: Path, run_cli: Any) -> None:
    write_reqs("requests==2.30.0\n")
    res = run(run_cli, "-r", "requirements.txt", "--format", "sarif")
    schema = {
        "type": "object",
        "required": ["version", "runs"],
        "properties": {
            "version": {"const": "2.1.0"},
            "runs": {
                "type": "array",
                "items": {"type": "object", "required": ["tool", "results"]},
            },
        },
    }
    jsonschema.validate(json.loads(res.stdout), schema)


def test_fix_dry_run_then_in_place(db: Path, run_cli: Any) -> None:
    text = REQS + "cryptography==1.0 \\\n    --hash=sha256:00\n"
    write_reqs(text)
    res = run(run_cli, "-r", "requirements.txt", "--fix", "--dry-run")
    assert Path("requirements.txt").read_text() == text  # untouched
    assert "-requests==2.30.0  # keep this comment" in res.stdout
    assert "+requests==2.31.0  # keep this comment" in res.stdout
    assert "+demo_pkg==1.5" in res.stdout
    res = run(run_cli, "-r", "requirements.txt", "--fix", "--format", "json")
    assert res.exit_code == 1  # listed has no fix: still vulnerable
    fixed = Path("requirements.txt").read_text()
    assert fixed == (
        text.replace("requests==2.30.0", "requests==2.31.0")
        .replace("demo_pkg==1.3.5", "demo_pkg==1.5")
        .replace("jw.util==2.0", "jw.util==2.3")
    )
    data = json.loads(res.stdout)
    assert {(f["name"], f["old_version"], f["new_version"]) for f in data["fixes"]} == {
        ("requests", "2.30.0", "2.31.0"),
        ("demo_pkg", "1.3.5", "1.5"),
        ("jw.util", "2.0", "2.3"),
    }
    assert "cannot fix listed 1.0.0: no version clearing all advisories" in res.stderr
    res = run(run_cli, "-r", "requirements.txt", "--fail-on", "critical")
    assert "demo_pkg" not in res.stdout


def test_fix_rewrites_hashes_never(db: Path, tmp_path: Path, run_cli: Any) -> None:
    osv.update(
        str(
            write_zip(
                tmp_path / "c.zip", [record("X-1", "crypto", ("introduced", "0"), ("fixed", "2.0"))]
            )
        )
    )
    text = "crypto==1.0 \\\n    --hash=sha256:00\n"
    write_reqs(text)
    res = run(run_cli, "-r", "requirements.txt", "--fix")
    assert Path("requirements.txt").read_text() == text
    assert "pins hashes: regenerate them for 2.0" in res.stderr


def test_fix_pyproject_keeps_layout(db: Path, run_cli: Any) -> None:
    text = '[project]\nname = "x"\ndependencies = [\n    "requests==2.30.0",  # http\n    "click>=8",\n]\n'
    Path("pyproject.toml").write_text(text)
    res = run(run_cli, "-r", "pyproject.toml", "--fix")
    assert res.exit_code == 0, res.stderr
    assert Path("pyproject.toml").read_text() == text.replace("2.30.0", "2.31.0")


def test_audit_installed_environment(db: Path, tmp_path: Path, run_cli: Any) -> None:
    info = tmp_path / "venv" / "lib" / "python3.11" / "site-packages" / "requests-2.30.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: requests\nVersion: 2.30.0\n")
    res = run(run_cli, "--path", str(tmp_path / "venv"), "--format", "json")
    data = json.loads(res.stdout)
    assert data["dependencies"][0]["vulns"][0]["id"] == "PYSEC-2023-74"


# -- engine units -------------------------------------------------------------
def test_merge_by_alias_chain(db: Path) -> None:
    a = osv.advisory_from_doc("p", _doc("PYSEC-1", ["CVE-1"]))
    b = osv.advisory_from_doc("p", _doc("GHSA-x", ["CVE-1", "CVE-2"]))
    c = osv.advisory_from_doc("p", _doc("OSV-9", ["CVE-2"]))
    d = osv.advisory_from_doc("p", _doc("PYSEC-2", []))
    merged = engine.merge([a, b, c, d], "0.5")
    assert [v.id for v in merged] == ["PYSEC-1", "PYSEC-2"]
    assert merged[0].aliases == ("GHSA-x", "CVE-1", "CVE-2", "OSV-9")


def _doc(vid: str, aliases: list[str]) -> dict[str, Any]:
    return {
        "id": vid,
        "aliases": aliases,
        "modified": "x",
        "affected": [{"ranges": [[["introduced", "0"], ["fixed", "1.0"]]], "versions": []}],
    }


def test_smallest_upgrade_prefers_final_releases_and_clears_all() -> None:
    one = osv.advisory_from_doc(
        "p",
        {
            **_doc("A", []),
            "affected": [{"ranges": [[["introduced", "0"], ["fixed", "2.0b1"]]], "versions": []}],
        },
    )
    two = osv.advisory_from_doc(
        "p",
        {
            **_doc("B", []),
            "affected": [{"ranges": [[["introduced", "2.0"], ["fixed", "2.1"]]], "versions": []}],
        },
    )
    three = osv.advisory_from_doc(
        "p",
        {
            **_doc("C", []),
            "affected": [{"ranges": [[["introduced", "0"], ["fixed", "1.5"]]], "versions": []}],
        },
    )
    assert engine.smallest_upgrade("1.0", [one]) == "2.0b1"  # only a pre-release fixes it
    assert engine.smallest_upgrade("1.0", [one, two]) == "2.1"
    assert engine.smallest_upgrade("1.0", [three, two]) == "1.5"
    assert engine.smallest_upgrade("not-a-version", [one]) is None


def test_audit_dedupes_and_separates_skipped(db: Path) -> None:
    deps = [
        Dependency("requests", "2.30.0", "a.txt", 1),
        Dependency("Requests", "2.30.0", "b.txt", 3),
        Dependency("x", None, skip="not pinned (>=1)"),
    ]
    with osv.AdvisoryDB() as adb:
        report = engine.audit(deps, adb, Policy())
    assert len(report.results) == 1
    assert [d.name for d in report.skipped] == ["x"]
    kinds = [f.rule for f in report.findings()]
    assert kinds == ["PYSEC-2023-74", "advisories.not-audited"]


@pytest.mark.shared_data
def test_shared_data_audit(shared_data: Path, run_cli: Any) -> None:
    osv.update(str(shared_data / "osv-pypi.zip"))
    write_reqs("requests==2.30.0\n")
    res = run(run_cli, "-r", "requirements.txt", "--format", "json")
    vulns = json.loads(res.stdout)["dependencies"][0]["vulns"]
    assert [v["id"] for v in vulns] == ["PYSEC-2023-74"]
    assert "CVE-2023-32681" in vulns[0]["aliases"]
    write_reqs("requests==2.31.0\n")
    res = run(run_cli, "-r", "requirements.txt", "--format", "json")
    assert json.loads(res.stdout)["dependencies"][0]["vulns"] == []
    assert res.exit_code == 0
    assert os.environ["PIPWARDEN_HOME"]


def test_rewrite_targets_the_named_pin_only() -> None:
    from pipwarden.audit.fix import Edit, rewrite

    text = 'deps = ["a_b==1.0", "B==1.0"]  # same old version\nfoo.bar[x] == 2.0 \\\n  ; os_name == "nt"\r\n'
    out, missed = rewrite(
        text,
        [
            Edit("f", 1, "b", "1.0", "2.0"),
            Edit("f", 1, "A-B", "1.0", "1.1"),
            Edit("f", 2, "Foo-Bar", "2.0", "2.5"),
            Edit("f", 2, "absent", "9", "10"),
        ],
    )
    assert out == (
        'deps = ["a_b==1.1", "B==2.0"]  # same old version\nfoo.bar[x] == 2.5 \\\n'
        '  ; os_name == "nt"\r\n'
    )
    assert [e.name for e in missed] == ["absent"]
