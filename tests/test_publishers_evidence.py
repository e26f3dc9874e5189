"""Publisher evidence: parsing JSON API / simple API / provenance documents, and fetching."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipwarden.index import IndexClient
from pipwarden.publishers.evidence import (
    ProjectEvidence,
    parse_project,
    parse_provenance,
    parse_time,
    publisher_identity,
)
from pipwarden.publishers.lookup import gather, integrity_base, project_evidence
from pipwarden.publishers.repository import normalize_repository, repository_url
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.publishers import AttestingIndex, provenance

UTC = dt.timezone.utc


def _file(filename: str, when: str, **extra: Any) -> dict[str, Any]:
    return {"filename": filename, "upload_time_iso_8601": when, **extra}


def full_doc() -> dict[str, Any]:
    """A JSON API document in PyPI's shape."""
    return {
        "info": {
            "name": "Demo",
            "version": "2.0",
            "summary": "demo",
            "description": "# Demo\nlong text",
            "author_email": "Alice <alice@example.org>, bob@Example.COM",
            "maintainer_email": None,
            "classifiers": ["Programming Language :: Python :: 3"],
            "project_urls": {
                "Homepage": "https://demo.example",
                "Source Code": "https://github.com/Acme/Demo.git",
            },
        },
        "ownership": {
            "roles": [
                {"role": "Owner", "user": "alice"},
                {"role": "Maintainer", "user": "bob"},
                {"role": "Maintainer", "user": "alice"},
            ],
            "organization": "acme",
        },
        "releases": {
            "10.0": [],
            "2.0": [_file("demo-2.0-py3-none-any.whl", "2024-03-01T00:00:00.123456Z")],
            "1.0": [
                _file("demo-1.0.tar.gz", "2023-01-02T00:00:00Z"),
                _file("demo-1.0-py3-none-any.whl", "2023-01-01T10:00:00Z"),
            ],
            "1.5": [
                _file(
                    "demo-1.5-py3-none-any.whl",
                    "2023-06-01T00:00:00Z",
                    yanked=True,
                    yanked_reason="broken",
                )
            ],
        },
    }


def test_parse_full_document() -> None:
    ev = parse_project("Demo", "IDX", full_doc())
    assert ev.found and ev.name == "demo"
    assert ev.roles == {"alice": "Owner", "bob": "Maintainer"}
    assert ev.owners == ("alice", "bob")
    assert ev.organization == "acme"
    assert [r.version for r in ev.releases] == ["1.0", "1.5", "2.0", "10.0"]
    assert ev.release("1.0") is not None
    assert ev.release("1.0").uploaded == dt.datetime(2023, 1, 1, 10, tzinfo=UTC)  # type: ignore[union-attr]
    assert ev.release("1.5").yanked and ev.release("1.5").yanked_reason == "broken"  # type: ignore[union-attr]
    assert ev.release("10.0").uploaded is None  # type: ignore[union-attr]
    assert ev.release("1.0.0") is ev.release("1.0")  # compared as versions
    assert ev.first_upload == dt.datetime(2023, 1, 1, 10, tzinfo=UTC)
    assert ev.repository == "https://github.com/acme/demo"
    assert ev.emails == ("alice@example.org", "bob@example.com")
    assert ev.description_length > 0 and ev.summary == "demo"
    assert ev.latest == "2.0"
    assert ev.files["1.0"] == ("demo-1.0.tar.gz", "demo-1.0-py3-none-any.whl")


def test_cache_form_round_trips() -> None:
    ev = parse_project("Demo", "IDX", full_doc())
    assert ProjectEvidence.from_json(ev.to_json()) == ev


@pytest.mark.parametrize(
    "doc",
    [
        {},
        {"info": None, "releases": None, "ownership": None},
        {"info": [], "releases": [], "ownership": []},
        {"info": {"project_urls": ["x"], "classifiers": "abc", "author_email": 7}},
        {"releases": {"1.0": "nope", "2.0": [None, 3, {"upload_time_iso_8601": "garbage"}]}},
        {"ownership": {"roles": [None, {"user": 3}, {"role": "Owner"}, {"user": "x"}]}},
        {"info": {"description": "UNKNOWN", "version": 3}, "releases": {"not a version": []}},
    ],
)
def test_malformed_fields_are_absent_not_fatal(doc: dict[str, Any]) -> None:
    ev = parse_project("x", "IDX", doc)
    assert ev.found
    assert ev.description_length == 0
    assert ev.repository is None
    if doc.get("ownership") == {"roles": [None, {"user": 3}, {"role": "Owner"}, {"user": "x"}]}:
        assert ev.roles == {"x": "Maintainer"}


def test_missing_ownership_means_unknown_not_empty() -> None:
    assert parse_project("x", "IDX", {"info": {}}).roles is None
    assert parse_project("x", "IDX", {"ownership": {"roles": []}}).roles is None
    assert parse_project("x", "IDX", {"ownership": {"roles": [{"user": "a"}]}}).roles == {
        "a": "Maintainer"
    }


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=8),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None)
@given(
    info=json_values,
    releases=st.dictionaries(st.text(max_size=6), json_values, max_size=4) | json_values,
    ownership=json_values,
    simple=json_values,
)
def test_arbitrary_json_never_crashes(
    info: Any, releases: Any, ownership: Any, simple: Any
) -> None:
    doc = {"info": info, "releases": releases, "ownership": ownership}
    ev = parse_project("x", "IDX", doc, simple if isinstance(simple, dict) else None)
    assert ProjectEvidence.from_json(ev.to_json()) == ev


def test_simple_api_fills_upload_times_and_provenance() -> None:
    doc = {"info": {"version": "1.0"}, "releases": {"1.0": [{"filename": "x-1.0.tar.gz"}]}}
    simple = {
        "files": [
            {"filename": "x-1.0.tar.gz", "upload-time": "2024-05-01T00:00:00Z", "provenance": None},
            {
                "filename": "x-1.0-py3-none-any.whl",
                "upload-time": "2024-05-02T00:00:00Z",
                "provenance": "https://idx.example.invalid/integrity/x/1.0/w/provenance",
            },
            {"filename": "x-0.9-py3-none-any.whl", "upload-time": "2023-05-02T00:00:00Z"},
            {"filename": "not-a-dist.txt"},
        ]
    }
    ev = parse_project("x", "IDX", doc, simple)
    assert ev.pep740
    assert ev.provenance == {
        "x-1.0-py3-none-any.whl": "https://idx.example.invalid/integrity/x/1.0/w/provenance"
    }
    assert ev.release("1.0").uploaded == dt.datetime(2024, 5, 1, tzinfo=UTC)  # type: ignore[union-attr]
    assert ev.release("0.9").uploaded == dt.datetime(2023, 5, 2, tzinfo=UTC)  # type: ignore[union-attr]
    assert set(ev.files["1.0"]) == {"x-1.0.tar.gz", "x-1.0-py3-none-any.whl"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-01T00:00:00Z", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-01-01T00:00:00.1234567Z", dt.datetime(2024, 1, 1, 0, 0, 0, 123456, tzinfo=UTC)),
        ("2024-01-01T02:00:00+02:00", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        ("2024-01-01T00:00:00", dt.datetime(2024, 1, 1, tzinfo=UTC)),
        ("yesterday", None),
        ("", None),
        (None, None),
        (17, None),
    ],
)
def test_parse_time(text: Any, expected: dt.datetime | None) -> None:
    assert parse_time(text) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/PSF/Requests.git", "https://github.com/psf/requests"),
        ("https://www.github.com/psf/requests/tree/main/src", "https://github.com/psf/requests"),
        ("https://gitlab.com/group/sub/proj/-/tree/main", "https://gitlab.com/group/sub/proj"),
        ("https://example.org/code/", "https://example.org/code"),
        ("mailto:x@example.org", None),
        ("not a url", None),
    ],
)
def test_normalize_repository(url: str, expected: str | None) -> None:
    assert normalize_repository(url) == expected


def test_repository_url_prefers_labelled_links_then_forges() -> None:
    assert repository_url({"Source": "https://git.example.org/x"}) == "https://git.example.org/x"
    assert (
        repository_url({"Homepage": "https://x.example", "Docs": "https://github.com/a/b/wiki"})
        == "https://github.com/a/b"
    )
    assert repository_url({"Homepage": "https://x.example"}) is None
    assert repository_url({}, home_page="https://github.com/a/b") == "https://github.com/a/b"
    assert repository_url({}, home_page="https://github.com/a") is None


def test_publisher_identity_and_provenance() -> None:
    assert (
        publisher_identity(
            {"kind": "GitHub", "repository": "o/r", "workflow": "w.yml", "environment": "pypi"}
        )
        == "GitHub:o/r@w.yml[pypi]"
    )
    assert (
        publisher_identity(
            {"kind": "GitLab", "repository": "g/p", "workflow_filepath": ".gitlab-ci.yml"}
        )
        == "GitLab:g/p@.gitlab-ci.yml"
    )
    assert (
        publisher_identity({"kind": "Google", "email": "x@example.invalid"})
        == "Google:email=x@example.invalid"
    )
    assert publisher_identity({"repository": "o/r"}) is None
    att = parse_provenance("f.whl", provenance("o/r", "w.yml"))
    assert att.status == "attested" and att.attested is True
    assert att.publisher == "GitHub:o/r@w.yml" and not att.verified
    assert "not verified" in att.message
    for bad in (
        None,
        {},
        {"attestation_bundles": []},
        {"attestation_bundles": [{"attestations": []}]},
    ):
        assert parse_provenance("f.whl", bad).status == "error"


def test_integrity_base() -> None:
    assert integrity_base("https://pypi.org/simple/") == "https://pypi.org/integrity/"
    assert integrity_base("http://h:1/x/simple") == "http://h:1/x/integrity/"
    assert integrity_base("file:///tmp/simple/") is None
    assert integrity_base("https://h/packages/") is None


# -- fetching from the local index --------------------------------------------
@pytest.fixture
def client(index: LocalIndex) -> Iterator[IndexClient]:
    store = Store()
    with IndexClient(index.url, store=store, retries=0, backoff=0) as c:
        yield c
    store.close()


def test_gather_from_local_index(index: LocalIndex, client: IndexClient) -> None:
    when = dt.datetime(2024, 2, 3, tzinfo=UTC)
    index.add_dist(build_wheel("demo", "1.0"), upload_time=when)
    index.add_dist(build_wheel("demo", "1.1"), upload_time=when + dt.timedelta(days=3))
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    ev = gather(client, "Demo", "1.0", "demo-1.0-py3-none-any.whl")
    assert ev.project.found and ev.project.roles == {"alice": "Owner"}
    assert ev.project.release("1.1").uploaded == when + dt.timedelta(days=3)  # type: ignore[union-attr]
    assert ev.project.repository == "https://example.invalid/demo"
    assert ev.attestation.status == "unavailable"
    assert ev.attestation.message == f"attestations not available from {index.url}"
    assert ev.attestation.attested is None
    # The latest release and a wheel of it by default.
    latest = gather(client, "demo")
    assert (latest.version, latest.filename) == ("1.1", "demo-1.1-py3-none-any.whl")


def test_warm_gather_makes_no_requests(index: LocalIndex, client: IndexClient) -> None:
    index.add_dist(build_wheel("demo", "1.0"))
    gather(client, "demo", "1.0", "demo-1.0-py3-none-any.whl")
    before = sum(index.requests.values())
    again = gather(client, "demo", "1.0", "demo-1.0-py3-none-any.whl")
    assert sum(index.requests.values()) == before
    assert again.project.found


def test_unknown_project_and_http_errors_are_evidence_not_exceptions(
    index: LocalIndex, client: IndexClient
) -> None:
    missing = gather(client, "nothing-here", "1.0", "nothing_here-1.0-py3-none-any.whl")
    assert not missing.project.found
    assert "not on the JSON API" in (missing.project.error or "")
    index.down = True
    broken = project_evidence(client, "other")
    assert not broken.found
    assert "HTTP 503" in (broken.error or "")


def test_thousands_of_releases(index: LocalIndex, client: IndexClient) -> None:
    start = dt.datetime(2010, 1, 1, tzinfo=UTC)
    releases = {
        f"{i // 100}.{i % 100}": [
            _file(
                f"big-{i // 100}.{i % 100}-py3-none-any.whl",
                (start + dt.timedelta(hours=i)).isoformat(),
            )
        ]
        for i in range(5000)
    }
    index.set_json("big", {"info": {"name": "big", "version": "49.99"}, "releases": releases})
    ev = gather(client, "big", "49.99", "big-49.99-py3-none-any.whl")
    assert len(ev.project.releases) == 5000
    assert ev.project.releases[-1].version == "49.99"
    assert ev.project.first_upload == start


def test_attested_file_via_integrity_api() -> None:
    server = AttestingIndex()
    store = Store()
    try:
        server.add_dist(build_wheel("demo", "1.0"))
        server.attest("demo", "1.0", "demo-1.0-py3-none-any.whl", provenance("acme/demo"))
        with IndexClient(server.url, store=store, retries=0) as c:
            ev = gather(c, "demo", "1.0", "demo-1.0-py3-none-any.whl")
            assert ev.attestation.status == "attested"
            assert ev.attestation.publisher == "GitHub:acme/demo@release.yml"
            assert not ev.project.pep740
            # PEP 740 in the simple API: a file without provenance is "none", not "unavailable".
            server.pep740 = True
            server.add_dist(build_wheel("other", "1.0"))
            none = gather(c, "other", "1.0", "other-1.0-py3-none-any.whl")
            assert none.project.pep740
            assert none.attestation.status == "none" and none.attestation.attested is False
    finally:
        store.close()
        server.close()


def test_offline_uses_the_store_only(index: LocalIndex) -> None:
    index.add_dist(build_wheel("demo", "1.0"))
    store = Store()
    with IndexClient(index.url, store=store, offline=True) as off:
        cold = gather(off, "demo", "1.0", "demo-1.0-py3-none-any.whl")
        assert not cold.project.found and "offline" in (cold.project.error or "")
    assert sum(index.requests.values()) == 0
    with IndexClient(index.url, store=store) as online:
        gather(online, "demo", "1.0", "demo-1.0-py3-none-any.whl")
    seen = sum(index.requests.values())
    with IndexClient(index.url, store=store, offline=True) as off:
        warm = gather(off, "demo", "1.0", "demo-1.0-py3-none-any.whl")
        assert warm.project.found and warm.attestation.status == "unavailable"
    assert sum(index.requests.values()) == seen
    store.close()
