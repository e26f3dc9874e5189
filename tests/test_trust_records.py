"""Trust on first use: comparing a trusted record with today's evidence."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipwarden.findings import Severity
from pipwarden.publishers.evidence import Attestation, Evidence, ProjectEvidence, parse_project
from pipwarden.publishers.trust import (
    TrustRecord,
    TrustStore,
    compare,
    describe_owners,
    fill_unknowns,
    read_file,
    record_from,
    write_file,
)
from pipwarden.store import Store

TRUSTED = TrustRecord(
    project="demo",
    owners={"alice": "Owner", "bob": "Maintainer"},
    repository="https://github.com/acme/demo",
    publisher="GitHub:acme/demo@release.yml",
    attested=True,
    version="2.0",
    recorded="2026-01-01T00:00:00+00:00",
)


def evidence(
    roles: dict[str, str] | None = None,
    repository: str | None = "https://github.com/acme/demo",
    attestation: Attestation | None = None,
    version: str = "2.1",
) -> Evidence:
    project = ProjectEvidence(
        name="demo",
        index="IDX",
        found=True,
        roles={"alice": "Owner", "bob": "Maintainer"} if roles is None else roles,
        repository=repository,
    )
    att = attestation or Attestation(
        f"demo-{version}-py3-none-any.whl", "attested", publisher="GitHub:acme/demo@release.yml"
    )
    return Evidence(project, att, version, att.filename)


def rules(ev: Evidence, record: TrustRecord = TRUSTED) -> dict[str, Any]:
    return {f.rule: f for f in compare(record, ev).findings}


def test_unchanged_raises_nothing() -> None:
    assert rules(evidence()) == {}


def test_owner_added() -> None:
    ev = evidence(roles={"alice": "Owner", "bob": "Maintainer", "mallory": "Owner"})
    result = compare(TRUSTED, ev)
    assert result.new_owners == ("mallory",)
    f = {f.rule: f for f in result.findings}["publishers.owner-added"]
    assert f.severity == Severity.HIGH
    assert "mallory" in f.message
    assert f.details["added"] == ["mallory"]
    assert f.details["before"] == {"alice": "Owner", "bob": "Maintainer"}
    assert f.details["after"]["mallory"] == "Owner"


def test_owner_removed_and_role_changed() -> None:
    found = rules(evidence(roles={"bob": "Owner"}))
    removed = found["publishers.owner-removed"]
    assert removed.severity == Severity.MEDIUM and removed.details["removed"] == ["alice"]
    changed = found["publishers.role-changed"]
    assert "bob Maintainer -> Owner" in changed.message
    assert "publishers.owner-added" not in found


def test_takeover_shape_raises_both() -> None:
    found = rules(evidence(roles={"mallory": "Owner"}))
    assert {"publishers.owner-added", "publishers.owner-removed"} <= set(found)


def test_repository_changed() -> None:
    f = rules(evidence(repository="https://github.com/evil/demo"))["publishers.repository-changed"]
    assert f.details == {"before": TRUSTED.repository, "after": "https://github.com/evil/demo"}
    gone = rules(evidence(repository=None))["publishers.repository-changed"]
    assert gone.details["after"] is None and "no repository" in gone.message


def test_attestations_stopped() -> None:
    plain = Attestation("demo-2.1-py3-none-any.whl", "none")
    f = rules(evidence(attestation=plain))["publishers.attestations-stopped"]
    assert f.severity == Severity.HIGH
    assert f.details["before"] == {"attested": True, "publisher": TRUSTED.publisher}
    assert f.details["after"] == {"attested": False, "publisher": None}
    # An older release from before attestations began is not a stop.
    older = Attestation("demo-1.0-py3-none-any.whl", "none")
    assert rules(evidence(attestation=older, version="1.0")) == {}
    # An index that cannot say is not a stop either.
    unknown = Attestation("demo-2.1-py3-none-any.whl", "unavailable")
    assert rules(evidence(attestation=unknown)) == {}


def test_publisher_changed() -> None:
    other = Attestation("f.whl", "attested", publisher="GitHub:evil/demo@release.yml")
    f = rules(evidence(attestation=other))["publishers.publisher-changed"]
    assert f.severity == Severity.HIGH
    assert f.details == {"before": TRUSTED.publisher, "after": "GitHub:evil/demo@release.yml"}


def test_unknowns_never_alert_and_are_filled() -> None:
    blank = TrustRecord(project="demo", recorded="2026-01-01T00:00:00+00:00")
    assert rules(evidence(), blank) == {}
    filled = fill_unknowns(blank, evidence())
    assert filled is not None
    assert filled.owners == {"alice": "Owner", "bob": "Maintainer"}
    assert filled.attested is True and filled.publisher == "GitHub:acme/demo@release.yml"
    assert fill_unknowns(filled, evidence()) is None
    # Missing ownership today is unknown, not "everyone removed".
    ev = Evidence(
        ProjectEvidence(
            name="demo", index="IDX", found=True, roles=None, repository=TRUSTED.repository
        ),
        Attestation("f.whl", "attested", publisher=TRUSTED.publisher),
        "2.1",
    )
    assert rules(ev) == {}


def test_store_round_trip() -> None:
    store = TrustStore(Store())
    assert store.get("Demo") is None
    rec = record_from(evidence())
    store.put(rec)
    assert store.get("DEMO") == rec
    assert [r.project for r in store.all()] == ["demo"]
    assert rec.attested is True and rec.version == "2.1" and rec.source == "first-use"


def _org_evidence(org: str | None, roles: dict[str, str] | None) -> Evidence:
    project = ProjectEvidence(
        name="demo",
        index="IDX",
        found=True,
        roles=roles,
        organization=org,
        repository=TRUSTED.repository,
    )
    return Evidence(project, Attestation("f.whl", "attested", publisher=TRUSTED.publisher), "2.1")


def test_organization_owned_project_records_the_organization() -> None:
    # The JSON API of an organization's project: {"organization": "pallets", "roles": []}.
    parsed = parse_project("flask", "IDX", {"ownership": {"organization": "pallets", "roles": []}})
    assert parsed.roles == {} and parsed.organization == "pallets"
    rec = record_from(_org_evidence("pallets", {}))
    assert rec.owners == {} and rec.organization == "pallets" and rec.organization_known
    assert describe_owners(rec) == "organization pallets"
    assert rec.to_json()["organization"] == "pallets"


def test_organization_change_alerts() -> None:
    rec = record_from(_org_evidence("pallets", {}))
    f = rules(_org_evidence("evil-org", {}), rec)["publishers.organization-changed"]
    assert f.severity == Severity.HIGH
    assert f.details == {"before": "pallets", "after": "evil-org"}
    # Leaving the organization for a personal account is a change too, and the new user is seen.
    moved = rules(_org_evidence(None, {"mallory": "Owner"}), rec)
    assert {"publishers.organization-changed", "publishers.owner-added"} <= set(moved)
    assert rules(_org_evidence("pallets", {}), rec) == {}
    # Ownership the index did not expose today is unknown, not a change.
    assert rules(_org_evidence(None, None), rec) == {}


def test_records_without_organization_are_filled_not_alerted() -> None:
    old = TrustRecord(project="demo", owners={"alice": "Owner"}, recorded="2026-01-01")
    assert not old.organization_known
    ev = _org_evidence("acme", {"alice": "Owner"})
    assert rules(ev, old) == {}
    filled = fill_unknowns(old, ev)
    assert filled is not None and filled.organization == "acme" and filled.organization_known
    # "owners unknown" records of organization projects are filled too.
    blank = TrustRecord(project="flask", recorded="2026-01-01")
    filled = fill_unknowns(blank, _org_evidence("pallets", {}))
    assert filled is not None and filled.owners == {} and filled.organization == "pallets"


def test_trust_file_round_trips_organization(tmp_path: Path) -> None:
    rec = record_from(_org_evidence("pallets", {}))
    write_file(tmp_path / "t.json", [rec])
    back = read_file(tmp_path / "t.json")["demo"]
    assert back.organization == "pallets" and back.organization_known and back.owners == {}
    none = record_from(_org_evidence(None, {"alice": "Owner"}))
    write_file(tmp_path / "n.json", [none])
    back = read_file(tmp_path / "n.json")["demo"]
    assert back.organization is None and back.organization_known
