"""`pipwarden policy check`: posture checks on fixture repositories in good and bad shape."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from pipwarden.disclosure import posture

HASH = "--hash=sha256:" + "0" * 64

GOOD_SECURITY = """# Security policy

Report vulnerabilities to security@acme-project.org, never in a public issue.

Include: your name and affiliation; technical details with steps to reproduce;
who can exploit it and what they gain; whether it is public or known to third parties.
"""

GOOD_CI = """name: ci
on: [push, pull_request]
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - run: pip install --require-hashes -r requirements.txt
      - run: |
          python -m pip install \\
            --only-binary :all: pytest
      - run: pip install -r requirements.txt
      - uses: github/codeql-action/init@v3
      - uses: github/codeql-action/analyze@v3
"""

GOOD_RELEASE = """name: release
on:
  release:
    types: [published]
jobs:
  pypi:
    runs-on: ubuntu-latest
    environment: pypi
    permissions:
      id-token: write
    steps:
      - uses: actions/download-artifact@v4
      - uses: pypa/gh-action-pypi-publish@release/v1
"""

GOOD_DOCKERFILE = """FROM python:3.12-slim
RUN useradd --create-home app
USER app
RUN pip install --user --only-binary :all: -r requirements.txt
"""


def write(root: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return root


@pytest.fixture
def good_repo(tmp_path: Path) -> Path:
    return write(
        tmp_path / "good",
        {
            ".github/SECURITY.md": GOOD_SECURITY,
            ".github/workflows/ci.yml": GOOD_CI,
            ".github/workflows/release.yml": GOOD_RELEASE,
            ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: pip\n"
            "    directory: /\n    schedule:\n      interval: weekly\n",
            "requirements.txt": f"# pinned\nflask==3.0.0 \\\n    {HASH}\nclick==8.1 {HASH}\n",
            "uv.lock": "version = 1\n",
            "Dockerfile": GOOD_DOCKERFILE,
            "scripts/setup.sh": "#!/bin/sh\nexport PIP_ONLY_BINARY=:all:\npip install tox\n",
            ".venv/bin/activate.sh": "sudo pip install anything\n",  # ignored: a venv
        },
    )


@pytest.fixture
def bad_repo(tmp_path: Path) -> Path:
    return write(
        tmp_path / "bad",
        {
            "SECURITY.md": "# Security\n\nPlease be nice and tell us about problems.\n",
            ".github/workflows/ci.yml": "on:\n  push:\njobs:\n  a:\n    steps:\n"
            "      - run: sudo pip install -r requirements.txt\n"
            "      - run: pipwarden scan .\n",
            ".github/workflows/publish.yml": "on: release\njobs:\n  p:\n    steps:\n"
            "      - uses: pypa/gh-action-pypi-publish@release/v1\n        with:\n"
            "          password: ${{ secrets.PYPI_API_TOKEN }}\n",
            ".github/dependabot.yml": "version: 2\nupdates:\n  - package-ecosystem: npm\n",
            "requirements.txt": f"flask==3.0 {HASH}\nrequests>=2\n-r other.txt\n",
            "requirements-dev.txt": "pytest\n",
            "docker/Dockerfile": "FROM python:3.12\nRUN apt-get update && \\\n"
            "    pip install -r requirements.txt\nUSER app\n",
        },
    )


def by_id(result: posture.Posture) -> dict[str, posture.CheckResult]:
    return {r.id: r for r in result.results}


def test_good_repo_passes_everything(good_repo: Path) -> None:
    result = posture.assess(good_repo)
    checks = by_id(result)
    assert {k: v.status for k, v in checks.items()} == {c.id: "pass" for c in posture.CHECKS}
    assert result.score == 10.0
    assert checks["static-analysis"].evidence[0].location() == ".github/workflows/ci.yml:14"
    assert checks["trusted-publishing"].evidence[0].file == ".github/workflows/release.yml"
    assert checks["security-policy"].evidence[1].location() == ".github/SECURITY.md:3"


def test_bad_repo_fails_everything_with_evidence(bad_repo: Path) -> None:
    result = posture.assess(bad_repo)
    checks = by_id(result)
    assert all(r.status == "fail" for r in result.results), {k: v.status for k, v in checks.items()}
    assert result.score < 2.5
    policy = checks["security-policy"]
    assert policy.reason == (
        "SECURITY.md names no contact and asks for 0 of the 4 required report fields"
    )
    assert "does not ask for: reporter name and affiliation" in [e.text for e in policy.evidence]
    assert policy.score == 4
    assert checks["static-analysis"].reason == "static analysis runs, but not on pull requests"
    assert checks["dependency-update-tool"].score == 5
    pinned = {e.location(): e.text for e in checks["pinned-dependencies"].evidence}
    assert pinned["requirements.txt:2"] == "no --hash: requests>=2"
    assert pinned["requirements-dev.txt:1"] == "no --hash: pytest"
    assert "requirements.txt:3" not in pinned  # -r is an option, not a requirement
    installs = [e.location() for e in checks["ci-binary-installs"].evidence]
    assert installs == [".github/workflows/ci.yml:6", "docker/Dockerfile:2"]
    tp = checks["trusted-publishing"].evidence
    assert [e.location() for e in tp] == [".github/workflows/publish.yml:7"]
    root = {e.location(): e.text for e in checks["no-root-pip"].evidence}
    assert set(root) == {".github/workflows/ci.yml:6", "docker/Dockerfile:2"}
    assert root["docker/Dockerfile:2"].startswith("pip install as root")
    assert all(r.fix for r in result.results)


def test_empty_repo(tmp_path: Path) -> None:
    checks = by_id(posture.assess(tmp_path))
    assert checks["security-policy"].reason.startswith("no SECURITY.md")
    for name in ("pinned-dependencies", "ci-binary-installs", "trusted-publishing", "no-root-pip"):
        assert checks[name].status == "n/a"
    assert posture.assess(tmp_path).score == 0.0


@pytest.mark.parametrize(
    ("dockerfile", "root_lines"),
    [
        ("FROM python\nUSER app\nRUN pip install x\n", []),
        ("FROM python\nUSER app\nUSER root\nRUN pip install x\n", [4]),
        ("FROM python AS b\nUSER app\nFROM python\nRUN pip3 install x\n", [4]),
        ("FROM python\nRUN python -m pip install x\nUSER 1000:1000\n", [2]),
        ("FROM python\n# RUN pip install x\nUSER 0\nRUN echo pip\n", []),
        ('FROM python\nRUN ["python", "-m", "pip", "install", "x"]\n', [2]),
        ('FROM python\nRUN ["not json\n', []),
    ],
)
def test_dockerfile_user(tmp_path: Path, dockerfile: str, root_lines: list[int]) -> None:
    (tmp_path / "Dockerfile").write_text(dockerfile)
    ev = by_id(posture.assess(tmp_path))["no-root-pip"].evidence
    assert [e.line for e in ev] == root_lines


@pytest.mark.parametrize(
    ("line", "root"),
    [
        ("sudo pip install x", True),
        ("sudo -H pip3 install x", True),
        ("sudo python3 -m pip install x", True),
        ("sudo apt-get install python3-pip", False),
        ("pip install --user x", False),
    ],
)
def test_sudo_pip(tmp_path: Path, line: str, root: bool) -> None:
    write(tmp_path, {"ci/run.sh": f"#!/bin/sh\n{line}\n"})
    result = by_id(posture.assess(tmp_path))["no-root-pip"]
    assert (result.status == "fail") is root


def test_trusted_publishing_needs_id_token(tmp_path: Path) -> None:
    write(
        tmp_path,
        {
            ".github/workflows/r.yml": "on: push\njobs:\n  a:\n    steps:\n      - run: twine upload dist/*\n"
        },
    )
    r = by_id(posture.assess(tmp_path))["trusted-publishing"]
    assert r.status == "fail"
    assert r.evidence[0].text == "publishes without `id-token: write`"


def test_renovate_counts(tmp_path: Path) -> None:
    write(tmp_path, {"renovate.json": "{}"})
    assert by_id(posture.assess(tmp_path))["dependency-update-tool"].status == "pass"


def test_unhashed_requirements_unit() -> None:
    text = f"# c\n--index-url https://x.test\n-e .\na==1 {HASH}\nb==2 \\\n  {HASH}\nc==3 # {HASH}\n"
    assert posture.unhashed_requirements(text) == [(3, "-e ."), (7, "c==3")]


def test_missing_report_fields_unit() -> None:
    assert posture.missing_report_fields(GOOD_SECURITY) == []
    assert posture.missing_report_fields("Tell us how to reproduce it.") == [
        "reporter name and affiliation",
        "who can exploit it and what they gain",
        "whether it is public or known to third parties",
    ]


def test_cli_table_and_fail_under(bad_repo: Path, good_repo: Path, run_cli: Any) -> None:
    res = run_cli("policy", "check", str(bad_repo))
    assert res.exit_code == 0
    assert "FAIL  pinned-dependencies" in res.stdout
    assert "requirements.txt:2: no --hash: requests>=2" in res.stdout
    assert "fix: Generate hashed requirements" in res.stdout
    res = run_cli("policy", "check", str(bad_repo), "--fail-under", "5")
    assert res.exit_code == 1
    assert "below --fail-under 5" in res.stderr
    res = run_cli("policy", "check", str(good_repo), "--fail-under", "10")
    assert res.exit_code == 0
    assert "10.0/10" in res.stdout


def test_cli_json_markdown_sarif(bad_repo: Path, run_cli: Any, tmp_path: Path) -> None:
    data = json.loads(run_cli("policy", "check", str(bad_repo), "--format", "json").stdout)
    assert data["score"] == posture.assess(bad_repo).score
    assert [c["id"] for c in data["checks"]] == [c.id for c in posture.CHECKS]
    assert data["checks"][0]["evidence"][0]["file"] == "SECURITY.md"

    md = run_cli("policy", "check", str(bad_repo), "--format", "markdown").stdout
    assert md.startswith("# Security posture: ")
    assert "| Dependencies pinned with hashes | fail |" in md
    assert "**Fix:**" in md

    out = tmp_path / "posture.sarif"
    res = run_cli("policy", "check", str(bad_repo), "--format", "sarif", "-o", str(out))
    assert res.exit_code == 0
    sarif = json.loads(out.read_text())
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    assert {r["id"] for r in run["tool"]["driver"]["rules"]} == {
        f"posture.{c.id}" for c in posture.CHECKS
    }
    assert {r["ruleId"] for r in run["results"]} == {f"posture.{c.id}" for c in posture.CHECKS}
    where = {
        (
            r["ruleId"],
            r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            r["locations"][0]["physicalLocation"]["region"]["startLine"],
        )
        for r in run["results"]
    }
    assert ("posture.pinned-dependencies", "requirements.txt", 2) in where
    assert ("posture.pinned-dependencies", "requirements-dev.txt", 1) in where
    assert ("posture.no-root-pip", "docker/Dockerfile", 2) in where
    assert ("posture.security-policy", "SECURITY.md", 1) in where
    assert len([w for w in where if w[0] == "posture.pinned-dependencies"]) == 2


def test_cli_bad_path(run_cli: Any) -> None:
    res = run_cli("policy", "check", "does/not/exist")
    assert res.exit_code == 2
    assert res.stderr == "pipwarden: error: path does/not/exist does not exist\n"
    res = run_cli("policy", "check", ".", "--fail-under", "11")
    assert res.exit_code == 2


def test_hostile_tree_does_not_crash(tmp_path: Path) -> None:
    (tmp_path / "requirements.txt").write_bytes(b"\xff\xfe\x00garbage\x00\nflask\n")
    (tmp_path / "SECURITY.md").mkdir()  # a folder, not a policy
    (tmp_path / "loop").symlink_to(tmp_path)  # never followed
    (tmp_path / "Dockerfile").symlink_to("/etc/passwd")  # never read
    big = tmp_path / "requirements-big.txt"
    big.write_text("x\n" * 1_500_000)  # above the size cap: treated as empty
    checks = by_id(posture.assess(tmp_path))
    assert checks["security-policy"].reason.startswith("no SECURITY.md")
    locations = [e.location() for e in checks["pinned-dependencies"].evidence]
    assert "requirements.txt:2" in locations
    assert "requirements-big.txt" in locations  # too big to read: not counted as hashed
    assert checks["no-root-pip"].status == "n/a"
