"""The public API other parts rely on: scan_target, TargetResult, CATALOGUE."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.rules import Rule
from pipwarden.scan import TargetResult, scan_target, verdict
from pipwarden.scan.rules import CATALOGUE
from tests.support.builders import build_sdist, build_wheel


def test_catalogue_entries_are_complete() -> None:
    ids = [r.id for r in CATALOGUE]
    assert len(ids) == len(set(ids))
    for r in CATALOGUE:
        assert isinstance(r, Rule)
        assert r.title and r.description and r.fix, r.id
        assert r.cwe and r.cwe.startswith("CWE-"), r.id


def test_clean_wheel(tmp_path: Path) -> None:
    name, data = build_wheel(
        "demo", "1.0", {"demo/__init__.py": "def add(a, b):\n    return a + b\n"}
    )
    path = tmp_path / name
    path.write_bytes(data)
    result = scan_target(path)
    assert isinstance(result, TargetResult)
    assert dataclasses.is_dataclass(result)
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.verdict = "x"  # type: ignore[misc]
    assert result.verdict == "clean"
    assert result.findings == []
    assert result.error is None
    assert result.target == str(path)


def test_malicious_sdist_has_paths_inside_archive(tmp_path: Path) -> None:
    payload = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
    name, data = build_sdist("demo", "1.0", {"demo/__init__.py": payload})
    path = tmp_path / name
    path.write_bytes(data)
    result = scan_target(path)
    assert result.verdict == "malicious"
    hit = [f for f in result.findings if f.rule == "obfuscation.exec-decoded"]
    assert hit and hit[0].file == "demo-1.0/demo/__init__.py" and hit[0].line == 2
    assert hit[0].check == "code"


def test_single_file_and_missing_path(tmp_path: Path) -> None:
    f = tmp_path / "x.py"
    f.write_text("import os\nprint(os.getcwd())\n")
    assert scan_target(f).verdict == "clean"
    with pytest.raises(PipwardenError, match="no such file"):
        scan_target(tmp_path / "absent.whl")


def test_verdict_empty_is_clean() -> None:
    assert verdict([]) == "clean"
