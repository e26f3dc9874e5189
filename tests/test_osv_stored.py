"""The stored form of advisories (audit/stored.py) and the database's schema version."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipwarden.audit import engine, osv, stored
from pipwarden.audit.osv import Advisory, advisory_from_doc, compact
from pipwarden.errors import RunInputError
from pipwarden.findings import Severity
from pipwarden.report.jsontext import dumps_indented
from tests.support.osvdata import CVSS_CRITICAL, mal_record, record, standard, write_zip
from tests.test_osv_matching import events, versions

#: Every field of an Advisory that matching, merging, the reports, the malware
#: check and the cooldown's fix exception read.
FIELDS = (
    "id", "package", "aliases", "summary", "details", "severity", "severity_source", "score",
    "vector", "fixed", "known_versions", "modified", "published", "references",
    "severity_origin", "severity_origin_id", "ids",
)  # fmt: skip


def _probes(adv: Advisory) -> list[str]:
    """Versions worth asking about: every version the advisory names and its neighbours."""
    out = ["0", "0.0.1", "1.0", "999", "not a version", "1.0-foo-bar"]
    for v in adv.known_versions:
        out += [v, f"{v}.0", f"{v}a1", f"{v}.post1", f"{v}.dev0", f"{v}+local", f"{v}.1"]
    return out


def assert_round_trips(package: str, doc: dict[str, Any], *, thorough: bool = True) -> None:
    """The advisory read back from its stored row equals the one built from the record."""
    adv = advisory_from_doc(package, doc)
    back = stored.from_row(package, adv.id, *stored.to_row(adv))
    for name in FIELDS:
        assert getattr(back, name) == getattr(adv, name), name
    for v in _probes(adv) if thorough else ["0", "999", *adv.known_versions]:
        assert back.affects(v) == adv.affects(v), v
    if not thorough:
        return
    fixes = [f for f in adv.fixed if f in adv.known_versions]
    for v in ["0", "1.0", *fixes]:
        assert engine.smallest_upgrade(v, [back]) == engine.smallest_upgrade(v, [adv])


def _fixture_rows() -> list[tuple[str, dict[str, Any]]]:
    records = [
        *standard(),
        mal_record("MAL-2024-1", "evil", versions=["1.0", "1.1"], summary="steals tokens"),
        mal_record("MAL-2024-2", "evil-all", every_version=True),
        record(
            "PYSEC-2099-9",
            "mixed",
            ("introduced", "1.0"),
            ("fixed", "1.2"),
            ranges=[[("introduced", "2.0a1"), ("last_affected", "2.1"), ("limit", "3")]],
            versions=["1.1", "0.9", "2.0.post1", "not-pep440"],
            severity=CVSS_CRITICAL,
        ),
    ]
    out = []
    for rec in records:
        rows, _bad = compact(rec)
        out += [(package, doc) for package, _vid, doc in rows]
    return out


@pytest.mark.parametrize(("package", "doc"), _fixture_rows(), ids=lambda x: str(x)[:30])
def test_every_fixture_advisory_round_trips(package: str, doc: dict[str, Any]) -> None:
    assert_round_trips(package, doc)


def test_a_severity_taken_from_an_alias_round_trips() -> None:
    ((package, _vid, doc),) = compact(record("PYSEC-1", "p", ("introduced", "0"), ("fixed", "2")))[
        0
    ]
    alias = {"id": "GHSA-x", "severity": [{"type": "CVSS_V3", "score": CVSS_CRITICAL}]}
    assert_round_trips(package, {**doc, "severity_alias": alias})
    labelled = {"id": "GHSA-y", "severity": None, "database_specific": {"severity": "MODERATE"}}
    assert_round_trips(package, {**doc, "severity_alias": labelled})


def _record(entries: list[tuple[list[list[tuple[str, str]]], list[str]]]) -> dict[str, Any]:
    return {
        "id": "PYSEC-0000-1",
        "modified": "2024-01-01T00:00:00Z",
        "summary": "s\u00e9curit\u00e9 \u2603",
        "details": 'line "one"\n\nline\ttwo \\ \u0000',
        "aliases": ["CVE-0000-1"],
        "affected": [
            {
                "package": {"ecosystem": "PyPI", "name": "Some_Pkg"},
                "ranges": [{"type": "ECOSYSTEM", "events": [{k: v} for k, v in r]} for r in ranges],
                "versions": listed,
            }
            for ranges, listed in entries
        ],
    }


@settings(max_examples=150, deadline=None)
@given(
    entries=st.lists(
        st.tuples(st.lists(events, max_size=3), st.lists(versions, max_size=4)),
        min_size=1,
        max_size=3,
    ),
)
def test_generated_advisories_round_trip(
    entries: list[tuple[list[list[tuple[str, str]]], list[str]]],
) -> None:
    rows, _bad = compact(_record(entries))
    for package, _vid, doc in rows:
        assert_round_trips(package, doc)


def test_the_shared_export_round_trips(shared_data: Path) -> None:
    """Every advisory of OSV's PyPI export (2,661 records) reads back as it was built."""
    with zipfile.ZipFile(shared_data / "osv-pypi.zip") as archive:
        for name in archive.namelist():
            rows, _bad = compact(json.loads(archive.read(name)))
            for package, _vid, doc in rows:
                assert_round_trips(package, doc, thorough=False)


# -- the schema version ---------------------------------------------------------
def _set_schema(value: str | None) -> None:
    with sqlite3.connect(osv.default_path()) as conn:
        if value is None:
            conn.execute("DELETE FROM meta WHERE key = 'schema'")
        else:
            conn.execute("UPDATE meta SET value = ? WHERE key = 'schema'", (value,))


def _old_database(path: Path) -> None:
    """A database as pipwarden wrote it before schema 2: the record's JSON in one column."""
    ((package, vid, doc),), _bad = compact(standard()[0])
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.executescript(
            "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
            "CREATE TABLE vulns (package TEXT, id TEXT, doc TEXT, PRIMARY KEY (package, id));"
            "CREATE TABLE malware (package TEXT, id TEXT, doc TEXT, PRIMARY KEY (package, id));"
        )
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [("schema", "1"), ("source", "x"), ("updated", "2026-01-01T00:00:00+00:00")],
        )
        conn.execute("INSERT INTO vulns VALUES (?, ?, ?)", (package, vid, json.dumps(doc)))


def test_a_database_of_schema_1_is_refused_never_misread(tmp_path: Path, run_cli: Any) -> None:
    _old_database(osv.default_path())
    with pytest.raises(RunInputError, match=r"schema 1; this one reads schema 2.*db update"):
        osv.AdvisoryDB()
    (tmp_path / "r.txt").write_text("requests==2.30.0\n")
    res = run_cli("audit", "-r", str(tmp_path / "r.txt"))
    assert res.exit_code == 2
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert "run `pipwarden db update` to rebuild it" in res.stderr
    # `db update` rebuilds it, and the audit reads the new one.
    export = str(write_zip(tmp_path / "o.zip", standard()))
    assert run_cli("db", "update", "--source", export).exit_code == 0
    again = run_cli("audit", "-r", str(tmp_path / "r.txt"), "--format", "json")
    assert again.exit_code in (0, 1), again.stderr
    assert json.loads(again.stdout)["dependencies"][0]["vulns"][0]["id"] == "PYSEC-2023-74"


@pytest.mark.parametrize("schema", [None, "1", "3", "2.0"])
def test_any_other_schema_is_refused(schema: str | None, tmp_path: Path, run_cli: Any) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", standard())))
    with osv.AdvisoryDB() as db:
        assert db.advisories(["requests"])["requests"]
    _set_schema(schema)
    with pytest.raises(RunInputError, match="run `pipwarden db update`"):
        osv.AdvisoryDB()
    res = run_cli("db", "status")
    assert res.exit_code == 2 and "run `pipwarden db update`" in res.stderr


def test_a_corrupt_stored_row_is_an_error_not_a_wrong_answer(tmp_path: Path) -> None:
    osv.update(str(write_zip(tmp_path / "o.zip", standard())))
    for doc in ("[1, 2]", "{}", '[[], "", "nonsense", "x", null, null, "r", null, [], "", null,'
                ' [], []]'):  # fmt: skip
        with sqlite3.connect(osv.default_path()) as conn:
            conn.execute("UPDATE vulns SET doc = ? WHERE package = 'listed'", (doc,))
        with osv.AdvisoryDB() as db, pytest.raises(ValueError, match="PYSEC-2099-5 of listed"):
            db.advisories(["listed"])


# -- the indented JSON encoder ----------------------------------------------------
_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
)
_json = st.recursive(
    _scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.lists(inner, max_size=3).map(tuple),
        st.dictionaries(st.text(max_size=5), inner, max_size=4),
    ),
    max_leaves=30,
)


@settings(max_examples=200, deadline=None)
@given(value=_json)
def test_indented_json_is_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2)


@pytest.mark.parametrize(
    "value",
    [{1: "a"}, {"x": float("nan")}, [float("inf")], {"s": Severity.HIGH}, {None: 1}],
)
def test_indented_json_leaves_the_rest_to_json_dumps(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, indent=2)


# -- requirement lines read without the PEP 508 parser ----------------------------
_pin_chars = st.sampled_from(list("0123456789.!+-_abcdeflpostrvAB") + ["rc", "post", "dev", "beta"])
_names = st.sampled_from(["lxml", "Django", "zope.interface", "a_b-c", "x", "x.zip", "p.whl"])


@settings(max_examples=600, deadline=None)
@given(name=_names, version=st.lists(_pin_chars, min_size=1, max_size=8).map("".join))
def test_a_simple_pin_is_read_as_pep_508_reads_it(name: str, version: str) -> None:
    from packaging.requirements import InvalidRequirement, Requirement

    from pipwarden.audit.dependency import from_requirement
    from pipwarden.audit.requirements import simple_pin
    from pipwarden.request import is_archive

    text = f"{name}=={version}"
    pin = simple_pin(text)
    if pin is None:
        return
    assert not is_archive(text)
    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        raise AssertionError(f"{text!r} read as a pin, but PEP 508 refuses it: {exc}") from None
    dep = from_requirement(req, "f", 1, text)
    assert (dep.name, dep.version, dep.skip) == (*pin, None)


def test_pins_of_every_spelling_are_read_without_the_parser() -> None:
    from pipwarden.audit.requirements import simple_pin

    assert simple_pin("lxml==2.3beta1") == ("lxml", "2.3beta1")
    assert simple_pin("joblib==0.7.0a") == ("joblib", "0.7.0a")
    assert simple_pin("x==1!2.0.post-1+local.7") == ("x", "1!2.0.post-1+local.7")
    for text in ("x==1.*", "x == 1.0", "x==1.0;python_version>'3'", "x==nope", "x==1.0+a.zip"):
        assert simple_pin(text) is None, text


@settings(max_examples=300, deadline=None)
@given(
    name=st.text(alphabet=st.sampled_from(list("aZ09-_.İß ")), max_size=12) | st.text(max_size=8)
)
def test_pep503_names_equal_packaging(name: str) -> None:
    from packaging.utils import canonicalize_name

    from pipwarden import pep503

    assert pep503.canonicalize_name(name) == canonicalize_name(name)
