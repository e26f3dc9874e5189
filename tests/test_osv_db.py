"""`db update` / `db status`: loading OSV exports into SQLite, atomically."""

from __future__ import annotations

import http.server
import json
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipwarden.audit import osv
from pipwarden.errors import PipwardenError
from tests.support.osvdata import record, standard, write_folder, write_zip


def load(tmp_path: Path, records: list[dict[str, object]] | None = None) -> osv.AdvisoryDB:
    src = write_zip(tmp_path / "src.zip", records if records is not None else standard())
    osv.update(str(src))
    return osv.AdvisoryDB()


def test_update_from_zip_counts_and_status(tmp_path: Path) -> None:
    src = write_zip(tmp_path / "src.zip", standard())
    stats = osv.update(str(src))
    assert stats.files == 9
    assert stats.withdrawn == 1
    assert stats.advisories == 8
    assert stats.skipped == 0
    with osv.AdvisoryDB() as db:
        status = db.status()
        assert status is not None
        assert status.advisories == 8
        assert status.source == str(src)
        assert status.newest_modified == "2024-01-01T00:00:00Z"
        assert status.age_days() < 0.01
        assert not db.empty


def test_update_from_folder(tmp_path: Path) -> None:
    write_folder(tmp_path / "osv" / "nested", standard())
    stats = osv.update(str(tmp_path / "osv"))
    assert stats.advisories == 8


def test_names_are_normalized(tmp_path: Path) -> None:
    with load(tmp_path) as db:
        advs = db.advisories(["JW_Util", "demo.pkg", "nothing-here"])
    assert [a.id for a in advs["jw-util"]] == ["PYSEC-2099-3"]
    assert {a.id for a in advs["demo-pkg"]} == {"PYSEC-2099-1", "PYSEC-2099-2"}
    assert advs["nothing-here"] == []


def test_withdrawn_advisories_are_left_out(tmp_path: Path) -> None:
    with load(tmp_path) as db:
        assert db.advisories(["gone"])["gone"] == []


def test_schema_breaking_files_are_skipped_and_counted(tmp_path: Path) -> None:
    bad_event = record("BAD-1", "pkg", ("introduced", "0"))
    bad_event["affected"][0]["ranges"][0]["events"] = [{"introduced": "0", "fixed": "1.0"}]
    no_id = record("BAD-2", "pkg", ("introduced", "0"))
    del no_id["id"]
    src = write_zip(
        tmp_path / "src.zip",
        [*standard(), bad_event],
        extra={"BAD-2.json": json.dumps(no_id).encode(), "BAD-3.json": b"{not json"},
    )
    stats = osv.update(str(src))
    assert stats.skipped == 3
    assert stats.advisories == 8
    assert len(stats.skipped_examples) == 3


def test_non_pep440_ranges_are_dropped_but_versions_kept(tmp_path: Path) -> None:
    rec = record("ODD-1", "odd", ("introduced", "0"), ("fixed", "2019-09-12x"), versions=["1.0"])
    src = write_zip(tmp_path / "src.zip", [rec])
    stats = osv.update(str(src))
    assert stats.unparseable_ranges == 1
    with osv.AdvisoryDB() as db:
        (adv,) = db.advisories(["odd"])["odd"]
    assert adv.affects("1.0")
    assert not adv.affects("1.1")


def test_truncated_zip_keeps_the_previous_database(tmp_path: Path) -> None:
    load(tmp_path).close()
    good = (tmp_path / "src.zip").read_bytes()
    cut = tmp_path / "cut.zip"
    cut.write_bytes(good[: len(good) // 2])
    with pytest.raises(PipwardenError, match="not a readable zip"):
        osv.update(str(cut))
    with osv.AdvisoryDB() as db:
        assert db.status() is not None
        assert [a.id for a in db.advisories(["jw.util"])["jw-util"]] == ["PYSEC-2099-3"]
    leftovers = [p.name for p in osv.default_path().parent.iterdir()]
    assert leftovers == [osv.DB_FILENAME]


def test_corrupt_member_keeps_the_previous_database(tmp_path: Path) -> None:
    load(tmp_path).close()
    big = [record(f"PYSEC-2100-{i}", f"pkg{i}", ("introduced", "0")) for i in range(30)]
    src = write_zip(tmp_path / "big.zip", big)
    data = bytearray(src.read_bytes())
    with zipfile.ZipFile(src) as zf:
        info = zf.infolist()[10]
    # Flip bytes inside the compressed data of one member (after its local header).
    start = info.header_offset + 30 + len(info.filename) + 5
    for i in range(start, start + 8):
        data[i] ^= 0xFF
    src.write_bytes(bytes(data))
    with pytest.raises(PipwardenError, match="corrupt or cut off"):
        osv.update(str(src))
    with osv.AdvisoryDB() as db:
        status = db.status()
        assert status is not None and status.advisories == 8


def test_missing_source_is_one_line_error(tmp_path: Path) -> None:
    with pytest.raises(PipwardenError, match="no such file or folder"):
        osv.update(str(tmp_path / "nope.zip"))


@pytest.fixture
def served_zip(tmp_path: Path) -> Iterator[str]:
    write_zip(tmp_path / "served.zip", standard())

    class Handler(http.server.SimpleHTTPRequestHandler):
        def __init__(self, *args: object, **kw: object) -> None:
            super().__init__(*args, directory=str(tmp_path), **kw)  # type: ignore[arg-type]

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_update_from_url(served_zip: str) -> None:
    stats = osv.update(f"{served_zip}/served.zip")
    assert stats.advisories == 8


def test_download_failure_is_one_clear_line(served_zip: str, run_cli: object) -> None:
    res = run_cli("db", "update", "--source", f"{served_zip}/missing.zip")  # type: ignore[operator]
    assert res.exit_code == 2
    assert res.stderr.strip() == (
        f"pipwarden: error: cannot download {served_zip}/missing.zip: HTTP 404"
    )
    res = run_cli("db", "update", "--source", "http://127.0.0.1:9/all.zip")  # type: ignore[operator]
    assert res.exit_code == 2
    assert res.stderr.startswith("pipwarden: error: cannot download http://127.0.0.1:9/all.zip: ")
    assert res.stderr.count("\n") == 1


def test_db_cli_update_and_status(tmp_path: Path, run_cli: object) -> None:
    src = write_zip(tmp_path / "src.zip", standard())
    res = run_cli("db", "status")  # type: ignore[operator]
    assert "run `pipwarden db update`" in res.stdout
    res = run_cli("db", "update", "--source", str(src))  # type: ignore[operator]
    assert res.exit_code == 0, res.stderr
    assert "Loaded 8 advisories" in res.stdout
    assert "1 withdrawn" in res.stdout
    res = run_cli("db", "status", "--format", "json")  # type: ignore[operator]
    data = json.loads(res.stdout)
    assert data["advisories"] == 8
    assert data["source"] == str(src)
    assert data["newest_modified"] == "2024-01-01T00:00:00Z"
    assert data["age_days"] < 1
    res = run_cli("db", "status")  # type: ignore[operator]
    assert "Advisories:      8" in res.stdout


@pytest.mark.shared_data
def test_shared_osv_export(shared_data: Path) -> None:
    stats = osv.update(str(shared_data / "osv-pypi.zip"))
    assert stats.files == 2661
    assert stats.withdrawn == 10
    assert stats.advisories == 2651
    assert stats.skipped == 0
    with osv.AdvisoryDB() as db:
        advs = db.advisories(["requests", "django", "urllib3", "jinja2", "pyyaml", "jw.util"])
        assert len(advs["requests"]) == 5
        assert len(advs["django"]) == 116
        assert len(advs["urllib3"]) == 11
        assert len(advs["jinja2"]) == 5
        assert len(advs["pyyaml"]) == 4
        assert advs["jw-util"]
        by_id = {a.id: a for a in advs["requests"]}
        assert by_id["PYSEC-2023-74"].affects("2.30.0")
        assert not by_id["PYSEC-2023-74"].affects("2.31.0")
        assert not any(a.affects("2.31.0") for a in advs["requests"])
        urllib3 = {a.id: a for a in advs["urllib3"]}
        assert urllib3["PYSEC-2023-192"].affects("1.26.16")
        assert not urllib3["PYSEC-2023-192"].affects("1.26.17")
        assert urllib3["PYSEC-2023-192"].affects("2.0.5")
        assert not urllib3["PYSEC-2023-192"].affects("2.0.6")
        django = {a.id: a for a in advs["django"]}
        assert django["PYSEC-2024-102"].affects("5.0.8")
        assert not django["PYSEC-2024-102"].affects("5.0.9")
        assert not django["PYSEC-2024-102"].affects("4.1")
        # Withdrawn: loguru's PYSEC-2022-15 is gone.
        assert "PYSEC-2022-15" not in {a.id for a in db.advisories(["loguru"])["loguru"]}


def test_severity_scoring() -> None:
    v3 = [{"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"}]
    assert osv.severity_of(v3)[:3] == (osv.Severity.CRITICAL, "CVSS_V3", 9.8)
    v4 = [
        {"type": "CVSS_V3", "score": "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"},
        {
            "type": "CVSS_V4",
            "score": "CVSS:4.0/AV:N/AC:L/AT:N/PR:H/UI:N/VC:L/VI:L/VA:N/SC:N/SI:N/SA:N",
        },
    ]
    assert osv.severity_of(v4)[:3] == (osv.Severity.MEDIUM, "CVSS_V4", 5.1)  # v4 preferred
    broken = [{"type": "CVSS_V3", "score": "CVSS:3.1/garbage"}]
    assert osv.severity_of(broken, {"severity": "MODERATE"})[:2] == (
        osv.Severity.MEDIUM,
        "database",
    )
    assert osv.severity_of(None)[:2] == (osv.Severity.HIGH, "unknown")


def test_unreadable_database_file_is_a_clear_error(tmp_path: Path) -> None:
    osv.default_path().write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(PipwardenError, match="unreadable; run `pipwarden db update`"):
        osv.AdvisoryDB()
    src = write_zip(tmp_path / "src.zip", standard())
    osv.update(str(src))  # an update repairs it
    with osv.AdvisoryDB() as db:
        assert not db.empty
