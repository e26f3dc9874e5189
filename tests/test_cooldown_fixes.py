"""The cooldown lets a security fix through: a young release that fixes an advisory affecting
the installed version is offered to pip (a --find-links folder of hash-checked files), while
every other young release stays behind pip's --uploaded-prior-to."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from packaging.specifiers import SpecifierSet
from packaging.version import Version

from pipwarden import cooldown, youngfix
from pipwarden.audit import osv
from pipwarden.environment import create_venv, venv_site_packages
from pipwarden.index import IndexFile
from pipwarden.resolve import Resolved
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import record, write_zip

NOW = dt.datetime.now(dt.timezone.utc)
OLD = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
ANY = frozenset({"py3-none-any"})


def _advisories() -> list[dict[str, Any]]:
    return [record("PYSEC-2099-77", "fx-lib", ("introduced", "0"), ("fixed", "1.1"))]


def _adv() -> osv.Advisory:
    rec = _advisories()[0]
    ((package, _id, doc),), _bad = osv.compact(rec)
    return osv.advisory_from_doc(package, doc)


def _file(version: str, uploaded: dt.datetime, **kw: Any) -> IndexFile:
    name = f"fx_lib-{version}-{kw.pop('tag', 'py3-none-any')}.whl"
    return IndexFile(name, f"https://x/{name}", "ab" * 32, upload_time=uploaded.isoformat(), **kw)


def _resolved(version: str) -> Resolved:
    return Resolved("fx-lib", version, "https://x/f.whl", "f.whl", None, True, {}, False)


def test_find_lets_only_a_young_fix_through() -> None:
    cutoff = NOW - dt.timedelta(days=7)
    files = [_file("1.0", OLD), _file("1.1", NOW - dt.timedelta(days=2)), _file("1.2", NOW)]
    advs = {"fx-lib": [_adv()]}
    (ex,) = cooldown.find(
        [_resolved("1.0")], {"fx-lib": "1.0"}, advs, {"fx-lib": files}, cutoff, ANY
    )
    assert (ex.version, ex.have, ex.fixes) == ("1.1", "1.0", ("PYSEC-2099-77",))
    assert [f.filename for f in ex.files] == ["fx_lib-1.1-py3-none-any.whl"]
    assert (
        ex.reason(NOW) == "fx-lib 1.1 is 2 days old; allowed: it fixes PYSEC-2099-77 affecting 1.0"
    )
    assert "is 3 days old" in ex.reason(NOW + dt.timedelta(days=1))

    def none_for(**change: Any) -> None:
        args: dict[str, Any] = {
            "packages": [_resolved("1.0")],
            "have": {"fx-lib": "1.0"},
            "advisories": advs,
            "files_of": {"fx-lib": files},
            "cutoff": cutoff,
            "tags": ANY,
        }
        args.update(change)
        assert cooldown.find(**args) == [], change

    none_for(have={})  # nothing installed: nothing the user has needs the fix
    none_for(have={"fx-lib": "1.1"})  # the installed version is not affected
    none_for(packages=[_resolved("1.1")])  # pip chose a fixed version already
    none_for(cutoff=NOW - dt.timedelta(days=1))  # the fix is older than the cutoff
    none_for(tags=frozenset({"cp311-cp311-manylinux_2_17_x86_64"}))  # no wheel for the target
    none_for(files_of={"fx-lib": [_file("1.1", NOW, yanked=True)]})
    none_for(advisories={"fx-lib": []})


def test_young_fix_is_chosen_and_a_young_non_fix_held_back(
    index: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    two_days = NOW - dt.timedelta(days=2)
    for version, when in (("1.0", OLD), ("1.1", two_days), ("1.2", NOW - dt.timedelta(days=1))):
        index.add_dist(build_wheel("fx-lib", version), upload_time=when)
    for version, when in (("2.0", OLD), ("2.1", two_days)):
        index.add_dist(build_wheel("fx-other", version), upload_time=when)
    osv.update(str(write_zip(tmp_path / "osv.zip", _advisories())))
    venv = tmp_path / "venv"
    create_venv(venv)
    (site,) = venv_site_packages(venv)
    info = site / "fx_lib-1.0.dist-info"  # the old, vulnerable version the user has
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fx-lib\nVersion: 1.0\n")
    args = ["fx-lib", "fx-other", "--index-url", index.url, "--retries", "0", "--format", "json"]

    res = run_cli("check", "-p", str(venv), *args)
    doc = json.loads(res.stdout)
    chosen = {p["name"]: p["version"] for p in doc["packages"]}
    # fx-lib 1.2 (a day old, no fix) and fx-other 2.1 (two days old) stay behind the cutoff.
    assert chosen == {"fx-lib": "1.1", "fx-other": "2.0"}, res.stderr
    reason = "fx-lib 1.1 is 2 days old; allowed: it fixes PYSEC-2099-77 affecting 1.0"
    assert reason in doc["notes"]
    (lib,) = [p for p in doc["packages"] if p["name"] == "fx-lib"]
    rules = {f["rule"] for f in lib["findings"]}
    assert "publishers.cooldown-fix" in rules and "publishers.cooldown" not in rules
    assert lib["artifact"] == "fx_lib-1.1-py3-none-any.whl"
    assert lib["sha256"] == next(
        f.sha256 for f in index.projects["fx-lib"].files if "1.1" in f.filename
    )


# ------------------------------------------------- one notion: youngfix


def _rec_adv(rec: dict[str, Any]) -> osv.Advisory:
    ((package, _id, doc),), _bad = osv.compact(rec)
    return osv.advisory_from_doc(package, doc)


def test_a_young_release_fixes_only_what_its_advisory_affects() -> None:
    fix = _adv()  # affects < 1.1, fixed in 1.1
    # names 1.1 as the fix of another line (1.0.5 <= v < 1.1): 1.0 is not affected
    other = _rec_adv(record("PYSEC-2099-78", "fx-lib", ("introduced", "1.0.5"), ("fixed", "1.1")))
    assert youngfix.fixes([fix, other], "1.0", Version("1.1")) == (fix,)
    assert youngfix.fixes([other], "1.0", Version("1.1")) == ()
    assert youngfix.fixes([other], "1.0.7", Version("1.1")) == (other,)
    # a release the advisory does not name fixes nothing, unaffected as it is
    assert youngfix.fixes([fix], "1.0", Version("1.2")) == ()
    assert youngfix.fixes([fix], "1.1", Version("1.1")) == ()  # not newer than what one has
    assert youngfix.fixes([fix], "not a version", Version("1.1")) == ()
    assert youngfix.fixes_above(Version("1.0"), "1.0", [fix, other]) == {
        Version("1.1"): ["PYSEC-2099-77"]
    }
    assert youngfix.fixes_above(Version("1.1"), "1.0", [fix]) == {}  # pip took the fix


def test_the_version_outside_the_cooldown() -> None:
    cutoff = NOW - dt.timedelta(days=7)
    files = [
        _file("0.9", OLD),
        _file("1.0", OLD),
        _file("1.0.1rc1", OLD),
        _file("1.0.2", NOW),
        _file("1.1", NOW),
    ]
    assert youngfix.settled(files, cutoff, below=Version("1.1")) == Version("1.0")
    assert youngfix.settled(files, cutoff, below=Version("1.0")) == Version("0.9")
    assert youngfix.settled(files, cutoff, below=Version("0.9")) is None
    assert youngfix.is_young(files[-1], cutoff) and not youngfix.is_young(files[0], cutoff)
    assert youngfix.age(dt.timedelta(hours=5, minutes=3)) == "5 hours"


def test_pinned_fix_names_the_version_the_user_had() -> None:
    cutoff = NOW - dt.timedelta(days=7)
    two_days = NOW - dt.timedelta(days=2)
    files = [_file("1.0", OLD), _file("1.1", two_days), _file("1.2", NOW)]
    advs = [_adv()]
    ex = cooldown.pinned_fix(_resolved("1.1"), None, advs, files, cutoff, ANY)
    assert ex is not None and (ex.have, ex.have_is) == ("1.0", youngfix.OUTSIDE_COOLDOWN)
    assert ex.reason(NOW) == (
        "fx-lib 1.1 is 2 days old; allowed: it fixes PYSEC-2099-77 affecting 1.0 "
        "(the newest release outside the cooldown)"
    )
    assert ex.to_json()["affected_is"] == "newest-outside-cooldown"
    ex = cooldown.pinned_fix(_resolved("1.1"), "0.9", advs, files, cutoff, ANY)
    assert ex is not None and (ex.have, ex.have_is) == ("0.9", "installed")
    assert ex.reason(NOW).endswith("affecting 0.9")
    # a young pin that fixes nothing, or fixes a version the user does not have
    assert cooldown.pinned_fix(_resolved("1.2"), None, advs, files, cutoff, ANY) is None
    assert cooldown.pinned_fix(_resolved("1.1"), "1.1", advs, files, cutoff, ANY) is None
    other = _rec_adv(record("PYSEC-2099-78", "fx-lib", ("introduced", "1.0.5"), ("fixed", "1.1")))
    assert cooldown.pinned_fix(_resolved("1.1"), None, [other], files, cutoff, ANY) is None
    # nothing outside the cooldown to compare with: nothing the user had
    assert cooldown.pinned_fix(_resolved("1.1"), None, advs, files[1:], cutoff, ANY) is None


def test_find_leaves_out_a_fix_the_request_forbids() -> None:
    cutoff = NOW - dt.timedelta(days=7)
    files = [_file("1.0", OLD), _file("1.1", NOW - dt.timedelta(days=2))]
    args: dict[str, Any] = {
        "packages": [_resolved("1.0")],
        "have": {"fx-lib": "1.0"},
        "advisories": {"fx-lib": [_adv()]},
        "files_of": {"fx-lib": files},
        "cutoff": cutoff,
        "tags": ANY,
        "have_is": {"fx-lib": youngfix.OUTSIDE_COOLDOWN},
    }
    (ex,) = cooldown.find(**args, allowed={"fx-lib": SpecifierSet(">=1.0,<2")})
    assert ex.have_is == youngfix.OUTSIDE_COOLDOWN
    assert cooldown.find(**args, allowed={"fx-lib": SpecifierSet("==1.0")}) == []


def test_the_firewall_index_lets_through_only_a_named_fix() -> None:
    from pipwarden.serve.cooldown import fixed_advisory

    files = [
        _file("1.0", OLD),
        _file("1.1", NOW - dt.timedelta(days=2)),
        _file("1.2", NOW - dt.timedelta(days=1)),
    ]
    _old, fix, later = files
    advs = [_adv()]
    assert fixed_advisory(fix, files, advs, 7, NOW) == advs[0]
    # 1.2 is not affected either, but no advisory names it: it stays behind the cooldown
    assert fixed_advisory(later, files, advs, 7, NOW) is None
    other = _rec_adv(record("PYSEC-2099-78", "fx-lib", ("introduced", "1.0.5"), ("fixed", "1.1")))
    assert fixed_advisory(fix, files, [other], 7, NOW) is None  # 1.0 is not affected


# ------------------------------------------- the vetted file pins the fix


def _serve_pinned(index: LocalIndex, tmp_path: Path) -> None:
    """fx-pin 1.0 (old, affected), 1.1 (2 days, the fix), 1.2 (a day, fixes nothing);
    fx-neg 1.0 (old) and 1.1 (2 days, named as the fix of a line 1.0 is not on);
    fx-other 2.0 (old) and 2.1 (2 days)."""
    two_days, one_day = NOW - dt.timedelta(days=2), NOW - dt.timedelta(days=1)
    for version, when in (("1.0", OLD), ("1.1", two_days), ("1.2", one_day)):
        index.add_dist(build_wheel("fx-pin", version), upload_time=when)
    for version, when in (("1.0", OLD), ("1.1", two_days)):
        index.add_dist(build_wheel("fx-neg", version), upload_time=when)
    for version, when in (("2.0", OLD), ("2.1", two_days)):
        index.add_dist(build_wheel("fx-other", version), upload_time=when)
    records = [
        record("PYSEC-2099-80", "fx-pin", ("introduced", "0"), ("fixed", "1.1")),
        record("PYSEC-2099-81", "fx-neg", ("introduced", "1.0.5"), ("fixed", "1.1")),
    ]
    osv.update(str(write_zip(tmp_path / "osv.zip", records)))


def _chosen(doc: dict[str, Any]) -> dict[str, str]:
    return {p["name"]: p["version"] for p in doc["packages"]}


def _rules(doc: dict[str, Any], name: str) -> set[str]:
    (pkg,) = [p for p in doc["packages"] if p["name"] == name]
    return {f["rule"] for f in pkg["findings"]}


PIN_REASON = (
    "fx-pin 1.1 is 2 days old; allowed: it fixes PYSEC-2099-80 affecting 1.0 "
    "(the newest release outside the cooldown)"
)


def test_a_pinned_young_fix_is_allowed_and_the_cooldown_kept_for_the_rest(
    index: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    _serve_pinned(index, tmp_path)
    (tmp_path / "requirements.txt").write_text("fx-pin==1.1\nfx-other\n")
    args = ["--index-url", index.url, "--retries", "0"]
    res = run_cli("check", "-r", "requirements.txt", *args, "--format", "json")
    doc = json.loads(res.stdout)
    # before, the young pin dropped the cooldown for the whole resolution (fx-other 2.1)
    assert _chosen(doc) == {"fx-pin": "1.1", "fx-other": "2.0"}, res.stderr
    (let,) = doc["let_through"]
    assert let["reason"] == PIN_REASON and PIN_REASON in doc["notes"]
    assert (let["name"], let["version"], let["fixes"]) == ("fx-pin", "1.1", ["PYSEC-2099-80"])
    assert (let["affected"], let["affected_is"]) == ("1.0", "newest-outside-cooldown")
    assert "publishers.cooldown-fix" in _rules(doc, "fx-pin")
    assert "publishers.cooldown" not in _rules(doc, "fx-pin")
    assert [(h["name"], h["used"]) for h in doc["held_back"]] == [("fx-other", "2.0")]
    # the pin in a constraints file, a range in the requirements: the same, said in text
    (tmp_path / "requirements.txt").write_text("fx-pin>=1.0,<2\n")
    (tmp_path / "constraints.txt").write_text("fx-pin==1.1\n")
    res = run_cli("check", "-r", "requirements.txt", "-c", "constraints.txt", *args)
    assert res.exit_code == 0, res.stderr
    flat = " ".join(res.stdout.split())
    assert f"note: {PIN_REASON}" in flat, flat
    row = next(ln for ln in res.stdout.splitlines() if ln.startswith("fx-pin"))
    assert "1.1" in row and "allow" in row


def test_a_young_pin_that_fixes_nothing_the_user_has_is_not_let_through(
    index: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    _serve_pinned(index, tmp_path)
    args = ["--index-url", index.url, "--retries", "0", "--format", "json"]
    # 1.2 fixes nothing; fx-neg 1.1 is a fix, but of versions the user's 1.0 is not
    res = run_cli("check", "fx-pin==1.2", "fx-neg==1.1", *args)
    doc = json.loads(res.stdout)
    assert _chosen(doc) == {"fx-pin": "1.2", "fx-neg": "1.1"}, res.stderr
    assert doc["let_through"] == [] and not any("allowed:" in n for n in doc["notes"])
    for name in ("fx-pin", "fx-neg"):
        rules = _rules(doc, name)
        assert "publishers.cooldown" in rules and "publishers.cooldown-fix" not in rules


def test_a_range_gets_the_young_fix_and_a_pin_of_the_affected_version_keeps_it(
    index: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    _serve_pinned(index, tmp_path)
    args = ["--index-url", index.url, "--retries", "0", "--format", "json"]
    (tmp_path / "requirements.txt").write_text("fx-pin>=1.0,<2\n")
    res = run_cli("check", "-r", "requirements.txt", *args)
    doc = json.loads(res.stdout)
    # pip took 1.0 under the cooldown; its fix passes, 1.2 (fixes nothing) stays behind
    assert _chosen(doc) == {"fx-pin": "1.1"}, res.stderr
    assert [x["reason"] for x in doc["let_through"]] == [PIN_REASON]
    assert [(h["newest"], h["used"]) for h in doc["held_back"]] == [("1.2", "1.1")]
    # a pin of the affected version forbids the fix: the advisory finding names it instead
    (tmp_path / "constraints.txt").write_text("fx-pin==1.0\n")
    res = run_cli("check", "-r", "requirements.txt", "-c", "constraints.txt", *args)
    doc = json.loads(res.stdout)
    assert _chosen(doc) == {"fx-pin": "1.0"} and doc["let_through"] == [], res.stderr
    (pkg,) = doc["packages"]
    (adv,) = [f for f in pkg["findings"] if "PYSEC-2099-80" in json.dumps(f)]
    assert "1.1" in adv["remediation"]


def test_install_plans_the_pinned_fix_of_the_installed_version(
    index: LocalIndex, run_cli: Any, tmp_path: Path
) -> None:
    _serve_pinned(index, tmp_path)
    venv = tmp_path / "venv"
    create_venv(venv)
    (site,) = venv_site_packages(venv)
    info = site / "fx_pin-1.0.dist-info"  # the version the user had, before the bump
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: fx-pin\nVersion: 1.0\n")
    (tmp_path / "requirements.txt").write_text("fx-pin==1.1\n")
    args = ["--index-url", index.url, "--retries", "0", "--format", "json", "--dry-run"]
    res = run_cli("install", "-p", str(venv), "-r", "requirements.txt", *args)
    doc = json.loads(res.stdout)
    assert doc["plan"]["upgrade"] == [{"name": "fx-pin", "from": "1.0", "to": "1.1"}], res.stderr
    (let,) = doc["let_through"]
    assert (let["affected"], let["affected_is"]) == ("1.0", "installed")
    assert (
        let["reason"] == "fx-pin 1.1 is 2 days old; allowed: it fixes PYSEC-2099-80 affecting 1.0"
    )


def test_the_projects_of_a_conflict_are_read_from_what_pip_says() -> None:
    from pipwarden.resolve import Resolver

    quiet = (
        "ERROR: Cannot install -r r.txt (line 1), Fx-App==1.0 and fx_pin<2 and >=1.0 because "
        "these package versions have conflicting dependencies.\nERROR: ResolutionImpossible: …\n"
    )
    assert Resolver._conflicting(quiet) == ("fx-app", "fx-pin")
    verbose = (
        "The conflict is caused by:\n    The user requested fx-pin<2,>=1.0\n"
        "    The user requested (constraint) fx-pin==1.1\n    fx-app 1.0 depends on fx-dep>=2\n"
    )
    assert Resolver._conflicting(verbose) == ("fx-pin", "fx-dep")
