"""Each publisher heuristic: fires on the bad shape, stays quiet on the healthy one."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from pipwarden.findings import Severity
from pipwarden.policy import Policy
from pipwarden.publishers.evidence import Attestation, Evidence, ProjectEvidence, Release
from pipwarden.publishers.heuristics import (
    RULES,
    cooldown_cutoff,
    disposable_emails,
    evaluate,
    repository_names_other_project,
)

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 6, 1, 12, tzinfo=UTC)


def days_ago(n: float) -> dt.datetime:
    return NOW - dt.timedelta(days=n)


def healthy(**changes: Any) -> ProjectEvidence:
    """A project that should raise nothing but info."""
    base: dict[str, Any] = {
        "name": "demo",
        "index": "IDX",
        "found": True,
        "roles": {"alice": "Owner"},
        "releases": (
            Release("1.0", days_ago(900)),
            Release("1.1", days_ago(600)),
            Release("2.0", days_ago(300)),
        ),
        "repository": "https://github.com/acme/demo",
        "emails": ("alice@example.org",),
        "description_length": 200,
        "latest": "2.0",
    }
    base.update(changes)
    return ProjectEvidence(**base)


def run(
    project: ProjectEvidence,
    version: str = "2.0",
    policy: Policy | None = None,
    attestation: Attestation | None = None,
    **kwargs: Any,
) -> dict[str, Any]:
    att = attestation or Attestation("demo-2.0-py3-none-any.whl", "none")
    ev = Evidence(project, att, version, att.filename)
    findings = evaluate(ev, policy or Policy(), now=NOW, **kwargs)
    for f in findings:
        assert f.check == "publishers" and f.package == project.name
        assert f.rule in RULES
    return {f.rule: f for f in findings}


def test_healthy_project_raises_nothing() -> None:
    assert run(healthy()) == {}


def test_cooldown_cutoff() -> None:
    assert cooldown_cutoff(Policy(cooldown_days=7), NOW) == NOW - dt.timedelta(days=7)
    assert cooldown_cutoff(Policy(cooldown_days=0), NOW) == NOW
    assert cooldown_cutoff(Policy()).tzinfo is not None


def test_cooldown_young_release_warns() -> None:
    project = healthy(releases=(Release("1.0", days_ago(400)), Release("2.0", days_ago(1.5))))
    found = run(project)
    f = found["publishers.cooldown"]
    assert f.severity == Severity.MEDIUM
    assert "inside the 7-day cooldown" in f.message and "36 hours" in f.message
    assert f.details["cooldown_days"] == 7
    # A policy with a shorter cooldown lets it through; an older pin is fine too.
    assert "publishers.cooldown" not in run(project, policy=Policy(cooldown_days=1))
    assert "publishers.cooldown" not in run(project, version="1.0")


def test_new_project_and_single_release() -> None:
    project = healthy(releases=(Release("0.1", days_ago(10)),), latest="0.1")
    found = run(project, version="0.1")
    assert found["publishers.new-project"].severity == Severity.MEDIUM
    assert found["publishers.single-release"].severity == Severity.LOW
    assert "publishers.new-project" not in run(project, "0.1", policy=Policy(new_project_days=5))


@pytest.mark.parametrize(
    ("old", "new", "severity"),
    [
        ("1.2", "99.0", Severity.MEDIUM),
        ("3.4", "2024.1", Severity.LOW),
        ("1.0", "11.0", Severity.MEDIUM),
    ],
)
def test_version_jump(old: str, new: str, severity: Severity) -> None:
    project = healthy(
        releases=(Release(old, days_ago(500)), Release(new, days_ago(400))), latest=new
    )
    f = run(project, version=new)["publishers.version-jump"]
    assert f.severity == severity
    assert f.details == {"previous": old, "version": new}


def test_ordinary_major_bumps_are_not_jumps() -> None:
    project = healthy(releases=(Release("1.0", days_ago(500)), Release("9.0", days_ago(400))))
    assert "publishers.version-jump" not in run(project, version="9.0")
    assert "publishers.version-jump" not in run(project, version="1.0")


def test_yanked_from_resolver_or_json_api() -> None:
    project = healthy(
        releases=(
            Release("1.0", days_ago(500)),
            Release("2.0", days_ago(400), True, "CVE fix broke"),
        )
    )
    f = run(project)["publishers.yanked"]
    assert "CVE fix broke" in f.message and f.severity == Severity.MEDIUM
    assert run(healthy(), yanked="bad build")["publishers.yanked"].details["reason"] == "bad build"


def test_description_and_repository() -> None:
    found = run(healthy(description_length=0, repository=None))
    assert found["publishers.no-description"].severity == Severity.LOW
    assert found["publishers.no-repository"].severity == Severity.INFO
    starjack = run(healthy(name="reqeusts", repository="https://github.com/psf/requests"))
    assert starjack["publishers.repository-mismatch"].severity == Severity.LOW


@pytest.mark.parametrize(
    ("name", "repo"),
    [
        ("requests", "https://github.com/psf/requests"),
        ("grpcio", "https://github.com/grpc/grpc"),
        ("pyyaml", "https://github.com/yaml/pyyaml"),
        ("python-dateutil", "https://github.com/dateutil/dateutil"),
        ("google-api-core", "https://github.com/googleapis/python-api-core"),
        ("azure-storage-blob", "https://github.com/azure/azure-sdk-for-python"),
        ("pyarrow", "https://github.com/apache/arrow"),
        ("jinja2", "https://github.com/pallets/jinja"),
        ("kiwisolver", "https://github.com/nucleic/kiwi"),
        ("h11", "https://github.com/python-hyper/h11"),
        ("anything", "https://example.org/some/thing"),  # not a forge: no opinion
    ],
)
def test_popular_repository_links_match(name: str, repo: str) -> None:
    assert not repository_names_other_project(name, repo)


@pytest.mark.parametrize(
    ("name", "repo"),
    [
        ("reqeusts", "https://github.com/psf/requests"),
        ("colourama", "https://github.com/tartley/colorama"),
    ],
)
def test_starjacking_links_do_not_match(name: str, repo: str) -> None:
    assert repository_names_other_project(name, repo)


def test_disposable_email() -> None:
    assert disposable_emails(["a@mailinator.com", "b@sub.yopmail.com", "c@example.org"]) == [
        "a@mailinator.com",
        "b@sub.yopmail.com",
    ]
    found = run(healthy(emails=("x@guerrillamail.com",)))
    assert found["publishers.disposable-email"].severity == Severity.MEDIUM


def test_dormancy_with_and_without_new_owner() -> None:
    project = healthy(releases=(Release("1.0", days_ago(2000)), Release("1.1", days_ago(100))))
    quiet = run(project, version="1.1")
    assert quiet["publishers.dormant-release"].severity == Severity.LOW
    assert "publishers.dormant-new-owner" not in quiet
    takeover = run(project, version="1.1", new_owners=["mallory"])
    f = takeover["publishers.dormant-new-owner"]
    assert f.severity == Severity.HIGH and f.details["new_owners"] == ["mallory"]
    # Steady releases are not dormancy, even with a new owner.
    assert "publishers.dormant-new-owner" not in run(healthy(), new_owners=["mallory"])


def test_attestation_states() -> None:
    unavailable = Attestation("f.whl", "unavailable", message="attestations not available from IDX")
    f = run(healthy(), attestation=unavailable)["publishers.attestations-unavailable"]
    assert f.severity == Severity.INFO and f.message == "attestations not available from IDX"
    attested = Attestation("f.whl", "attested", publisher="GitHub:acme/demo@r.yml")
    f = run(healthy(), attestation=attested)["publishers.attested"]
    assert "GitHub:acme/demo@r.yml" in f.message and "not verified" in f.message
    assert (
        run(healthy(), attestation=Attestation("f.whl", "error", message="bad"))[
            "publishers.attestations-error"
        ].severity
        == Severity.MEDIUM
    )


def test_no_evidence_is_info_only() -> None:
    found = run(ProjectEvidence(name="demo", index="IDX", error="IDX answered HTTP 503"))
    assert set(found) == {"publishers.evidence-unavailable"}
    assert "HTTP 503" in found["publishers.evidence-unavailable"].message
    assert found["publishers.evidence-unavailable"].severity == Severity.INFO


def test_default_severities_keep_popular_projects_allowed() -> None:
    """Facts common on healthy projects never reach warn (medium) on their own."""
    for rule in (
        "publishers.no-repository",
        "publishers.single-release",
        "publishers.no-description",
        "publishers.repository-mismatch",
        "publishers.dormant-release",
    ):
        assert RULES[rule].severity < Severity.MEDIUM
    for rule in (
        "publishers.owner-added",
        "publishers.attestations-stopped",
        "publishers.publisher-changed",
        "publishers.dormant-new-owner",
    ):
        assert RULES[rule].severity == Severity.HIGH
    assert RULES["publishers.cooldown"].severity == Severity.MEDIUM


def test_first_release_with_a_huge_version() -> None:
    project = healthy(releases=(Release("99.0.0", days_ago(400)),), latest="99.0.0")
    f = run(project, version="99.0.0")["publishers.version-jump"]
    assert f.severity == Severity.MEDIUM and "dependency confusion" in f.message
    calver = healthy(releases=(Release("2024.1", days_ago(400)),), latest="2024.1")
    assert "publishers.version-jump" not in run(calver, version="2024.1")
    small = healthy(releases=(Release("3.0", days_ago(400)),), latest="3.0")
    assert "publishers.version-jump" not in run(small, version="3.0")
