"""The OSV matcher against the schema's own evaluation pseudocode (hypothesis)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from packaging.utils import canonicalize_version
from packaging.version import Version

from pipwarden.audit.osv import Affected, InvalidRange, compile_range


# -- the reference: a literal transcription of the OSV schema's pseudocode ----
def _key(event: tuple[str, str]) -> tuple[int, Version, int]:
    kind, text = event
    if kind == "introduced" and text == "0":
        return (0, Version("0"), 0)
    return (1, Version(text), 0 if kind == "introduced" else 1)


def reference_in_range(v: str, events: list[tuple[str, str]]) -> bool:
    version = Version(v)
    limits = [t for k, t in events if k == "limit"]
    if limits and not any("*" in t or version < Version(t) for t in limits):
        return False
    vulnerable = False
    for kind, text in sorted((e for e in events if e[0] != "limit"), key=_key):
        if kind == "introduced" and (text == "0" or version >= Version(text)):
            vulnerable = True
        elif (kind == "fixed" and version >= Version(text)) or (
            kind == "last_affected" and version > Version(text)
        ):
            vulnerable = False
    return vulnerable


def reference_affected(v: str, ranges: list[list[tuple[str, str]]], versions: list[str]) -> bool:
    if any(Version(v) == Version(x) for x in versions):
        return True
    return any(reference_in_range(v, r) for r in ranges)


# -- strategies: few distinct values so that boundaries collide often ---------
_release = st.lists(st.integers(0, 3), min_size=1, max_size=3).map(
    lambda parts: ".".join(map(str, parts))
)
_suffix = st.sampled_from(["", "", "", "a1", "b0", "rc1", ".post1", ".dev0", "+local", "a1.dev0"])
_epoch = st.sampled_from(["", "", "", "", "", "1!"])
versions = st.builds(lambda e, r, s: e + r + s, _epoch, _release, _suffix)
_kind = st.sampled_from(["introduced", "introduced", "fixed", "fixed", "last_affected", "limit"])
event = st.one_of(
    st.tuples(_kind, versions),
    st.just(("introduced", "0")),
    st.just(("limit", "*")),
)
events = st.lists(event, min_size=1, max_size=6)


@settings(max_examples=600, deadline=None)
@given(events=events, query=versions)
def test_range_matches_reference(events: list[tuple[str, str]], query: str) -> None:
    compiled = compile_range(events)
    assert compiled.contains(Version(query)) == reference_in_range(query, events)


@settings(max_examples=300, deadline=None)
@given(
    ranges=st.lists(events, max_size=3),
    listed=st.lists(versions, max_size=4),
    query=versions,
)
def test_affected_matches_reference(
    ranges: list[list[tuple[str, str]]], listed: list[str], query: str
) -> None:
    affected = Affected(
        tuple(compile_range(r) for r in ranges),
        frozenset(canonicalize_version(v) for v in listed),
    )
    assert affected.contains(query) == reference_affected(query, ranges, listed)


@settings(max_examples=200, deadline=None)
@given(events=events, query=versions)
def test_event_order_does_not_matter(events: list[tuple[str, str]], query: str) -> None:
    forward = compile_range(events).contains(Version(query))
    backward = compile_range(list(reversed(events))).contains(Version(query))
    # Reversing only changes ties between fixed/last_affected at the same version,
    # which the reference also resolves by input order; without such ties it agrees.
    tied = {Version(t) for k, t in events if k in ("fixed", "last_affected")}
    if len(tied) == len([1 for k, _ in events if k in ("fixed", "last_affected")]):
        assert forward == backward


# -- hand-picked edge cases --------------------------------------------------
def contains(events: list[tuple[str, str]], v: str) -> bool:
    return compile_range(events).contains(Version(v))


def test_introduced_zero_covers_pre_releases_of_zero() -> None:
    ev = [("introduced", "0"), ("fixed", "1.0")]
    assert contains(ev, "0.0.dev0")
    assert contains(ev, "0a1")
    assert contains(ev, "1.0rc1")
    assert not contains(ev, "1.0")
    assert not contains(ev, "1.0.0")  # PEP 440: 1.0 == 1.0.0
    assert not contains(ev, "1.0.post1")


def test_events_in_any_order_and_several_intervals() -> None:
    ev = [("fixed", "3.2.5"), ("introduced", "3.0.0"), ("fixed", "1.0.2"), ("introduced", "1.0")]
    assert [contains(ev, v) for v in ("0.9", "1.0", "1.0.1", "1.0.2", "2.0", "3.0", "3.2.4")] == [
        False,
        True,
        True,
        False,
        False,
        True,
        True,
    ]
    assert not contains(ev, "3.2.5")


def test_last_affected_is_inclusive() -> None:
    ev = [("introduced", "0"), ("last_affected", "2.1.214")]
    assert contains(ev, "2.1.214")
    assert not contains(ev, "2.1.214+local")  # PEP 440: a local version sorts above it
    assert not contains(ev, "2.1.214.post1")
    assert not contains(ev, "2.1.215")


def test_limit_events() -> None:
    ev = [("introduced", "1.0"), ("limit", "2.0")]
    assert contains(ev, "1.5")
    assert not contains(ev, "2.0")
    assert not contains(ev, "3.0")
    assert contains([("introduced", "1.0"), ("limit", "*")], "99")
    two = [("introduced", "1.0"), ("limit", "2.0"), ("limit", "4.0")]
    assert contains(two, "3.0")  # below at least one limit


def test_pre_post_dev_versions() -> None:
    ev = [("introduced", "2.0"), ("fixed", "2.0.1")]
    assert not contains(ev, "2.0rc1")  # before 2.0
    assert contains(ev, "2.0.post1")
    assert contains(ev, "2.0.1.dev0")  # a dev release of the fix is before the fix
    assert not contains(ev, "2.0.1")


def test_same_version_introduced_and_fixed_is_empty() -> None:
    assert not contains([("introduced", "1.0"), ("fixed", "1.0")], "1.0")
    assert contains([("introduced", "1.0"), ("last_affected", "1.0")], "1.0")


def test_versions_list_uses_pep440_equality() -> None:
    affected = Affected((), frozenset(canonicalize_version(v) for v in ["1.0", "2.0.0rc1"]))
    assert affected.contains("1.0.0")
    assert affected.contains("1")
    assert affected.contains("2.0rc1")
    assert affected.contains("2.0.0-rc.1")
    assert not affected.contains("1.0.post0")
    assert not affected.contains("not a version")


def test_non_pep440_event_is_rejected() -> None:
    with pytest.raises(InvalidRange):
        compile_range([("introduced", "0"), ("fixed", "2019-09-12x")])


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.integers(0, 120).map(str) | st.sampled_from(["00", "007", "0"]), min_size=1, max_size=5
    )
)
def test_fast_canonical_form_equals_packaging(parts: list[str]) -> None:
    from pipwarden.audit.osv import canonical

    text = ".".join(parts)
    assert canonical(text) == canonicalize_version(text)


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        versions,
        st.text(alphabet=st.sampled_from(list("0123456789.!+-_abcdeflpostrvABC ")), max_size=12),
        st.sampled_from(
            ["1.0-foo-bar", "v1.0", "1.0.0a", "2.3beta1", "1!0.0.0.post-1", "1.0+AB.0"]
        ),
    )
)
def test_canonical_form_of_any_version_equals_packaging(text: str) -> None:
    from pipwarden.audit.osv import canonical

    assert canonical(text) == canonicalize_version(text)


# -- the whole path: OSV record -> stored document -> Advisory.affects ---------
def _osv_record(entries: list[tuple[list[list[tuple[str, str]]], list[str]]]) -> dict[str, object]:
    return {
        "id": "PYSEC-0000-1",
        "modified": "2024-01-01T00:00:00Z",
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": "Some_Pkg"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{k: v} for k, v in r]} for r in ranges]
                + [
                    {
                        "type": "GIT",
                        "repo": "https://example.invalid/r",
                        "events": [{"introduced": "0"}],
                    }
                ],
                "versions": listed,
            }
            for ranges, listed in entries
        ],
    }


@settings(max_examples=200, deadline=None)
@given(
    entries=st.lists(
        st.tuples(st.lists(events, max_size=2), st.lists(versions, max_size=3)),
        min_size=1,
        max_size=2,
    ),
    query=versions,
)
def test_stored_advisory_matches_reference(
    entries: list[tuple[list[list[tuple[str, str]]], list[str]]], query: str
) -> None:
    import json

    from pipwarden.audit.osv import advisory_from_doc, compact

    rows, bad = compact(_osv_record(entries))
    assert bad == 0
    ((package, _vid, doc),) = rows
    assert package == "some-pkg"
    adv = advisory_from_doc(package, json.loads(json.dumps(doc)))
    expected = any(reference_affected(query, ranges, listed) for ranges, listed in entries)
    assert adv.affects(query) == expected
