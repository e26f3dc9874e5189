"""`pipwarden report`: completeness, CVSS, OSV ranges, files, channels, prompts."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.specifiers import SpecifierSet
from packaging.version import Version

from pipwarden.disclosure import channel, vulnreport
from pipwarden.errors import PipwardenError

V31 = "CVSS:3.1/AV:N/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H"
V40 = "CVSS:4.0/AV:N/AC:L/AT:N/PR:N/UI:N/VC:H/VI:H/VA:H/SC:N/SI:N/SA:N"

COMPLETE = [
    "--name", "Ada Lovelace",
    "--affiliation", "Analytical Engines Ltd",
    "--details", "acme.load() unpickles data from untrusted files.",
    "--steps", "pip install acme==1.0",
    "--steps", "python -c 'import acme; acme.load(\"evil.pkl\")'",
    "--impact", "Anyone who can hand a file to acme.load() runs code as the user.",
    "--public", "no",
]  # fmt: skip


def without(option: str) -> list[str]:
    args = list(COMPLETE)
    while option in args:
        i = args.index(option)
        del args[i : i + 2]
    return args


def test_complete_report_text_has_four_parts(run_cli: Any) -> None:
    res = run_cli("report", *COMPLETE, "--package", "acme", "--affected", "<2.0", "--cvss", V31)
    assert res.exit_code == 0, res.stderr
    out = res.stdout
    assert "Subject: [SECURITY] Vulnerability in acme" in out
    assert "1. Reporter\n   Ada Lovelace, Analytical Engines Ltd" in out
    assert "2. Technical details\n   acme.load() unpickles" in out
    assert "   1. pip install acme==1.0\n   2. python -c" in out
    assert "3. Who can exploit it and what they gain\n   Anyone who can" in out
    assert "4. Is it public or known to third parties?\n   No:" in out
    assert f"CVSS: {V31} (base score 8.8, High)" in out
    assert "Affected: acme (<2.0)" in out
    assert "acme is not installed here" in res.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [
        ("--name", "reporter name (--name)"),
        ("--details", "technical details (--details or --details-file)"),
        ("--steps", "step-by-step reproduction, at least 2 steps (--steps, repeatable): 0 given"),
        ("--impact", "who can exploit it and what they gain (--impact)"),
        ("--public", "whether it is public or known to third parties (--public yes|no|unknown)"),
    ],
)
def test_missing_field_is_named(run_cli: Any, option: str, message: str) -> None:
    res = run_cli("report", *without(option))
    assert res.exit_code == 2
    assert res.stderr == f"pipwarden: error: incomplete report, missing: {message}\n"


def test_affiliation_is_optional(run_cli: Any) -> None:
    res = run_cli("report", *without("--affiliation"))
    assert res.exit_code == 0
    assert "1. Reporter\n   Ada Lovelace\n" in res.stdout


@pytest.mark.parametrize(
    "placeholder", ["TODO", "tbd", "N/A", "...", "<fill>", "Lorem ipsum dolor sit", "TODO: later"]
)
def test_placeholders_are_rejected(run_cli: Any, placeholder: str) -> None:
    res = run_cli("report", *without("--impact"), "--impact", placeholder)
    assert res.exit_code == 2
    assert "who can exploit it and what they gain (--impact) is a placeholder" in res.stderr


def test_one_step_or_placeholder_step_is_not_a_reproduction(run_cli: Any) -> None:
    res = run_cli("report", *without("--steps"), "--steps", "run it")
    assert res.exit_code == 2
    assert "at least 2 steps (--steps, repeatable): 1 given" in res.stderr
    res = run_cli("report", *without("--steps"), "--steps", "install", "--steps", "TBD")
    assert res.exit_code == 2
    assert "a step is a placeholder" in res.stderr


def test_steps_written_in_the_details_count() -> None:
    details = "Overview.\n\n1. pip install acme\n2) run `acme serve`\n- open /admin\n"
    report = vulnreport.VulnReport(details=details)
    assert report.reproduction == ("pip install acme", "run `acme serve`", "open /admin")
    assert vulnreport.steps_in("prose only, no steps") == ()


def test_several_fields_missing_at_once(run_cli: Any) -> None:
    res = run_cli("report", "--name", "Ada", "--affiliation", "TBD")
    assert res.exit_code == 2
    msg = res.stderr
    assert "technical details" in msg and "--impact" in msg and "--public" in msg
    assert "reporter affiliation (--affiliation) is a placeholder" in msg
    assert "reporter name" not in msg


def test_cvss_v3_and_v4_are_scored() -> None:
    v3 = vulnreport.score_cvss(V31)
    assert (v3.version, v3.score, v3.severity, v3.osv_type) == ("3.1", 8.8, "High", "CVSS_V3")
    v4 = vulnreport.score_cvss(V40)
    assert (v4.version, v4.score, v4.severity, v4.osv_type) == ("4.0", 9.3, "Critical", "CVSS_V4")


@pytest.mark.parametrize(
    "vector",
    [
        "CVSS:3.1/AV:N",
        "CVSS:3.1/AV:X/AC:L/PR:N/UI:R/S:U/C:H/I:H/A:H",
        "CVSS:4.0/AV:N/AC:L",
        "AV:N/AC:L/Au:N/C:P/I:P/A:P",
        "9.8",
    ],
)
def test_bad_cvss_vector(run_cli: Any, vector: str) -> None:
    res = run_cli("report", *COMPLETE, "--cvss", vector)
    assert res.exit_code == 2
    assert res.stderr.startswith(f"pipwarden: error: CVSS vector {vector!r} does not parse")
    assert len(res.stderr.splitlines()) == 1


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("<2.0", {"events": [{"introduced": "0"}, {"fixed": "2.0"}]}),
        (">=1.0,<1.4.2", {"events": [{"introduced": "1.0"}, {"fixed": "1.4.2"}]}),
        ("<=1.5", {"events": [{"introduced": "0"}, {"last_affected": "1.5"}]}),
        (">=3", {"events": [{"introduced": "3"}]}),
        ("~=1.4.2", {"events": [{"introduced": "1.4.2"}, {"fixed": "1.5"}]}),
        ("~=1.4", {"events": [{"introduced": "1.4"}, {"fixed": "2"}]}),
        ("==2.1", {"versions": ["2.1"]}),
    ],
)
def test_osv_ranges(spec: str, expected: dict[str, Any]) -> None:
    assert vulnreport.osv_range(spec) == expected


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("banana", "is not a version specifier"),
        (">1.0", "cannot be expressed as an OSV range"),
        ("!=1.0", "cannot be expressed"),
        ("==1.*", "cannot be expressed"),
        (">=2,<1", "matches no version"),
        (">=1,>=2", "more than one lower bound"),
        ("<1,<=2", "more than one upper bound"),
    ],
)
def test_bad_affected(spec: str, message: str, run_cli: Any) -> None:
    with pytest.raises(PipwardenError, match=message):
        vulnreport.osv_range(spec)
    res = run_cli("report", *COMPLETE, "--package", "acme", "--affected", spec)
    assert res.exit_code == 2
    assert message in res.stderr


def test_osv_format(run_cli: Any) -> None:
    res = run_cli(
        "report", *COMPLETE, "--package", "Acme_Pkg", "--affected", ">=1.0,<1.4.2",
        "--affected", "==2.1", "--cvss", V40, "--format", "osv", "--title", "RCE in load",
    )  # fmt: skip
    assert res.exit_code == 0, res.stderr
    draft = json.loads(res.stdout)
    assert draft["schema_version"] == "1.6.0"
    assert draft["id"].startswith("DRAFT-PYPI-acme-pkg-")
    assert draft["summary"] == "RCE in load"
    (affected,) = draft["affected"]
    assert affected["package"] == {
        "ecosystem": "PyPI",
        "name": "acme-pkg",
        "purl": "pkg:pypi/acme-pkg",
    }
    assert affected["ranges"] == [
        {"type": "ECOSYSTEM", "events": [{"introduced": "1.0"}, {"fixed": "1.4.2"}]}
    ]
    assert affected["versions"] == ["2.1"]
    assert draft["severity"] == [{"type": "CVSS_V4", "score": V40}]
    assert "1. pip install acme==1.0" in draft["details"]
    assert "### Impact" in draft["details"]
    assert draft["credits"] == [{"name": "Ada Lovelace (Analytical Engines Ltd)", "type": "FINDER"}]
    assert draft["modified"].endswith("Z")


def test_osv_format_needs_package_and_range(run_cli: Any) -> None:
    res = run_cli("report", *COMPLETE, "--format", "osv")
    assert res.exit_code == 2
    assert "affected package (--package)" in res.stderr
    assert 'affected versions (--affected, e.g. "<2.0")' in res.stderr


def test_markdown_format(run_cli: Any) -> None:
    res = run_cli("report", *COMPLETE, "--format", "markdown", "--cvss", V31)
    assert res.exit_code == 0
    md = res.stdout
    for heading in (
        "# Security vulnerability",
        "## Reporter",
        "## Technical details",
        "### Steps to reproduce",
        "## Who can exploit it and what they gain",
        "## Is it public or known to third parties?",
    ):
        assert f"\n{heading}\n" in f"\n{md}"
    assert f"**CVSS:** `{V31}`" in md


def test_output_dir_writes_three_files(tmp_path: Path, run_cli: Any) -> None:
    out = tmp_path / "out"
    res = run_cli("report", *COMPLETE, "--package", "acme", "--affected", "<2", "-o", str(out))
    assert res.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["osv.json", "report.md", "report.txt"]
    assert json.loads((out / "osv.json").read_text())["affected"][0]["package"]["name"] == "acme"
    res = run_cli("report", *COMPLETE, "-o", str(tmp_path / "o2"))
    assert res.exit_code == 0
    assert "osv.json not written" in res.stderr
    assert not (tmp_path / "o2" / "osv.json").exists()


def test_from_toml_and_json_files(tmp_path: Path, run_cli: Any) -> None:
    toml = tmp_path / "r.toml"
    toml.write_text(
        'name = "Ada"\ndetails = """Overview.\n\n1. pip install acme\n2. run acme\n"""\n'
        'impact = "Local users gain root."\npublic = false\npackage = "acme"\n'
        f'affected = "<2"\ncvss = "{V31}"\n'
    )
    res = run_cli("report", "--from", str(toml), "--format", "osv")
    assert res.exit_code == 0, res.stderr
    draft = json.loads(res.stdout)
    assert draft["database_specific"]["public"] == "no"
    assert "1. pip install acme" in draft["details"]

    data = {
        "name": "Ada",
        "details": "d e t a i l s",
        "steps": ["one", "two"],
        "impact": "remote attackers read any file",
        "public": "unknown",
    }
    js = tmp_path / "r.json"
    js.write_text(json.dumps(data))
    res = run_cli("report", "--from", str(js), "--name", "Grace")
    assert res.exit_code == 0, res.stderr
    assert "1. Reporter\n   Grace\n" in res.stdout  # flags override the file


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("bad.json", "{not json", "is not valid"),
        ("bad.toml", "name = ", "is not valid"),
        ("list.json", "[1, 2]", "must hold a table/object"),
        ("keys.json", '{"nmae": "x"}', "unknown key(s) nmae"),
        ("type.json", '{"name": 3}', "'name' must be a string"),
        ("steps.json", '{"steps": [1]}', "'steps' must be a string or a list of strings"),
    ],
)
def test_bad_report_files(tmp_path: Path, run_cli: Any, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    res = run_cli("report", "--from", str(path))
    assert res.exit_code == 2
    assert message in res.stderr
    res = run_cli("report", "--from", str(tmp_path / "nope.toml"))
    assert res.exit_code == 2
    assert "does not exist" in res.stderr


def test_details_file(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "d.md").write_text("Long details.\n\n1. first\n2. second\n")
    res = run_cli("report", *without("--details"), "--details-file", "d.md")
    assert res.exit_code == 0
    assert "Long details." in res.stdout
    res = run_cli("report", *without("--details"), "--details-file", "missing.md")
    assert res.exit_code == 2
    assert "--details-file missing.md does not exist" in res.stderr


def test_channel_from_project_security_md(tmp_path: Path, run_cli: Any) -> None:
    proj = tmp_path / "proj"
    (proj / ".github").mkdir(parents=True)
    (proj / ".github" / "SECURITY.md").write_text(
        "Email security@acme-project.org or use "
        "https://github.com/acme/acme/security/advisories/new. Docs: https://acme.test/docs\n"
    )
    res = run_cli("report", *COMPLETE, "--project-path", str(proj))
    assert res.exit_code == 0
    first = res.stdout.splitlines()[0]
    assert first == (
        "To: https://github.com/acme/acme/security/advisories/new, security@acme-project.org"
    )
    assert res.stderr == ""


def test_security_md_without_contact(tmp_path: Path, run_cli: Any) -> None:
    proj = tmp_path / "proj"
    proj.mkdir()
    (proj / "SECURITY.md").write_text("# Security\n\nWe take security seriously.\n")
    (proj / "pyproject.toml").write_text(
        '[project]\nname = "acme"\nmaintainers = [{name = "M", email = "m@acme-project.org"}]\n'
    )
    res = run_cli("report", *COMPLETE, "--project-path", str(proj))
    assert res.exit_code == 0
    assert "note: SECURITY.md names no contact (no email address or reporting URL)" in res.stderr
    assert "falling back to the maintainer email in pyproject.toml" in res.stderr
    assert res.stdout.startswith("To: m@acme-project.org\n")

    (proj / "pyproject.toml").unlink()
    res = run_cli("report", *COMPLETE, "--project-path", str(proj))
    assert "warning: no reporting channel found" in res.stderr
    assert res.stdout.startswith("To: (no reporting channel found in ")


def test_project_without_security_md_and_bad_path(tmp_path: Path, run_cli: Any) -> None:
    proj = tmp_path / "bare"
    proj.mkdir()
    res = run_cli("report", *COMPLETE, "--project-path", str(proj))
    assert res.exit_code == 0
    assert f"note: {proj} has no SECURITY.md" in res.stderr
    res = run_cli("report", *COMPLETE, "--project-path", str(tmp_path / "missing"))
    assert res.exit_code == 2
    assert (
        res.stderr.strip()
        == f"pipwarden: error: project path {tmp_path / 'missing'} does not exist"
    )


def _fake_dist(site: Path, name: str, metadata: str, files: dict[str, str]) -> None:
    info = site / f"{name}-1.0.dist-info"
    info.mkdir(parents=True)
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n{metadata}")
    record = []
    for rel, text in files.items():
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(text)
        record.append(f"{rel},,")
    (info / "RECORD").write_text("".join(f"{line}\n" for line in record))


def test_channel_from_installed_distribution(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run_cli: Any
) -> None:
    site = tmp_path / "site"
    _fake_dist(
        site,
        "pwfake_secure",
        "Project-URL: Homepage, https://acme.test\n"
        "Project-URL: Security, https://acme.test/security-policy\n",
        {},
    )
    _fake_dist(
        site,
        "pwfake_shipped",
        "",
        {"pwfake_shipped/SECURITY.md": "Report to sec@shipped-project.org\n"},
    )
    _fake_dist(site, "pwfake_plain", "Maintainer-email: Bob <bob@plain-project.org>\n", {})
    monkeypatch.syspath_prepend(str(site))

    secure = channel.from_distribution("pwfake_secure")
    assert [c.value for c in secure.contacts] == ["https://acme.test/security-policy"]
    shipped = channel.from_distribution("pwfake_shipped")
    assert [c.value for c in shipped.contacts] == ["sec@shipped-project.org"]
    plain = channel.from_distribution("pwfake_plain")
    assert [c.value for c in plain.contacts] == ["bob@plain-project.org"]
    assert "publishes no security policy" in plain.notes[0]

    res = run_cli("report", *COMPLETE, "--package", "pwfake_plain")
    assert res.exit_code == 0
    assert res.stdout.startswith("To: bob@plain-project.org\n")
    assert "publishes no security policy (no Project-URL Security, no SECURITY.md)" in res.stderr
    assert sys.path[0] == str(site)


def test_contacts_skip_placeholders_and_docs() -> None:
    found = channel.contacts_in(
        "Mail security@example.com (placeholder) or sec@real-project.org.\n"
        "Read https://real-project.org/docs first; report at https://hackerone.com/real.\n"
    )
    assert [(c.value, c.line, c.kind) for c in found] == [
        ("sec@real-project.org", 1, "email"),
        ("https://hackerone.com/real", 2, "url"),
    ]


def test_github_private_reporting_is_a_contact() -> None:
    text = "# Security\n\nUse the **Report a vulnerability** button in the Security tab.\n"
    (found,) = channel.contacts_in(text, "SECURITY.md")
    assert (found.kind, found.line) == ("github", 3)
    assert "private vulnerability reporting" in found.value


def test_interactive_prompts(run_cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("pipwarden.cli.disclosure._stdin_is_tty", lambda: True)
    answers = "\n".join(
        [
            "Ada",  # name
            "",  # affiliation (optional)
            "Path traversal",  # title
            "extract() follows ../ in archive names",  # details
            "pip install acme",  # step 1
            "acme extract evil.tar",  # step 2
            "",  # end of steps
            "Anyone who sends an archive writes files anywhere",  # impact
            "maybe",  # invalid choice: asked again
            "unknown",  # public
        ]
    )
    res = run_cli("report", input=answers + "\n")
    assert res.exit_code == 0, res.stderr
    assert "Subject: [SECURITY] Path traversal" in res.stdout
    assert "   1. pip install acme\n   2. acme extract evil.tar" in res.stdout
    assert "4. Is it public or known to third parties?\n   Unknown:" in res.stdout


def test_interactive_still_checks_completeness(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipwarden.cli.disclosure._stdin_is_tty", lambda: True)
    answers = "Ada\n\n\nTODO\nonly one step\n\nthey gain root\nno\n"
    res = run_cli("report", input=answers)
    assert res.exit_code == 2
    assert "technical details (--details or --details-file) is a placeholder" in res.stderr
    assert "1 given" in res.stderr


# -- property: an OSV range means exactly what its specifier means -------------

_versions = st.lists(st.integers(0, 4), min_size=1, max_size=3).map(
    lambda parts: ".".join(map(str, parts))
)
_specs = st.lists(
    st.tuples(st.sampled_from([">=", "<", "<=", "~=", "=="]), _versions), min_size=1, max_size=2
).map(lambda items: ",".join(op + v for op, v in items))


def _osv_affects(part: dict[str, Any], version: Version) -> bool:
    if "versions" in part:
        return any(version == Version(v) for v in part["versions"])
    events = {k: Version(v) for e in part["events"] for k, v in e.items()}
    if version < events["introduced"]:
        return False
    if "fixed" in events:
        return version < events["fixed"]
    if "last_affected" in events:
        return version <= events["last_affected"]
    return True


@settings(max_examples=300, deadline=None)
@given(spec=_specs, probes=st.lists(_versions, min_size=1, max_size=8))
def test_osv_range_matches_specifier(spec: str, probes: list[str]) -> None:
    try:
        part = vulnreport.osv_range(spec)
    except PipwardenError:
        return  # not expressible (two bounds of a kind, ~=N, an empty range): refused, fine
    specifier = SpecifierSet(spec)
    for probe in probes:
        version = Version(probe)
        assert _osv_affects(part, version) == specifier.contains(version), (spec, probe, part)
