"""The advisories check inside `pipwarden check`: same engine as `audit`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipwarden.audit import osv
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import CVSS_CRITICAL, record, write_zip


def test_check_blocks_a_vulnerable_release(index: LocalIndex, tmp_path: Path, run_cli: Any) -> None:
    index.add_dist(build_wheel("aud-vuln", "1.0"))
    index.add_dist(build_wheel("aud-vuln", "1.1"))
    rec = record(
        "PYSEC-2102-1",
        "aud-vuln",
        ("introduced", "0"),
        ("fixed", "1.1"),
        severity=CVSS_CRITICAL,
        aliases=["CVE-2102-0001"],
    )
    osv.update(str(write_zip(tmp_path / "o.zip", [rec])))
    args = ["--index-url", index.url, "--retries", "1", "--timeout", "5", "--format", "json"]
    res = run_cli("check", "aud-vuln==1.0", *args)
    data = json.loads(res.stdout)
    (pkg,) = data["packages"]
    rules = [f["rule"] for f in pkg["findings"] if f["check"] == "advisories"]
    assert rules == ["PYSEC-2102-1"]
    assert pkg["verdict"] == "block"
    assert res.exit_code == 1
    res = run_cli("check", "aud-vuln==1.1", *args)
    (pkg,) = json.loads(res.stdout)["packages"]
    assert [f for f in pkg["findings"] if f["check"] == "advisories"] == []
