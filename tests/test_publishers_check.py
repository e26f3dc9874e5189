"""The `publishers` check end to end against the local index: first use, then each change."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import publishers as check
from pipwarden.checks import registry
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.index import IndexClient
from pipwarden.policy import Policy
from pipwarden.publishers.lookup import gather
from pipwarden.publishers.trust import TrustStore, accept
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.publishers import AttestingIndex, provenance

UTC = dt.timezone.utc
OLD = dt.datetime(2023, 1, 1, tzinfo=UTC)


def cand(name: str, version: str = "1.0") -> Candidate:
    filename = f"{name.replace('-', '_')}-{version}-py3-none-any.whl"
    return Candidate(name, version, filename, f"http://x.invalid/{filename}", None, "wheel")


def vet(
    index: LocalIndex, *candidates: Candidate, policy: Policy | None = None
) -> dict[str, dict[str, Finding]]:
    """One run of the check (fresh context and client, shared store): rule -> finding per package."""
    store = Store()
    with IndexClient(index.url, store=store, retries=0, metadata_max_age=0) as client:
        ctx = VetContext(policy=policy or Policy(), store=store, index=client)
        check.prepare(list(candidates), ctx)
        out = {c.key: {f.rule: f for f in check.run(c, ctx)} for c in candidates}
    store.close()
    return out


def publish(index: LocalIndex, name: str, version: str = "1.0", when: dt.datetime = OLD) -> None:
    index.add_dist(build_wheel(name, version), upload_time=when)


def test_registered() -> None:
    assert "publishers" in [c.name for c in registry()]
    assert check.CHECK.prepare is not None


def test_first_use_records_then_quiet(index: LocalIndex) -> None:
    publish(index, "demo")
    publish(index, "demo", "1.1", OLD + dt.timedelta(days=30))
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    first = vet(index, cand("demo"))["demo"]
    assert first["publishers.trust-recorded"].severity == Severity.INFO
    assert "alice" in first["publishers.trust-recorded"].message
    assert first["publishers.attestations-unavailable"].message == (
        f"attestations not available from {index.url}"
    )
    assert max(f.severity for f in first.values()) == Severity.INFO
    assert Policy().verdict("demo", list(first.values())) == Verdict.ALLOW
    second = vet(index, cand("demo"))["demo"]
    assert set(second) == {"publishers.attestations-unavailable"}
    record = TrustStore(Store()).get("demo")
    assert record is not None and record.owners == {"alice": "Owner"}
    assert record.repository == "https://example.invalid/demo"


def test_owner_added_blocks_until_accepted(index: LocalIndex) -> None:
    publish(index, "demo")
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    vet(index, cand("demo"))
    index.set_roles(
        "demo", [{"role": "Owner", "user": "alice"}, {"role": "Owner", "user": "mallory"}]
    )
    after = vet(index, cand("demo"))["demo"]
    f = after["publishers.owner-added"]
    assert f.severity == Severity.HIGH
    assert f.details["before"] == {"alice": "Owner"}
    assert f.details["after"] == {"alice": "Owner", "mallory": "Owner"}
    assert Policy().verdict("demo", list(after.values())) == Verdict.BLOCK
    # Still raised on the next vet: the record changes only when accepted.
    assert "publishers.owner-added" in vet(index, cand("demo"))["demo"]
    store = Store()
    with IndexClient(index.url, store=store, metadata_max_age=0) as client:
        before, now = accept(TrustStore(store), gather(client, "demo"))
    assert before is not None and before.owners == {"alice": "Owner"}
    assert now.owners == {"alice": "Owner", "mallory": "Owner"} and now.source == "accepted"
    assert "publishers.owner-added" not in vet(index, cand("demo"))["demo"]


def test_owner_removed(index: LocalIndex) -> None:
    publish(index, "demo")
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}, {"role": "Owner", "user": "bob"}])
    vet(index, cand("demo"))
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    f = vet(index, cand("demo"))["demo"]["publishers.owner-removed"]
    assert f.details["removed"] == ["bob"] and f.severity == Severity.MEDIUM


def test_repository_changed(index: LocalIndex) -> None:
    publish(index, "demo")
    index.set_info("demo", project_urls={"Source": "https://github.com/acme/demo"})
    vet(index, cand("demo"))
    index.set_info("demo", project_urls={"Source": "https://github.com/someone-else/demo"})
    f = vet(index, cand("demo"))["demo"]["publishers.repository-changed"]
    assert f.details == {
        "before": "https://github.com/acme/demo",
        "after": "https://github.com/someone-else/demo",
    }


@pytest.fixture
def attesting() -> AttestingIndex:
    server = AttestingIndex()
    yield server  # type: ignore[misc]
    server.close()


def test_attestations_stopped(attesting: AttestingIndex) -> None:
    publish(attesting, "demo", "1.0")
    attesting.attest("demo", "1.0", "demo-1.0-py3-none-any.whl", provenance("acme/demo"))
    first = vet(attesting, cand("demo", "1.0"))["demo"]
    assert "GitHub:acme/demo@release.yml" in first["publishers.attested"].message
    assert TrustStore(Store()).get("demo").attested is True  # type: ignore[union-attr]
    publish(attesting, "demo", "1.1", OLD + dt.timedelta(days=10))
    attesting.pep740 = True  # the index says which files have provenance: 1.1 has none
    f = vet(attesting, cand("demo", "1.1"))["demo"]["publishers.attestations-stopped"]
    assert f.severity == Severity.HIGH
    assert f.details["before"]["attested"] is True and f.details["after"]["attested"] is False


def test_publisher_changed(attesting: AttestingIndex) -> None:
    publish(attesting, "demo", "1.0")
    attesting.attest("demo", "1.0", "demo-1.0-py3-none-any.whl", provenance("acme/demo"))
    vet(attesting, cand("demo", "1.0"))
    publish(attesting, "demo", "1.1", OLD + dt.timedelta(days=10))
    attesting.attest("demo", "1.1", "demo-1.1-py3-none-any.whl", provenance("fork/demo", "x.yml"))
    f = vet(attesting, cand("demo", "1.1"))["demo"]["publishers.publisher-changed"]
    assert f.details == {
        "before": "GitHub:acme/demo@release.yml",
        "after": "GitHub:fork/demo@x.yml",
    }


def test_start_of_attestations_is_recorded_silently(attesting: AttestingIndex) -> None:
    publish(attesting, "demo", "1.0")
    attesting.pep740 = True
    vet(attesting, cand("demo", "1.0"))
    assert TrustStore(Store()).get("demo").attested is False  # type: ignore[union-attr]
    publish(attesting, "demo", "1.1", OLD + dt.timedelta(days=10))
    attesting.attest("demo", "1.1", "demo-1.1-py3-none-any.whl", provenance("acme/demo"))
    found = vet(attesting, cand("demo", "1.1"))["demo"]
    assert max(f.severity for f in found.values()) == Severity.INFO
    rec = TrustStore(Store()).get("demo")
    assert (
        rec is not None and rec.attested is True and rec.publisher == "GitHub:acme/demo@release.yml"
    )


def test_cooldown_for_a_fresh_pinned_release(index: LocalIndex) -> None:
    publish(index, "demo", "1.0")
    publish(index, "demo", "1.1", dt.datetime.now(UTC) - dt.timedelta(hours=5))
    found = vet(index, cand("demo", "1.1"))["demo"]
    assert found["publishers.cooldown"].severity == Severity.MEDIUM
    assert Policy().verdict("demo", list(found.values())) == Verdict.WARN
    assert "publishers.cooldown" not in vet(index, cand("demo", "1.0"))["demo"]


def test_trust_file_is_the_baseline(index: LocalIndex, tmp_path: Path) -> None:
    publish(index, "demo")
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}, {"role": "Owner", "user": "eve"}])
    (tmp_path / "pipwarden-trust.json").write_text(
        json.dumps(
            {
                "pipwarden-trust": 1,
                "projects": {"demo": {"owners": {"alice": "Owner"}, "repository": None}},
            }
        )
    )
    found = vet(index, cand("demo"))["demo"]
    assert found["publishers.owner-added"].details["added"] == ["eve"]
    assert TrustStore(Store()).get("demo") is None  # the reviewed file is not touched


def test_broken_trust_file_is_an_input_error(index: LocalIndex, tmp_path: Path) -> None:
    publish(index, "demo")
    path = tmp_path / "pipwarden-trust.json"
    path.write_text('{"pipwarden-trust": 1, "projects": {"demo": {"owners": ["alice"]}}}')
    with pytest.raises(
        PipwardenError, match=r"pipwarden-trust\.json: key 'projects\.demo\.owners'"
    ):
        vet(index, cand("demo"))


def test_internal_names_are_skipped(index: LocalIndex) -> None:
    publish(index, "acme-tools")
    found = vet(index, cand("acme-tools"), policy=Policy(internal=("acme-*",)))
    assert found["acme-tools"] == {}
    assert not any("/pypi/" in path for path in index.requests)


def test_index_down_warns_not_a_crash(index: LocalIndex) -> None:
    publish(index, "demo")
    index.down = True
    found = vet(index, cand("demo"))["demo"]
    assert "HTTP 503" in found["publishers.evidence-unreadable"].message
    assert max(f.severity for f in found.values()) == Severity.MEDIUM


def test_prepare_fetches_the_closure_once(index: LocalIndex) -> None:
    names = [f"pkg{i}" for i in range(20)]
    for name in names:
        publish(index, name)
    store = Store()
    with IndexClient(index.url, store=store, retries=0) as client:
        ctx = VetContext(policy=Policy(), store=store, index=client)
        check.prepare([cand(n) for n in names], ctx)
        after_prepare = sum(index.requests.values())
        assert index.requests["/pypi/pkg7/json"] == 1
        for name in names:
            assert "publishers.trust-recorded" in {f.rule for f in check.run(cand(name), ctx)}
        assert sum(index.requests.values()) == after_prepare
