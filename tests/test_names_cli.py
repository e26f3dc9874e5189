"""`pipwarden typosquat` and `pipwarden names …` end to end (in-process)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from tests.support.builders import build_wheel


def test_typosquat_text_and_exit_codes(run_cli) -> None:
    res = run_cli("typosquat", "reqeusts", "colourama", "sklearn")
    assert res.exit_code == 1
    lines = res.stdout.splitlines()
    assert len(lines) == 3
    assert "did you mean requests?" in lines[0]
    assert "did you mean colorama?" in lines[1]
    assert "did you mean scikit-learn?" in lines[2]
    ok = run_cli("typosquat", "requests", "flask")
    assert ok.exit_code == 0
    assert all(": ok," in line for line in ok.stdout.splitlines())


def test_typosquat_json_shape(run_cli) -> None:
    res = run_cli("typosquat", "reqeusts", "numpy", "--format", "json")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert [set(d) for d in data] == [{"name", "suspect", "imitates", "reason"}] * 2
    assert data[0]["name"] == "reqeusts" and data[0]["suspect"] is True
    assert data[0]["imitates"] == "requests" and "swapped" in data[0]["reason"]
    assert data[1] == {
        "name": "numpy",
        "suspect": False,
        "imitates": None,
        "reason": data[1]["reason"],
    }


def test_bad_input_is_a_one_line_error(run_cli) -> None:
    for args in (("",), ("bad name",), ("ok", "x-"), ("--", "-x"), ("x" * 500,)):
        res = run_cli("typosquat", *args)
        assert res.exit_code == 2, args
        assert res.stderr.startswith("pipwarden: error:")
        assert len(res.stderr.strip().splitlines()) == 1
        assert "Traceback" not in res.stderr
    res = run_cli("typosquat")
    assert res.exit_code == 2 and "at least one project name" in res.stderr


def test_unicode_name_gets_a_verdict(run_cli) -> None:
    res = run_cli("typosquat", "nump\u0443", "--format", "json")  # Cyrillic u
    assert res.exit_code == 1
    (verdict,) = json.loads(res.stdout)
    assert verdict["imitates"] == "numpy" and verdict["name"] == "nump\u0443"


def test_ten_thousand_names_from_a_file(run_cli, tmp_path: Path) -> None:
    names = tmp_path / "names.txt"
    names.write_text(
        "# many names\n" + "\n".join(f"tool-{i}-x" for i in range(9_999)) + "\nreqeusts\n"
    )
    res = run_cli("typosquat", "--from-file", str(names), "--format", "json")
    assert res.exit_code == 1
    data = json.loads(res.stdout)
    assert len(data) == 10_000
    assert data[-1]["imitates"] == "requests"


def test_names_from_stdin(run_cli) -> None:
    res = run_cli("typosquat", "--from-file", "-", input="colourama\n\n  flask  \n")
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 2
    res = run_cli("typosquat", "-r", "-", input="colourama==0.4 ; python_version>'3'\nflask\n")
    assert res.exit_code == 1
    assert len(res.stdout.splitlines()) == 2


def test_requirements_file_is_read_as_pip_reads_it(run_cli, tmp_path: Path) -> None:
    (tmp_path / "base.txt").write_text("Flask[async]>=3 \\\n    --hash=sha256:" + "a" * 64 + "\n")
    (tmp_path / "pins.txt").write_text("reqeusts==9\n")
    (tmp_path / "req.txt").write_text(
        "# pinned\n"
        "--index-url https://pypi.org/simple\n"
        "-r base.txt\n"
        "-c pins.txt\n"
        "colourama>=0.4 ; sys_platform == 'win32'  # coloured output\n"
        "https://example.invalid/pkgs/termncolor-1.0-py3-none-any.whl\n"
    )
    res = run_cli("typosquat", "-r", str(tmp_path / "req.txt"), "--format", "json")
    assert res.exit_code == 1, res.stderr
    got = {v["name"]: v for v in json.loads(res.stdout)}
    # Constraints files are not requirements; the wheel URL states its project's name.
    assert list(got) == ["Flask", "colourama", "termncolor"]
    assert got["colourama"]["imitates"] == "colorama" and not got["Flask"]["suspect"]
    assert got["termncolor"]["imitates"] == "termcolor"
    bad = tmp_path / "bad.txt"
    bad.write_text("flask ==\n")
    res = run_cli("typosquat", "-r", str(bad))
    assert res.exit_code == 2 and "bad.txt:1" in res.stderr
    res = run_cli("typosquat", "-r", str(tmp_path / "missing.txt"))
    assert res.exit_code == 2 and "no such requirements file" in res.stderr


def test_online_clears_a_lookalike_of_its_own_owners(run_cli, index) -> None:
    index.add_dist(build_wheel("httpcore", "1.0"))
    index.set_roles("httpcore", [{"role": "Owner", "user": "tom"}], "encode")
    index.add_dist(build_wheel("httpcore2", "1.0"))
    index.set_roles("httpcore2", [{"role": "Owner", "user": "Tom"}])
    res = run_cli(
        "typosquat", "--online", "--index-url", index.url, "--format", "json", "httpcore2"
    )
    assert res.exit_code == 0, res.stderr
    (v,) = json.loads(res.stdout)
    assert v["suspect"] is False and "published by user Tom" in v["reason"]


def test_names_update_info_reset(run_cli, tmp_path: Path) -> None:
    rows = [{"project": f"pkg-{i:03d}-abc", "download_count": 10_000 - i} for i in range(150)]
    src = tmp_path / "top.json"
    src.write_text(json.dumps({"rows": rows}))
    res = run_cli("names", "update", "--source", str(src))
    assert res.exit_code == 0, res.stderr
    assert "150 popular project names" in res.stdout
    info = json.loads(run_cli("names", "info", "--format", "json").stdout)
    assert info["kind"] == "user" and info["projects"] == 150
    # the refreshed corpus is what typosquat now uses
    res = run_cli("typosquat", "pkg-001-abcc", "--format", "json")
    assert json.loads(res.stdout)[0]["imitates"] == "pkg-001-abc"
    assert run_cli("names", "reset").exit_code == 0
    info = json.loads(run_cli("names", "info", "--format", "json").stdout)
    assert info["kind"] == "shipped" and info["projects"] > 14_000


def test_names_update_rejects_bad_feed(run_cli, tmp_path: Path) -> None:
    src = tmp_path / "top.json"
    src.write_text(json.dumps({"rows": [{"project": "only-one"}]}))
    res = run_cli("names", "update", "--source", str(src))
    assert res.exit_code == 2
    assert "expected at least" in res.stderr
    res = run_cli("names", "update", "--source", str(tmp_path / "nope.json"))
    assert res.exit_code == 2 and "cannot read" in res.stderr


def test_online_checks_existence_and_age(run_cli, index) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    index.add_dist(build_wheel("requxstsz", "0.1"), upload_time=now - dt.timedelta(days=2))
    index.add_dist(build_wheel("oldtool-abc", "1.0"))
    res = run_cli(
        "typosquat",
        "--online",
        "--index-url",
        index.url,
        "--format",
        "json",
        "requxstsz",
        "no-such-thing-xyz",
        "oldtool-abc",
    )
    assert res.exit_code == 1, res.stderr
    fresh, missing, old = json.loads(res.stdout)
    assert fresh["suspect"] and fresh["imitates"] == "requests"
    assert "first published 2 days ago" in fresh["reason"]
    assert missing["suspect"] and "no such project on" in missing["reason"]
    assert old["suspect"] is False


def test_check_blocks_a_typosquat_with_did_you_mean(run_cli, index) -> None:
    index.add_dist(build_wheel("reqeusts", "1.0"))
    res = run_cli(
        "check", "reqeusts", "--index-url", index.url, "--retries", "1", "--format", "json"
    )
    assert res.exit_code == 1, res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "block"
    (pkg,) = doc["packages"]
    names = [f for f in pkg["findings"] if f["check"] == "names"]
    assert names and names[0]["rule"] == "names.typosquat"
    assert "did you mean requests?" in names[0]["message"]


def test_online_age_limit_comes_from_the_policy(run_cli, index, tmp_path: Path) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    index.add_dist(build_wheel("requxstsz", "0.1"), upload_time=now - dt.timedelta(days=2))
    (tmp_path / "pipwarden.toml").write_text("new-project-days = 1\n")
    res = run_cli(
        "typosquat", "--online", "--index-url", index.url, "--format", "json", "requxstsz"
    )
    assert res.exit_code == 0, res.stderr
    assert json.loads(res.stdout)[0]["suspect"] is False


def test_ten_thousand_names_as_arguments(run_cli) -> None:
    names = [f"pkg-{i}-zz" for i in range(10_000)]
    res = run_cli("typosquat", "--format", "json", *names)
    assert res.exit_code in (0, 1), res.stderr
    assert [d["name"] for d in json.loads(res.stdout)] == names
