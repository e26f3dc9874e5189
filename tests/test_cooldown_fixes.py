"""The cooldown lets a security fix through: a young release that fixes an advisory affecting
the installed version is offered to pip (a --find-links folder of hash-checked files), while
every other young release stays behind pip's --uploaded-prior-to."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from pipwarden import cooldown
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
