"""The `names` check: typosquats, dependency confusion, invented and brand-new names."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import names as names_check
from pipwarden.checks import registry
from pipwarden.findings import Severity, Verdict
from pipwarden.index import IndexClient
from pipwarden.policy import Policy
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex


@pytest.fixture
def second_index() -> Iterator[LocalIndex]:
    server = LocalIndex()
    try:
        yield server
    finally:
        server.close()


def make_ctx(
    index: LocalIndex, policy: Policy | None = None, extra: tuple[str, ...] = (), **kw: object
) -> VetContext:
    client = IndexClient(index.url, extra, json_url=index.json_url, store=Store(), retries=0)
    return VetContext(policy=policy or Policy(), store=client.store, index=client, **kw)  # type: ignore[arg-type]


def cand(index: LocalIndex, name: str, sha: str | None = None, **kw: object) -> Candidate:
    fn = f"{name.replace('-', '_')}-1.0-py3-none-any.whl"
    return Candidate(
        name=name,
        version="1.0",
        filename=fn,
        url=f"{index.base}/files/{name}/{fn}",
        sha256=sha,
        kind="wheel",
        **kw,  # type: ignore[arg-type]
    )


def run(c: Candidate, ctx: VetContext) -> list:
    names_check.prepare([c], ctx)
    return names_check.run(c, ctx)


def test_registered() -> None:
    assert "names" in [c.name for c in registry()]


def test_typosquat_blocks_with_did_you_mean(index: LocalIndex) -> None:
    sha = index.add_dist(build_wheel("reqeusts", "1.0"))
    ctx = make_ctx(index)
    (f,) = run(cand(index, "reqeusts", sha, requested=True), ctx)
    assert f.check == "names" and f.rule == "names.typosquat"
    assert f.severity == Severity.HIGH
    assert "did you mean requests?" in f.message
    assert f.details["imitates"] == "requests"
    assert ctx.policy.verdict("reqeusts", [f]) == Verdict.BLOCK


def test_popular_and_unrelated_names_pass(index: LocalIndex) -> None:
    for name in ("requests", "quietly-unrelated-thing"):
        sha = index.add_dist(build_wheel(name, "1.0"))
        assert run(cand(index, name, sha, requested=True), make_ctx(index)) == []


def test_dependency_confusion_when_internal_name_is_public(
    index: LocalIndex, second_index: LocalIndex
) -> None:
    private, public = index, second_index
    sha = private.add_dist(build_wheel("acme-billing", "1.0"))
    policy = Policy(internal=("acme-*",), private_index=private.url)
    ctx = make_ctx(private, policy, extra=(public.url,))
    assert run(cand(private, "acme-billing", sha), ctx) == []
    sha = private.add_dist(build_wheel("acme-ledger", "1.0"))
    public.add_dist(build_wheel("acme-ledger", "9.9"))
    (f,) = run(cand(private, "acme-ledger", sha), ctx)
    assert f.rule == "names.dependency-confusion" and f.severity == Severity.CRITICAL
    assert public.url.rstrip("/") in f.message
    assert policy.verdict("acme-ledger", [f]) == Verdict.BLOCK


def test_dependency_confusion_when_artifact_is_not_from_private_index(
    index: LocalIndex, second_index: LocalIndex
) -> None:
    private, public = index, second_index
    private.add_dist(build_wheel("acme-core", "1.0"))
    sha = public.add_dist(build_wheel("acme-core", "1.0", files={"acme_core/x.py": "X = 1\n"}))
    policy = Policy(internal=("acme-core",), private_index=private.url)
    ctx = make_ctx(private, policy)
    findings = run(cand(public, "acme-core", sha), ctx)
    assert findings[0].rule == "names.dependency-confusion"
    assert "not on the private index" in findings[0].message
    # an explicit index_url that is not the private index
    c = cand(public, "acme-core", sha, index_url=public.url)
    (f,) = run(c, ctx)
    assert f.severity == Severity.CRITICAL and "came from" in f.message


def test_internal_names_without_private_index_are_flagged(index: LocalIndex) -> None:
    sha = index.add_dist(build_wheel("acme-tool", "1.0"))
    (f,) = run(cand(index, "acme-tool", sha), make_ctx(index, Policy(internal=("acme-*",))))
    assert f.rule == "names.dependency-confusion"


def test_new_project_close_to_popular_name(index: LocalIndex) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    sha = index.add_dist(build_wheel("requxstsz", "1.0"), upload_time=now - dt.timedelta(days=3))
    (f,) = run(cand(index, "requxstsz", sha, requested=True), make_ctx(index))
    assert f.rule == "names.new-lookalike" and f.severity == Severity.HIGH
    assert "3 days ago" in f.message and "did you mean requests?" in f.message
    old = index.add_dist(build_wheel("requxstsy", "1.0"))  # uploaded in 2024
    assert run(cand(index, "requxstsy", old, requested=True), make_ctx(index)) == []
    policy = Policy(new_project_days=1)
    assert run(cand(index, "requxstsz", sha, requested=True), make_ctx(index, policy)) == []


def test_requested_project_missing_from_index(index: LocalIndex) -> None:
    (f,) = run(cand(index, "ghost-package-qq", requested=True), make_ctx(index))
    assert f.rule == "names.no-such-project"
    assert "no such project on" in f.message


def test_offline_and_local_artifacts_make_no_requests(index: LocalIndex) -> None:
    c = cand(index, "ghost-package-qq", requested=True)
    assert run(c, make_ctx(index, offline=True)) == []
    local = Candidate("ghost-package-qq", "1.0", "g.whl", "file:///tmp/g.whl", None, "wheel")
    assert run(local, make_ctx(index)) == []
    assert sum(index.requests.values()) == 0


def test_first_upload_reads_every_release() -> None:
    doc = {
        "releases": {
            "1.0": [{"upload_time_iso_8601": "2024-05-01T10:00:00.000000Z"}],
            "0.1": [{"upload_time": "2023-01-02T03:04:05"}, {"upload_time": "garbage"}],
        },
        "urls": [],
    }
    first = names_check.first_upload(doc)
    assert first == dt.datetime(2023, 1, 2, 3, 4, 5, tzinfo=dt.timezone.utc)
    assert names_check.first_upload({}) is None


def test_every_rule_has_sarif_metadata(index: LocalIndex, second_index: LocalIndex) -> None:
    from pipwarden.report import sarif

    assert set(names_check.RULES) >= {
        "names.typosquat",
        "names.dependency-confusion",
        "names.no-such-project",
        "names.new-lookalike",
    }
    sha = index.add_dist(build_wheel("reqeusts", "1.0"))
    findings = run(cand(index, "reqeusts", sha), make_ctx(index))
    doc = sarif.build(findings, list(names_check.RULES.values()))
    assert doc["runs"][0]["results"][0]["ruleId"] == "names.typosquat"


def _owned(index: LocalIndex, name: str, users: list[str], org: str | None = None) -> str:
    sha = index.add_dist(build_wheel(name, "1.0"))
    index.set_roles(name, [{"role": "Owner", "user": u} for u in users], org)
    return sha


def test_lookalike_owned_by_the_owner_of_a_popular_closure_peer_is_cleared(
    index: LocalIndex,
) -> None:
    # The fastapi[standard] shape: httpx2 resembles httpx (other owners), but its owner
    # also owns starlette and uvicorn, popular projects of the same install.
    _owned(index, "httpx", ["lovelydinosaur", "cagil"])
    sha = _owned(index, "httpx2", ["Kludex"], "pydantic")
    _owned(index, "starlette", ["kludex"])
    squat = cand(index, "httpx2", sha, required_by=("fastapi",))
    peer = cand(index, "starlette", None)
    ctx = make_ctx(index, closure=[squat, peer])
    (f,) = run(squat, ctx)
    assert f.rule == "names.cleared" and f.severity == Severity.INFO
    assert f.details["cleared_by"] == "starlette" and f.details["shared"] == ["user Kludex"]
    assert "not a typosquat of httpx" in f.message and "starlette" in f.message
    assert ctx.policy.verdict("httpx2", [f]) == Verdict.ALLOW
    # Alone (no popular peer in the install), the same name blocks.
    (alone,) = run(squat, make_ctx(index, closure=[squat]))
    assert alone.rule == "names.typosquat"


def test_lookalike_of_its_own_organization_is_cleared_and_strangers_are_not(
    index: LocalIndex,
) -> None:
    _owned(index, "httpcore", [], "encode")
    sha = _owned(index, "httpcore2", ["someone"], "Encode")
    (f,) = run(cand(index, "httpcore2", sha), make_ctx(index))
    assert f.rule == "names.cleared" and f.details["shared"] == ["organization Encode"]
    sha = _owned(index, "reqeusts", ["mallory"], "evil")
    _owned(index, "requests", ["nateprewitt"], "psf")
    (f,) = run(cand(index, "reqeusts", sha), make_ctx(index))
    assert f.rule == "names.typosquat"


def test_copied_repository_links_clear_nothing_but_an_attestation_does(
    index: LocalIndex,
) -> None:
    from pipwarden.checks.names import clearance

    index.add_dist(build_wheel("requests", "1.0"))
    index.set_info("requests", project_urls={"Source": "https://github.com/psf/requests"})
    sha = index.add_dist(build_wheel("reqeusts", "1.0"))
    # Starjacking: the squat claims the real project's repository.
    index.set_info("reqeusts", project_urls={"Source": "https://github.com/psf/requests"})
    (f,) = run(cand(index, "reqeusts", sha), make_ctx(index))
    assert f.rule == "names.typosquat"
    client = make_ctx(index).index
    assert clearance(client, "reqeusts", "requests", version="1.0", filename="x.whl") is None


def test_unreadable_or_absent_ownership_clears_nothing(index: LocalIndex) -> None:
    sha = index.add_dist(build_wheel("httpx2", "1.0"))
    index.set_json_bytes("httpx2", b"not json")
    _owned(index, "httpx", ["Kludex"])
    (f,) = run(cand(index, "httpx2", sha), make_ctx(index))
    assert f.rule == "names.typosquat"
    # A local file named like an index project is not that project: nothing is asked.
    local = Candidate(
        name="httpx2",
        version="1.0",
        filename="httpx2-1.0-py3-none-any.whl",
        url="/tmp/x.whl",
        sha256=sha,
        kind="wheel",
    )
    (f,) = run(local, make_ctx(index))
    assert f.rule == "names.typosquat"


def test_release_attested_from_the_imitated_repository_is_cleared() -> None:
    from tests.support.publishers import AttestingIndex, provenance

    server = AttestingIndex()
    try:
        server.add_dist(build_wheel("requests", "1.0"))
        server.set_info("requests", project_urls={"Source": "https://github.com/psf/requests"})
        fn = "requests3-1.0-py3-none-any.whl"
        sha = server.add_dist(build_wheel("requests3", "1.0"))
        server.attest("requests3", "1.0", fn, provenance("psf/requests"))
        (f,) = run(cand(server, "requests3", sha), make_ctx(server))
        assert f.rule == "names.cleared"
        assert f.details["shared"] == ["repository https://github.com/psf/requests"]
        other = server.add_dist(build_wheel("requests3", "1.1"))
        fn = "requests3-1.1-py3-none-any.whl"
        server.attest("requests3", "1.1", fn, provenance("mallory/requests"))
        c = Candidate(
            name="requests3", version="1.1", filename=fn,
            url=f"{server.base}/files/requests3/{fn}", sha256=other, kind="wheel",
        )  # fmt: skip
        (f,) = run(c, make_ctx(server))
        assert f.rule == "names.typosquat"
    finally:
        server.close()


def test_a_version_picked_to_outrank_every_release_is_flagged(index: LocalIndex) -> None:
    ctx = make_ctx(index, offline=True)
    c = Candidate("acme-internal-tools", "99.99.9", "a.whl", "file:///tmp/a.whl", None, "wheel")
    (f,) = run(c, ctx)
    assert f.rule == "names.confusion-version" and f.severity == Severity.HIGH
    assert "a major of nines" in f.message and f.version == "99.99.9"
    ordinary = Candidate("acme-internal-tools", "306", "a.whl", "file:///tmp/a.whl", None, "wheel")
    assert run(ordinary, ctx) == []


@pytest.mark.parametrize(
    ("version", "marked"),
    [
        ("99.99.99", True),
        ("999.0.1", True),
        ("9999999.0.0", True),
        ("1337.0.0", True),
        ("878787.87.87", True),  # six digits, no date
        ("1.0", False),
        ("9.9.9", False),
        ("90.0.0", False),
        ("306", False),  # pywin32
        ("133.3.7", False),
        ("2024.1.0", False),
        ("20250625", False),  # a date
        ("202501.1", False),
        ("not a version", False),
    ],
)
def test_confusion_versions(version: str, marked: bool) -> None:
    from pipwarden.names.versions import confusion_version

    assert (confusion_version(version) is not None) == marked
