"""The verdict: one function of findings and context (pipwarden.verdict), table by table."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipwarden.checks import code
from pipwarden.findings import Finding, Severity
from pipwarden.scan import verdict as scan_verdict
from pipwarden.verdict import CLEAN, INSTALL, MALICIOUS, SCAN, SUSPICIOUS, judge, level
from tests.support.builders import build_wheel

C, H, M, L = Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW


def _f(rule: str, severity: Severity, file: str | None = "pkg/a.py") -> Finding:
    return Finding("code", rule, severity, f"{rule} fired", file=file)


@pytest.mark.parametrize(
    ("findings", "expected"),
    [
        ([], CLEAN),
        ([_f("parse.syntax-error", L), _f("unsafe-deserialization.pickle", L)], CLEAN),
        ([_f("obfuscation.exec-decoded", C)], MALICIOUS),
        ([_f("install-hook.network", H), _f("obfuscation.exec-decoded", C)], MALICIOUS),
        ([_f("install-hook.network", H)], SUSPICIOUS),
        # medium findings of three families in one file add up ...
        (
            [
                _f("install-hook.process", M),
                _f("obfuscation.base64-blob", M),
                _f("suspicious-endpoint.paste-site", M),
            ],
            SUSPICIOUS,
        ),
        # ... not two families, however many findings
        ([_f("install-hook.process", M)] * 3 + [_f("obfuscation.base64-blob", M)], CLEAN),
        # ... not spread over files
        (
            [
                _f("install-hook.process", M, "a.py"),
                _f("obfuscation.base64-blob", M, "b.py"),
                _f("suspicious-endpoint.paste-site", M, "c.py"),
            ],
            CLEAN,
        ),
        # ... and archive / parse findings say how a file is packed, not what it does
        (
            [
                _f("install-hook.process", M),
                _f("archive.undeclared-file", M),
                _f("parse.too-deep", M),
            ],
            CLEAN,
        ),
    ],
)
def test_the_table(findings: list[Finding], expected: str) -> None:
    assert level(findings) == expected
    assert judge(findings).verdict == expected
    assert scan_verdict(findings) == expected  # the scanner's verdict is this function


def test_scan_context_keeps_every_finding() -> None:
    found = [_f("install-hook.process", M), _f("parse.syntax-error", L), _f("x.y", Severity.INFO)]
    assert judge(found, SCAN).findings == found


def test_install_context_drops_low_findings_and_caps_a_clean_target() -> None:
    found = [_f("install-hook.process", M), _f("parse.syntax-error", L)]
    judged = judge(found, INSTALL)
    assert judged.verdict == CLEAN
    assert [(f.rule, f.severity) for f in judged.findings] == [("install-hook.process", L)]


def test_install_context_keeps_severities_of_a_suspicious_target() -> None:
    found = [_f("install-hook.network", H), _f("install-hook.process", M), _f("a.b", L)]
    judged = judge(found, INSTALL)
    assert judged.verdict == SUSPICIOUS
    assert [f.severity for f in judged.findings] == [H, M]


def test_the_code_check_reports_what_the_install_context_keeps(tmp_path: Path) -> None:
    from pipwarden.candidate import Candidate, VetContext
    from pipwarden.index import IndexClient
    from pipwarden.policy import Policy
    from pipwarden.scan import scan_target
    from pipwarden.store import Store

    # One process call at import: medium, and the target is clean.
    name, data = build_wheel(
        "onecall", "1.0", {"onecall/__init__.py": "import subprocess\nsubprocess.run(['ls'])\n"}
    )
    path = tmp_path / name
    path.write_bytes(data)
    result = scan_target(path)
    cand = Candidate("onecall", "1.0", name, "", None, "wheel", path=path)
    store = Store(tmp_path / "store.db")
    try:
        found = code.run(cand, VetContext(policy=Policy(), store=store, index=IndexClient(None)))
    finally:
        store.close()
    expected = judge(result.findings, INSTALL)
    assert [(f.rule, f.severity) for f in found] == [
        (f.rule, f.severity) for f in expected.findings
    ]
    assert result.verdict == CLEAN and found  # a medium finding, kept and capped
    assert {f.severity for f in result.findings} == {M}
    assert all(f.details["verdict"] == CLEAN and f.severity == L for f in found)
