"""The reviewable trust file and the `pipwarden trust` commands."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipwarden.policy import Policy
from pipwarden.publishers.trust import (
    TrustFileError,
    TrustRecord,
    TrustStore,
    default_path,
    read_file,
    render,
    write_file,
)
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex

A = TrustRecord(
    project="zeta",
    owners={"zed": "Owner", "amy": "Maintainer"},
    repository="https://github.com/z/zeta",
    publisher=None,
    attested=False,
    version="1.0",
    recorded="2026-01-01T00:00:00+00:00",
)
B = TrustRecord(project="alpha", owners=None, recorded="2026-01-02T00:00:00+00:00")


def test_render_is_stable_and_sorted() -> None:
    one, two = render([A, B]), render([B, A])
    assert one == two and one.endswith("}\n")
    doc = json.loads(one)
    assert list(doc["projects"]) == ["alpha", "zeta"]
    assert list(doc["projects"]["zeta"]["owners"]) == ["amy", "zed"]
    assert doc["pipwarden-trust"] == 1


def test_write_read_round_trip(tmp_path: Path) -> None:
    path = tmp_path / "t.json"
    write_file(path, [A, B])
    assert read_file(path) == {"zeta": A, "alpha": B}


def _write(tmp_path: Path, doc: Any) -> Path:
    path = tmp_path / "pipwarden-trust.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ("{not json", r"not valid JSON"),
        ([], r"must be a JSON object"),
        ({"projects": {}}, r"key 'pipwarden-trust' must be 1"),
        ({"pipwarden-trust": 1, "projects": [], "x": 1}, r"key 'x' is not a trust file field"),
        ({"pipwarden-trust": 1, "projects": []}, r"key 'projects' must be an object"),
        (
            {"pipwarden-trust": 1, "projects": {"demo": 3}},
            r"key 'projects\.demo' must be an object",
        ),
        (
            {"pipwarden-trust": 1, "projects": {"demo": {"owners": ["a"]}}},
            r"key 'projects\.demo\.owners' must map user names to roles",
        ),
        (
            {"pipwarden-trust": 1, "projects": {"demo": {"attested": "yes"}}},
            r"key 'projects\.demo\.attested' must be true, false or null",
        ),
        (
            {"pipwarden-trust": 1, "projects": {"demo": {"repository": 7}}},
            r"key 'projects\.demo\.repository' must be a non-empty string",
        ),
        (
            {"pipwarden-trust": 1, "projects": {"demo": {"owner": {}}}},
            r"key 'projects\.demo\.owner' is not a trust record field",
        ),
        (
            {"pipwarden-trust": 1, "projects": {"Demo": {}, "demo": {}}},
            r"key 'projects\.demo' is empty or a duplicate",
        ),
    ],
)
def test_hand_edited_errors_name_file_and_key(tmp_path: Path, doc: Any, message: str) -> None:
    path = _write(tmp_path, doc)
    with pytest.raises(TrustFileError, match=message) as info:
        read_file(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(TrustFileError, match="does not exist"):
        read_file(tmp_path / "nope.json")


def test_default_path(tmp_path: Path) -> None:
    assert default_path() == Path.cwd() / "pipwarden-trust.json"
    pol = Policy(
        trust_file="sec/trust.json", source=f"{tmp_path}/cfg/pyproject.toml [tool.pipwarden]"
    )
    assert default_path(pol) == tmp_path / "cfg" / "sec" / "trust.json"
    assert default_path(Policy(source=str(tmp_path / "pipwarden.toml"))) == (
        tmp_path / "pipwarden-trust.json"
    )


# -- the commands ---------------------------------------------------------------
def test_export_import_show(run_cli: Any, tmp_path: Path) -> None:
    store = TrustStore(Store())
    store.put(A)
    store.put(B)
    res = run_cli("trust", "export")
    assert res.exit_code == 0 and "wrote 2 trust record(s) (2 new)" in res.stdout
    path = tmp_path / "pipwarden-trust.json"
    assert read_file(path) == {"zeta": A, "alpha": B}
    # A reviewer edits the file; importing it replaces the store's record.
    doc = json.loads(path.read_text())
    doc["projects"]["alpha"]["owners"] = {"reviewed": "Owner"}
    path.write_text(json.dumps(doc))
    res = run_cli("trust", "import")
    assert res.exit_code == 0 and "imported 2" in res.stdout
    assert TrustStore(Store()).get("alpha").owners == {"reviewed": "Owner"}  # type: ignore[union-attr]
    res = run_cli("trust", "show", "--format", "json", "alpha")
    assert json.loads(res.stdout)["projects"]["alpha"]["owners"] == {"reviewed": "Owner"}
    res = run_cli("trust", "show")
    assert res.exit_code == 0 and "zeta" in res.stdout and "amy (Maintainer)" in res.stdout
    res = run_cli("trust", "show", "nope")
    assert res.exit_code == 2 and "no trust record for nope" in res.stderr


def test_export_to_named_file_and_policy_file(run_cli: Any, tmp_path: Path) -> None:
    TrustStore(Store()).put(A)
    assert run_cli("trust", "export", "-o", "out/t.json").exit_code == 0
    assert "zeta" in read_file(tmp_path / "out" / "t.json")
    (tmp_path / "pipwarden.toml").write_text('trust-file = "reviewed/trust.json"\n')
    assert run_cli("trust", "export").exit_code == 0
    assert (tmp_path / "reviewed" / "trust.json").is_file()


def test_import_error_exits_2_with_file_and_key(run_cli: Any, tmp_path: Path) -> None:
    _write(tmp_path, {"pipwarden-trust": 1, "projects": {"demo": {"attested": 1}}})
    res = run_cli("trust", "import", "pipwarden-trust.json")
    assert res.exit_code == 2
    assert res.stderr.startswith(
        "pipwarden: error: pipwarden-trust.json: key 'projects.demo.attested'"
    )
    assert "Traceback" not in res.stderr


def test_accept_records_the_reviewed_state(run_cli: Any, index: LocalIndex, tmp_path: Path) -> None:
    index.add_dist(build_wheel("demo", "1.0"))
    index.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    TrustStore(Store()).put(TrustRecord(project="demo", owners={"bob": "Owner"}))
    write_file(
        tmp_path / "pipwarden-trust.json", [TrustRecord(project="demo", owners={"bob": "Owner"})]
    )
    res = run_cli("trust", "accept", "demo", "--index-url", index.url)
    assert res.exit_code == 0, res.stderr
    assert "* owners: bob (Owner) -> alice (Owner)" in res.stdout
    assert "updated" in res.stdout
    assert TrustStore(Store()).get("demo").owners == {"alice": "Owner"}  # type: ignore[union-attr]
    assert read_file(tmp_path / "pipwarden-trust.json")["demo"].source == "accepted"
    res = run_cli("trust", "accept", "missing-project", "--index-url", index.url)
    assert res.exit_code == 2 and "cannot accept missing-project" in res.stderr


def test_export_keeps_reviewed_records_of_the_file(run_cli: Any, tmp_path: Path) -> None:
    reviewed = TrustRecord(project="zeta", owners={"reviewer-approved": "Owner"}, source="accepted")
    other = TrustRecord(project="omega", owners={"o": "Owner"})
    write_file(tmp_path / "pipwarden-trust.json", [reviewed, other])
    TrustStore(Store()).put(A)  # a stale first-use record of zeta
    TrustStore(Store()).put(B)  # a project the file does not know yet
    res = run_cli("trust", "export")
    assert "wrote 3 trust record(s) (1 new)" in res.stdout
    records = read_file(tmp_path / "pipwarden-trust.json")
    assert records["zeta"] == reviewed and records["omega"] == other and records["alpha"] == B
    res = run_cli("trust", "export", "--replace")
    assert set(read_file(tmp_path / "pipwarden-trust.json")) == {"zeta", "alpha"}
    assert read_file(tmp_path / "pipwarden-trust.json")["zeta"] == A


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=6),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=10,
)
field_values = st.dictionaries(
    st.sampled_from(["owners", "repository", "publisher", "attested", "version", "recorded"]),
    json_values,
    max_size=6,
)


@settings(max_examples=100, deadline=None)
@given(
    projects=st.dictionaries(
        st.text(min_size=1, max_size=6), field_values | json_values, max_size=3
    )
)
def test_any_hand_edit_is_read_or_rejected_cleanly(tmp_path_factory: Any, projects: Any) -> None:
    path = tmp_path_factory.mktemp("t") / "pipwarden-trust.json"
    path.write_text(json.dumps({"pipwarden-trust": 1, "projects": projects}))
    try:
        records = read_file(path)
    except TrustFileError as exc:
        assert str(path) in str(exc)
        return
    # What was read writes back to the same records.
    write_file(path, records.values())
    assert read_file(path) == records


@settings(max_examples=50, deadline=None)
@given(
    owners=st.none()
    | st.dictionaries(st.text(min_size=1, max_size=8), st.sampled_from(["Owner", "Maintainer"])),
    attested=st.none() | st.booleans(),
    repository=st.none() | st.text(min_size=1, max_size=20),
)
def test_render_read_round_trip(
    tmp_path_factory: Any, owners: Any, attested: Any, repository: Any
) -> None:
    rec = TrustRecord(project="demo", owners=owners, attested=attested, repository=repository)
    path = tmp_path_factory.mktemp("t") / "t.json"
    write_file(path, [rec])
    assert read_file(path) == {"demo": rec}
    assert render([rec]) == path.read_text()


# -- a malformed trust file ends `check` and `trust import` (exit 2, one line) ------------------
DEEP = (
    '{"pipwarden-trust": 1, "projects": {"demo": {"owners": ' + "[" * 50_000 + "]" * 50_000 + "}}}"
)
MALFORMED = {
    "bad-json": ('{"pipwarden-trust": 1, "projects": {', "not valid JSON"),
    "deep": (DEEP, "too deeply nested"),
    "wrong-type": (
        json.dumps({"pipwarden-trust": 1, "projects": {"demo": {"owners": ["alice"]}}}),
        "key 'projects.demo.owners' must map user names to roles",
    ),
    "missing-key": (json.dumps({"pipwarden-trust": 1}), "key 'projects' is missing"),
    "bool-format": (
        json.dumps({"pipwarden-trust": True, "projects": {}}),
        "key 'pipwarden-trust' must be 1",
    ),
}


def _one_line_error(res: Any, path: Path, message: str) -> None:
    assert res.exit_code == 2, res.stdout + res.stderr
    assert res.stderr.startswith("pipwarden: error: ") and res.stderr.count("\n") == 1
    assert str(path.name) in res.stderr and message in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("kind", sorted(MALFORMED))
def test_trust_import_of_a_malformed_file(run_cli: Any, tmp_path: Path, kind: str) -> None:
    text, message = MALFORMED[kind]
    path = tmp_path / "reviewed.json"
    path.write_text(text)
    _one_line_error(run_cli("trust", "import", str(path)), path, message)
    assert TrustStore(Store()).all() == []


@pytest.fixture
def demo_index(index: LocalIndex) -> LocalIndex:
    index.add_dist(build_wheel("demo", "1.0"))
    return index


def _check(run_cli: Any, index: LocalIndex, *more: str) -> Any:
    return run_cli("check", "demo", "--index-url", index.url, "--retries", "0", *more)


@pytest.mark.parametrize("kind", ["bad-json", "deep", "missing-key"])
def test_check_trust_option_with_a_malformed_file(
    run_cli: Any, demo_index: LocalIndex, tmp_path: Path, kind: str
) -> None:
    text, message = MALFORMED[kind]
    path = tmp_path / "reviewed.json"
    path.write_text(text)
    _one_line_error(_check(run_cli, demo_index, "--trust", str(path)), path, message)


def test_policy_trust_file_and_discovered_file_when_malformed(
    run_cli: Any, demo_index: LocalIndex, tmp_path: Path
) -> None:
    text, message = MALFORMED["deep"]
    (tmp_path / "sec").mkdir()
    named = tmp_path / "sec" / "trust.json"
    named.write_text(text)
    (tmp_path / "pipwarden.toml").write_text('trust-file = "sec/trust.json"\n')
    _one_line_error(_check(run_cli, demo_index), named, message)
    (tmp_path / "pipwarden.toml").unlink()
    text, message = MALFORMED["wrong-type"]
    found = tmp_path / "pipwarden-trust.json"
    found.write_text(text)
    _one_line_error(_check(run_cli, demo_index, "--format", "json"), found, message)
