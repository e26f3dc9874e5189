"""The verdict table and what is said under it (report.text), on findings built here."""

from __future__ import annotations

import datetime as dt
import io
import json

from rich.console import Console

from pipwarden.candidate import Candidate
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.heldback import HeldBack
from pipwarden.policy import Ignore, Policy
from pipwarden.report import text, vetting
from pipwarden.vet import PackageResult, VetResult

LONG = (
    "the artifact sends the contents of ~/.aws/credentials, ~/.ssh/id_rsa and the whole "
    "process environment to a remote host over HTTPS inside a function that runs at import "
    "time, then deletes the file it wrote to hide its traces; "
) * 4
ATTEST = "attestations not available from http://127.0.0.1:1/simple/"


def _f(rule: str, sev: Severity, msg: str = "", pkg: str = "pkg", **kw: object) -> Finding:
    return Finding(
        check=rule.split(".", 1)[0],
        rule=rule,
        severity=sev,
        message=msg or f"{rule} happened",
        package=pkg,
        version="1.0",
        **kw,  # type: ignore[arg-type]
    )


def _pkg(name: str, findings: list[Finding], policy: Policy, version: str = "1.0") -> PackageResult:
    c = Candidate(
        name=name,
        version=version,
        filename=f"{name}-{version}-py3-none-any.whl",
        url="",
        sha256="0" * 64,
        kind="wheel",
    )
    findings = sorted(findings, key=lambda f: (-f.severity, f.rule))
    return PackageResult(c, findings, policy.verdict(name, findings))


def _render(result: VetResult, *, verbose: bool = False, width: int = 80) -> str:
    buf = io.StringIO()
    console = Console(file=buf, width=width, no_color=True, highlight=False)
    text.render(result, console, verbose=verbose)
    return buf.getvalue()


def _result(packages: list[PackageResult], policy: Policy, **kw: object) -> VetResult:
    return VetResult(packages=packages, policy=policy, **kw)  # type: ignore[arg-type]


def test_one_line_per_package_within_80_columns() -> None:
    pol = Policy()
    pkgs = [
        _pkg(
            f"a-rather-long-project-name-number-{i}-with-suffixes",
            [
                _f("exfiltration.credentials", Severity.CRITICAL, LONG, remediation="Do not."),
                _f("code.obfuscation", Severity.HIGH, LONG),
                _f("publishers.cooldown", Severity.MEDIUM, LONG),
            ],
            pol,
            version="2024.12.31.post1234567890",
        )
        for i in range(5)
    ]
    out = _render(_result(pkgs, pol))
    lines = out.splitlines()
    assert all(len(line) <= 80 for line in lines), out
    rows = [ln for ln in lines if ln.startswith("a-rather-long")]
    assert len(rows) == 5, out  # one line each, the finding shortened
    assert all("…" in row and "block" in row and "+2" in row for row in rows), out
    assert len(lines) < 30, out
    assert "~/.ssh/id_rsa" not in out  # the full text waits for -v


def test_verbose_shows_every_finding_in_full() -> None:
    pol = Policy()
    pkg = _pkg(
        "evil",
        [
            _f("exfiltration.credentials", Severity.CRITICAL, LONG, pkg="evil"),
            _f("code.obfuscation", Severity.HIGH, "obfuscated payload", pkg="evil"),
        ],
        pol,
    )
    out = _render(_result([pkg], pol), verbose=True)
    flat = " ".join(out.split())
    assert " ".join(LONG.split()) in flat
    assert "obfuscated payload" in flat


def test_info_findings_are_not_counted_as_more() -> None:
    pol = Policy()
    infos = [_f(f"publishers.note{i}", Severity.INFO, f"fact {i}") for i in range(3)]
    one = _pkg("one", [_f("names.near", Severity.MEDIUM, "close to x"), *infos], pol)
    two = _pkg(
        "two",
        [_f("names.near", Severity.MEDIUM, pkg="two"), _f("sdist.x", Severity.LOW), *infos],
        pol,
    )
    out = _render(_result([one, two], pol))
    row_one = next(ln for ln in out.splitlines() if ln.startswith("one"))
    row_two = next(ln for ln in out.splitlines() if ln.startswith("two"))
    assert "+" not in row_one, out
    assert row_two.rstrip().endswith("+1"), out


def test_a_fact_of_every_package_is_said_once_under_the_table() -> None:
    pol = Policy()
    pkgs = [
        _pkg(
            name,
            [
                _f("publishers.attestations-unavailable", Severity.INFO, ATTEST, pkg=name),
                _f("publishers.trust-recorded", Severity.INFO, f"first use of {name}", pkg=name),
            ],
            pol,
        )
        for name in ("alpha", "beta", "gamma")
    ]
    out = _render(_result(pkgs, pol), verbose=True)
    assert out.count(ATTEST) == 1, out
    assert f"note: {ATTEST} (all 3 packages)" in " ".join(out.split())
    assert "first use of beta" in out  # facts that differ stay with their package
    # a fact of only some packages is not hoisted
    pkgs[1] = _pkg("beta", [], pol)
    out = " ".join(_render(_result(pkgs, pol), verbose=True).split())
    assert "all 3 packages" not in out and out.count(ATTEST) == 2


def test_fix_matches_the_verdict() -> None:
    pol = Policy()
    harsh = "Do not install; rotate any secret exposed to it."
    low = _pkg(
        "fine",
        [_f("exfiltration.credentials", Severity.LOW, "capped", pkg="fine", remediation=harsh)],
        pol,
    )
    assert low.verdict == Verdict.ALLOW
    for verbose in (False, True):
        assert "rotate any secret" not in _render(_result([low], pol), verbose=verbose)
    bad = _pkg(
        "bad",
        [_f("exfiltration.credentials", Severity.CRITICAL, "sends", pkg="bad", remediation=harsh)],
        pol,
    )
    assert bad.verdict == Verdict.BLOCK
    out = _render(_result([low, bad], pol))
    assert f"fix bad: {harsh}" in out and "fix fine" not in out
    # a package the policy allows by name says no "do not install" either
    allowed = Policy(allow=("bad",))
    ok = _pkg("bad", list(bad.findings), allowed)
    assert ok.verdict == Verdict.ALLOW
    assert "rotate" not in _render(_result([ok], allowed), verbose=True)


def test_ignored_findings_are_shown_as_ignored_with_the_reason() -> None:
    pol = Policy(
        ignore=(
            Ignore(
                id="PYSEC-2099-1",
                reason="the vulnerable parser is never called",
                expires=dt.date(2999, 1, 1),
            ),
        )
    )
    vuln = _f(
        "advisories.vulnerable",
        Severity.HIGH,
        "PYSEC-2099-1: parser overflow",
        pkg="lib",
        details={"ids": ["PYSEC-2099-1", "CVE-2099-1"]},
    )
    pkg = _pkg("lib", [vuln], pol)
    assert pkg.verdict == Verdict.ALLOW
    result = _result([pkg], pol)
    out = _render(result)
    row = next(ln for ln in out.splitlines() if ln.startswith("lib"))
    assert "1 finding ignored" in row
    assert (
        "ignored: lib advisories.vulnerable (PYSEC-2099-1, CVE-2099-1); reason: the "
        "vulnerable parser is never called (until 2999-01-01)" in " ".join(out.split())
    )
    verbose = " ".join(_render(result, verbose=True).split())
    assert "ignored high advisories.vulnerable PYSEC-2099-1: parser overflow" in verbose
    doc = json.loads(json.dumps(vetting.to_json(result)))
    (finding,) = doc["packages"][0]["findings"]
    assert finding["ignored"] == {
        "id": "PYSEC-2099-1",
        "reason": "the vulnerable parser is never called",
        "expires": "2999-01-01",
    }
    # an expired ignore ignores nothing
    stale = Policy(ignore=(Ignore("PYSEC-2099-1", "old", expires=dt.date(2000, 1, 1)),))
    pkg = _pkg("lib", [vuln], stale)
    assert pkg.verdict == Verdict.BLOCK
    out = _render(_result([pkg], stale))
    assert "ignored" not in out
    assert "ignore expired: lib advisories.vulnerable counts again since 2000-01-01" in " ".join(
        out.split()
    )
    assert "ignored" not in vetting.to_json(_result([pkg], stale))["packages"][0]["findings"][0]


def test_cooldown_hold_back_is_said() -> None:
    now = dt.datetime(2026, 12, 3, 12, tzinfo=dt.timezone.utc)
    held = HeldBack(
        "httpx",
        "0.29.0",
        now - dt.timedelta(days=2, hours=3),
        "0.28.1",
        7,
        now - dt.timedelta(days=7),
        now,
    )
    assert held.sentence() == "httpx 0.29.0 is 2 days old; using 0.28.1 (cooldown 7 days)"
    one_day = HeldBack("x", "2", now - dt.timedelta(hours=30), "1", 1, now, now)
    assert one_day.sentence() == "x 2 is 1 day old; using 1 (cooldown 1 day)"
    pol = Policy()
    result = _result([_pkg("httpx", [], pol, version="0.28.1")], pol, held_back=[held])
    assert "cooldown: httpx 0.29.0 is 2 days old; using 0.28.1 (cooldown 7 days)" in _render(result)
    assert vetting.to_json(result)["held_back"][0]["newest"] == "0.29.0"


def test_plurals() -> None:
    pol = Policy()
    out = _render(_result([_pkg("solo", [], pol)], pol))
    assert "(1 package: 1 allow, 0 warn, 0 block)" in out
    out = _render(_result([_pkg("a", [], pol), _pkg("b", [], pol)], pol))
    assert "(2 packages: 2 allow, 0 warn, 0 block)" in out


def test_plurals_in_scan_output_and_the_helper() -> None:
    from pipwarden.scan import TargetResult
    from pipwarden.wording import plural

    assert [plural(n, "package") for n in (0, 1, 2)] == ["0 packages", "1 package", "2 packages"]
    assert plural(2, "entry", "entries") == "2 entries"
    buf = io.StringIO()
    console = Console(file=buf, width=200, no_color=True)
    one = TargetResult("x.whl", "suspicious", [_f("code.obfuscation", Severity.MEDIUM)], None, 1)
    text.render_scan_target(console, one)
    text.render_scan_target(console, TargetResult("y.whl", "clean", [], None, 2))
    text.render_scan_summary(console, {"clean": 1, "suspicious": 0, "malicious": 0})
    out = buf.getvalue()
    assert "x.whl: suspicious (1 finding, 1 file)" in out
    assert "y.whl: clean (0 findings, 2 files)" in out
    assert "1 target: 1 clean, 0 suspicious, 0 malicious" in out


def test_an_advisory_id_is_not_said_twice_in_the_row() -> None:
    pol = Policy()
    vuln = _f("PYSEC-2099-7", Severity.HIGH, "PYSEC-2099-7 (aka CVE-2099-7): parser overflow")
    out = _render(_result([_pkg("lib", [vuln], pol)], pol))
    row = next(ln for ln in out.splitlines() if ln.startswith("lib"))
    assert "PYSEC-2099-7 (aka CVE-2099-7): parser overflow" in row
    assert "PYSEC-2099-7: PYSEC" not in row
