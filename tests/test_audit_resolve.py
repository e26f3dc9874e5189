"""`audit --resolve`: unpinned requirements resolved by pip against a local index."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipwarden.audit import osv
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import record, write_zip


def test_resolve_unpinned_and_transitive(index: LocalIndex, tmp_path: Path, run_cli: Any) -> None:
    index.add_dist(build_wheel("aud-lib", "1.0", requires=["aud-dep<1"]))
    index.add_dist(build_wheel("aud-lib", "1.2", requires=["aud-dep<1"]))
    index.add_dist(build_wheel("aud-dep", "0.5"))
    records = [
        record("PYSEC-2101-1", "aud-lib", ("introduced", "0"), ("fixed", "1.1")),
        record("PYSEC-2101-2", "aud-dep", ("introduced", "0"), ("fixed", "0.6")),
    ]
    osv.update(str(write_zip(tmp_path / "o.zip", records)))
    Path("requirements.txt").write_text("aud-lib>=1.0\n")
    # Without --resolve: listed as not pinned, nothing audited.
    res = run_cli("audit", "-r", "requirements.txt", "--format", "json")
    assert res.exit_code == 0
    assert json.loads(res.stdout)["dependencies"] == [
        {
            "name": "aud-lib",
            "skip_reason": "not pinned (>=1.0)",
            "file": "requirements.txt",
            "line": 1,
        }
    ]
    res = run_cli(
        "audit", "-r", "requirements.txt", "--resolve", "--index-url", index.url, "--format", "json"
    )
    assert res.exit_code == 1, res.stderr
    deps = {d["name"]: d for d in json.loads(res.stdout)["dependencies"]}
    assert deps["aud-lib"]["version"] == "1.2"
    assert deps["aud-lib"]["vulns"] == []
    assert deps["aud-lib"]["via"] == "resolved by pip"
    assert deps["aud-dep"]["version"] == "0.5"
    assert [v["id"] for v in deps["aud-dep"]["vulns"]] == ["PYSEC-2101-2"]
    assert deps["aud-dep"]["via"] == "dependency resolved by pip"


def test_resolve_failure_is_one_line(index: LocalIndex, tmp_path: Path, run_cli: Any) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", [record("X-1", "x", ("introduced", "0"))])))
    Path("requirements.txt").write_text("aud-missing>=1\n")
    res = run_cli("audit", "-r", "requirements.txt", "--resolve", "--index-url", index.url)
    assert res.exit_code == 2
    assert res.stderr.startswith("pipwarden: error: ")
    assert res.stderr.count("\n") == 1
