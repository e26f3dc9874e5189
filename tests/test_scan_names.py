"""`pipwarden scan ARCHIVE` judges the archive's own name (offline, against the corpus)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipwarden.checks.names import archive_findings, judge_archive_name
from pipwarden.scan import scan_target, stated_name
from tests.support.builders import build_sdist, build_wheel, compress, metadata_text, tar_bytes


def _write(folder: Path, built: tuple[str, bytes]) -> Path:
    path = folder / built[0]
    path.write_bytes(built[1])
    return path


def _targets(doc: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {Path(t["target"]).name: t for t in doc["targets"]}


def test_lookalike_sdist_and_wheel_are_suspicious(run_cli: Any, tmp_path: Path) -> None:
    sdist = _write(tmp_path, build_sdist("termncolor", "3.1.0"))
    wheel = _write(tmp_path, build_wheel("coloramas", "0.25"))
    res = run_cli("scan", str(sdist), str(wheel), "--format", "json", "--jobs", "1")
    assert res.exit_code == 1
    got = _targets(json.loads(res.stdout))
    for path, imitates, where in (
        (sdist, "termcolor", "termncolor-3.1.0/PKG-INFO"),
        (wheel, "colorama", "coloramas-0.25.dist-info/METADATA"),
    ):
        target = got[path.name]
        assert target["verdict"] == "suspicious"
        (finding,) = target["findings"]
        assert finding["rule"] == "names.typosquat"
        assert finding["severity"] == "high"
        assert finding["path"] == where and finding["line"] == 2
        assert f"did you mean {imitates}?" in finding["message"]
        assert "download rank" in finding["message"]


def test_sarif_declares_the_names_rule(run_cli: Any, tmp_path: Path) -> None:
    wheel = _write(tmp_path, build_wheel("coloramas", "0.25"))
    doc = json.loads(run_cli("scan", str(wheel), "--format", "sarif").stdout)
    run = doc["runs"][0]
    (result,) = run["results"]
    assert result["ruleId"] == "names.typosquat"
    assert run["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == "names.typosquat"
    loc = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    assert loc.endswith("coloramas-0.25-py3-none-any.whl/coloramas-0.25.dist-info/METADATA")


@pytest.mark.parametrize("name", ["requests", "zqxv-plainthing"])
def test_popular_or_plain_names_are_clean(run_cli: Any, tmp_path: Path, name: str) -> None:
    sdist = _write(tmp_path, build_sdist(name, "1.0"))
    wheel = _write(tmp_path, build_wheel(name, "1.0"))
    res = run_cli("scan", str(sdist), str(wheel), "--format", "json", "--jobs", "1")
    assert res.exit_code == 0
    for target in json.loads(res.stdout)["targets"]:
        assert target["verdict"] == "clean" and target["findings"] == []


def test_folder_scan_never_judges_names(run_cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "termncolor-3.1.0"
    folder.mkdir()
    (folder / "PKG-INFO").write_text(metadata_text("termncolor", "3.1.0"))
    (folder / "termncolor.py").write_text("x = 1\n")
    res = run_cli("scan", str(folder), "--format", "json")
    assert res.exit_code == 0
    (target,) = json.loads(res.stdout)["targets"]
    assert target["verdict"] == "clean" and target["findings"] == []


def test_without_metadata_the_file_name_is_judged(run_cli: Any, tmp_path: Path) -> None:
    raw = compress(tar_bytes([("termncolor-3.1.0/termncolor.py", b"x = 1\n")]), "gz")
    sdist = tmp_path / "termncolor-3.1.0.tar.gz"
    sdist.write_bytes(raw)
    res = run_cli("scan", str(sdist), "--format", "json")
    (target,) = json.loads(res.stdout)["targets"]
    assert target["verdict"] == "suspicious"
    (finding,) = target["findings"]
    assert finding["rule"] == "names.typosquat" and finding["path"] is None
    assert finding["evidence"] == "file name termncolor-3.1.0.tar.gz"


@pytest.mark.parametrize(
    ("member", "filename"),
    [
        # A Name that is no valid project name, and no name at all.
        ("Metadata-Version: 2.1\nName: !!not a name!!\nVersion: 1.0\n\n", "odd-1.0.tar.gz"),
        ("Metadata-Version: 2.1\nVersion: 1.0\n\n", "noversionhere.tar.gz"),
    ],
)
def test_unreadable_names_block_and_error_nothing(
    run_cli: Any, tmp_path: Path, member: str, filename: str
) -> None:
    raw = compress(tar_bytes([("root/PKG-INFO", member.encode()), ("root/m.py", b"x = 1\n")]), "gz")
    sdist = tmp_path / filename
    sdist.write_bytes(raw)
    res = run_cli("scan", str(sdist), "--format", "json")
    assert res.exit_code == 0
    (target,) = json.loads(res.stdout)["targets"]
    assert target["verdict"] == "clean" and target["error"] is None


def test_stated_name_reads_only_the_header_of_core_metadata() -> None:
    meta = b"Metadata-Version: 2.1\r\nName: Termncolor \r\nVersion: 1\r\n\r\nName: requests\n"
    got = stated_name("sdist", "termncolor-1/PKG-INFO", meta)
    assert got is not None and (got.name, got.line) == ("Termncolor", 2)
    body_only = b"Metadata-Version: 2.1\n\nName: requests\n"
    assert stated_name("sdist", "x-1/PKG-INFO", body_only) is None
    # Only the archive's own core metadata counts: not a nested PKG-INFO, not an sdist's
    # METADATA, not a wheel's PKG-INFO.
    assert stated_name("sdist", "x-1/sub/PKG-INFO", meta) is None
    assert stated_name("sdist", "x-1/METADATA", meta) is None
    assert stated_name("wheel", "x-1.dist-info/PKG-INFO", meta) is None
    assert stated_name("wheel", "x-1.dist-info/METADATA", meta) is not None


def test_judge_archive_name_keeps_the_code_findings(tmp_path: Path) -> None:
    evil = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
    wheel = _write(tmp_path, build_wheel("coloramas", "0.25", {"coloramas/__init__.py": evil}))
    scanned = scan_target(wheel)
    judged = judge_archive_name(scanned, wheel)
    assert judged.verdict == "malicious"  # a name never lowers a verdict
    assert [f.rule for f in judged.findings] == [
        *(f.rule for f in scanned.findings),
        "names.typosquat",
    ]
    assert scanned.name is not None and scanned.name.name == "coloramas"
    assert archive_findings(wheel, None)[0].evidence == f"file name {wheel.name}"


def test_a_dependency_confusion_version_is_suspicious(run_cli: Any, tmp_path: Path) -> None:
    sdist = _write(tmp_path, build_sdist("acme-internal-tools", "99.99.9"))
    res = run_cli("scan", str(sdist), "--format", "json")
    assert res.exit_code == 1
    (target,) = json.loads(res.stdout)["targets"]
    assert target["verdict"] == "suspicious"
    (finding,) = target["findings"]
    assert finding["rule"] == "names.confusion-version"
    assert finding["evidence"] == "Version: 99.99.9"
    assert finding["path"] == "acme_internal_tools-99.99.9/PKG-INFO"
    plain = _write(tmp_path, build_sdist("acme-internal-tools", "2024.1.0"))
    assert (
        json.loads(run_cli("scan", str(plain), "--format", "json").stdout)["targets"][0]["findings"]
        == []
    )
