"""No traceback on any input (issue 12, section 6): each hostile input is one line on
stderr and exit 2, or a finding when it is archive content."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from pipwarden.audit import osv
from pipwarden.errors import PipwardenError
from pipwarden.limits import (
    MAX_NAME_LENGTH,
    MAX_REQUIREMENT_LENGTH,
    TooDeeplyNested,
    loads_json,
    loads_toml,
    validate_requirement_text,
)
from pipwarden.sdistmeta import checked_name_version, write_stub_wheel
from tests.support.builders import build_sdist, build_wheel, metadata_text
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import record, write_folder, write_zip

LONG_NAME = "a" * 100_000
DEEP_TOML = "a = " + "[" * 50_000 + "]" * 50_000 + "\n"
DEEP_TABLE = "a = " + "{b = " * 50_000 + "1" + "}" * 50_000 + "\n"
DEEP_KEY = "x" + ".x" * 100_000 + " = 1\n"
DEEP_JSON = "[" * 100_000 + "]" * 100_000


def _one_line_error(res: Any, *expected: str) -> None:
    """Exit 2, one short line on stderr naming what was wrong, no traceback."""
    assert res.exit_code == 2, (res.stdout[-500:], res.stderr[-500:])
    lines = res.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("pipwarden: error: "), res.stderr[-500:]
    assert "Traceback" not in res.stderr and len(lines[0]) < 2100
    for text in expected:
        assert text in lines[0], lines[0]


@pytest.fixture
def db(tmp_path: Path) -> None:
    osv.update(
        str(write_zip(tmp_path / "osv.zip", [record("PYSEC-1-1", "demo", ("introduced", "0"))]))
    )


# -- names and requirement lines ---------------------------------------------------------
def test_long_name_as_typosquat_argument_and_in_its_file(run_cli: Any, tmp_path: Path) -> None:
    _one_line_error(run_cli("typosquat", LONG_NAME), "longer than 200")
    (tmp_path / "names.txt").write_text(f"requests\n{LONG_NAME}\n")
    _one_line_error(run_cli("typosquat", "--from-file", "names.txt"), "longer than 200")
    # -r reads a requirements file: the requirement-line limit speaks first.
    _one_line_error(run_cli("typosquat", "-r", "names.txt"), "longer than the 65536 allowed")


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (LONG_NAME + "==1.0", "longer than the 65536 allowed"),
        ("b" * 1000 + "==1.0", "project name longer than 200"),
        ("b" * 1000, "project name longer than 200"),
        ("requests==1.0 ; " + "x" * 5_000_000, "longer than the 65536 allowed"),
        ("requests==" + "1" * 5_000_000, "longer than the 65536 allowed"),
        (" " * 5_000_000 + "x", "longer than the 65536 allowed"),
        ("requests \\\n" * 500_000 + "==1.0", "longer than the 65536 allowed"),
    ],
    ids=[
        "100k-name",
        "long-name-pinned",
        "long-name",
        "5MB-marker",
        "5MB-version",
        "5MB-spaces",
        "joined",
    ],
)
def test_huge_requirement_lines_in_audit(
    db: None, run_cli: Any, tmp_path: Path, line: str, expected: str
) -> None:
    (tmp_path / "requirements.txt").write_text(f"demo==1.0\n{line}\n")
    start = time.monotonic()
    res = run_cli("audit", "-r", "requirements.txt")
    assert time.monotonic() - start < 10
    _one_line_error(res, expected, "requirements.txt:2")


def test_long_lines_below_the_limit_stay_fast(db: None, run_cli: Any, tmp_path: Path) -> None:
    # 60,000 spaces used to cost the comment regex half a minute (quadratic)
    (tmp_path / "requirements.txt").write_text("demo==1.0" + " " * 60_000 + "# pinned\n")
    start = time.monotonic()
    res = run_cli("audit", "-r", "requirements.txt", "--format", "json")
    assert time.monotonic() - start < 10
    assert res.exit_code == 1, res.stderr  # demo 1.0 is affected: the line was read
    assert json.loads(res.stdout)["dependencies"][0]["name"] == "demo"


def test_long_name_in_pyproject_and_lock_files(db: None, run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "x"\nversion = "1"\ndependencies = ["{"b" * 1000}==1"]\n'
    )
    _one_line_error(run_cli("audit", "-r", "pyproject.toml"), "longer than 200")
    (tmp_path / "poetry.lock").write_text(f'[[package]]\nname = "{LONG_NAME}"\nversion = "1.0"\n')
    _one_line_error(run_cli("audit", "-r", "poetry.lock"), "longer than 200")


def test_validate_requirement_text_limits() -> None:
    validate_requirement_text("a" * MAX_NAME_LENGTH + ">=1", "cli")
    validate_requirement_text("d" * 300 + "/pkg-1.0.tar.gz", "cli")  # a path, not a name
    validate_requirement_text("https://" + "h" * 300 + ".example/x.whl", "cli")
    validate_requirement_text("x>=1 ; " + "y" * (MAX_REQUIREMENT_LENGTH - 10), "cli")
    with pytest.raises(PipwardenError, match=r"^cli: project name longer than 200"):
        validate_requirement_text("a" * (MAX_NAME_LENGTH + 1) + ">=1", "cli")
    with pytest.raises(PipwardenError, match=r"project name longer than 200"):
        validate_requirement_text("a" * (MAX_NAME_LENGTH + 1) + "[x] @ https://h/x.whl", "cli")
    with pytest.raises(PipwardenError, match=r"project name longer than 200"):
        validate_requirement_text("a" * (MAX_NAME_LENGTH + 1), "cli")
    with pytest.raises(PipwardenError, match=r"^r.txt:3: requirement line of 70000 characters"):
        validate_requirement_text("x" * 70_000, "r.txt:3")


# -- dates and day counts ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("P999999999D", "before the year 1"),
        ("P99999999999999999999999W", "before the year 1"),
        ("PT" + "9" * 5000 + "S", "neither an ISO 8601"),
        ("99999-01-01", "neither an ISO 8601"),
        ("0001-01-01T00:00:00+01:00", "out of the range of dates"),
    ],
)
def test_uploaded_prior_to_overflow(run_cli: Any, value: str, expected: str) -> None:
    res = run_cli(
        "check", "wt-x", "--uploaded-prior-to", value, "--index-url", "http://127.0.0.1:9/"
    )
    _one_line_error(res, "--uploaded-prior-to", expected)


@pytest.mark.parametrize("key", ["cooldown-days", "new-project-days", "db-max-age-days"])
@pytest.mark.parametrize("value", ["100000000000000000000", "-1", "36501"])
def test_day_counts_out_of_range(
    index: LocalIndex, run_cli: Any, tmp_path: Path, key: str, value: str
) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"))
    (tmp_path / "pipwarden.toml").write_text(f"{key} = {value}\n")
    res = run_cli("check", "wt-lib", "--index-url", index.url)
    _one_line_error(res, "pipwarden.toml", repr(key), "from 0 to 36500")


def test_day_counts_at_the_limit_work(index: LocalIndex, run_cli: Any, tmp_path: Path) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"))
    (tmp_path / "pipwarden.toml").write_text(
        "cooldown-days = 36500\nnew-project-days = 36500\ndb-max-age-days = 36500\n"
    )
    res = run_cli("check", "wt-lib", "--index-url", index.url, "--format", "json")
    assert res.exit_code in (0, 1), res.stderr
    assert json.loads(res.stdout)["packages"][0]["name"] == "wt-lib"


def test_typosquat_new_project_days_range(run_cli: Any) -> None:
    res = run_cli("typosquat", "requests", "--online", "--new-project-days", str(10**20))
    assert res.exit_code == 2 and "Traceback" not in res.stderr
    assert "--new-project-days" in res.stderr


# -- deeply nested TOML and JSON ---------------------------------------------------------
@pytest.mark.parametrize("text", [DEEP_TOML, DEEP_TABLE, DEEP_KEY], ids=["array", "table", "key"])
def test_deep_policy_file(index: LocalIndex, run_cli: Any, tmp_path: Path, text: str) -> None:
    (tmp_path / "pipwarden.toml").write_text(text)
    start = time.monotonic()
    res = run_cli("check", "wt-lib", "--index-url", index.url)
    assert time.monotonic() - start < 10
    _one_line_error(res, "pipwarden.toml", "not valid TOML", "too deeply nested")


def test_deep_policy_in_pyproject(index: LocalIndex, run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text("[tool.pipwarden]\n" + DEEP_TABLE)
    _one_line_error(run_cli("check", "wt-lib", "--index-url", index.url), "pyproject.toml")


def test_deep_trust_file(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "trust.json").write_text(DEEP_JSON)
    _one_line_error(run_cli("trust", "import", "trust.json"), "trust.json", "too deeply nested")
    (tmp_path / "trust.json").write_text('{"pipwarden-trust": 1, "projects": ' + DEEP_JSON + "}")
    _one_line_error(run_cli("trust", "import", "trust.json"), "trust.json")


@pytest.mark.parametrize("kind", ["folder", "zip"])
def test_deep_advisory_is_skipped_and_counted(run_cli: Any, tmp_path: Path, kind: str) -> None:
    good = record("PYSEC-2000-1", "demo", ("introduced", "0"), ("fixed", "2.0"))
    if kind == "folder":
        source = write_folder(tmp_path / "osv", [good])
        (source / "PYSEC-9999-9.json").write_text(DEEP_JSON)
    else:
        source = write_zip(tmp_path / "osv.zip", [good])
        import zipfile

        with zipfile.ZipFile(source, "a") as zf:
            zf.writestr("PYSEC-9999-9.json", DEEP_JSON)
    res = run_cli("db", "update", "--source", str(source))
    assert res.exit_code == 0, res.stderr
    assert "Loaded 1 advisories" in res.stdout and "1 skipped" in res.stdout
    assert "PYSEC-9999-9.json" in res.stderr and "too deeply nested" in res.stderr
    assert "Traceback" not in res.stderr


@pytest.mark.parametrize("text", [DEEP_TOML, DEEP_KEY], ids=["array", "key"])
def test_deep_pyproject_audited(db: None, run_cli: Any, tmp_path: Path, text: str) -> None:
    (tmp_path / "pyproject.toml").write_text(text)
    _one_line_error(run_cli("audit", "-r", "pyproject.toml"), "pyproject.toml", "too deeply")


def test_deep_pipfile_lock(db: None, run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "Pipfile.lock").write_text('{"default": ' + DEEP_JSON + "}")
    _one_line_error(run_cli("audit", "-r", "Pipfile.lock"), "Pipfile.lock", "too deeply")


@pytest.mark.parametrize("text", [DEEP_TOML, DEEP_KEY], ids=["array", "key"])
def test_deep_pyproject_scanned(run_cli: Any, tmp_path: Path, text: str) -> None:
    project = tmp_path / "proj"
    (project / "pkg").mkdir(parents=True)
    (project / "pkg" / "__init__.py").write_text("import os\n")
    (project / "pyproject.toml").write_text(text)
    start = time.monotonic()
    res = run_cli("scan", str(project), "--format", "json")
    assert time.monotonic() - start < 30
    assert res.exit_code in (0, 1), res.stderr[-500:]
    assert "Traceback" not in res.stderr
    assert json.loads(res.stdout)["targets"][0]["target"].endswith("proj")


def test_deep_json_from_the_index(index: LocalIndex, run_cli: Any) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"))
    index.set_json_bytes("wt-lib", DEEP_JSON.encode())
    res = run_cli("typosquat", "wt-lib", "--online", "--index-url", index.url)
    _one_line_error(res, "/pypi/wt-lib/json did not answer JSON")


def test_parsers_turn_nesting_into_value_errors() -> None:
    for text in (DEEP_TOML, DEEP_TABLE, DEEP_KEY):
        with pytest.raises(TooDeeplyNested):
            loads_toml(text)
    with pytest.raises(TooDeeplyNested):
        loads_json(DEEP_JSON)
    with pytest.raises(ValueError):
        loads_toml("a = ")  # an ordinary syntax error is still a ValueError
    assert loads_toml('x.y.z = 1\nv = "1.2.3.4.5.6"\n') == {
        "x": {"y": {"z": 1}},
        "v": "1.2.3.4.5.6",
    }
    assert loads_toml("x" + ".x" * 99 + " = 1\n")  # 100 parts: allowed


def test_deep_vulnerability_report_draft(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "draft.json").write_text(DEEP_JSON)
    _one_line_error(run_cli("report", "--from", "draft.json"), "draft.json", "too deeply nested")
    (tmp_path / "draft.toml").write_text(DEEP_KEY)
    _one_line_error(run_cli("report", "--from", "draft.toml"), "draft.toml", "too deeply nested")


@pytest.mark.parametrize(
    "fault",
    [
        RecursionError("maximum recursion depth exceeded"),
        MemoryError(),
        UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"),
        OverflowError("date value out of range"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_last_line_of_defence(
    run_cli: Any, monkeypatch: pytest.MonkeyPatch, fault: BaseException
) -> None:
    """An input fault no parser caught is one line and exit 2, and says it is a bug."""
    from pipwarden.names.detect import Detector

    def explode(self: Any, names: Any) -> Any:
        raise fault

    monkeypatch.setattr(Detector, "check_many", explode)
    res = run_cli("typosquat", "requests")
    _one_line_error(res, type(fault).__name__, "this is a bug in pipwarden")
    monkeypatch.setenv("PIPWARDEN_DEBUG", "1")
    with pytest.raises(type(fault)):
        run_cli("typosquat", "requests")


def test_real_bugs_keep_their_traceback(run_cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipwarden.names.detect import Detector

    def explode(self: Any, names: Any) -> Any:
        raise AttributeError("a programming error")

    monkeypatch.setattr(Detector, "check_many", explode)
    with pytest.raises(AttributeError):
        run_cli("typosquat", "requests")


# -- PKG-INFO name and version -------------------------------------------------------------
HOSTILE_PKG_INFO = {
    "separator": ("wt-evil", "1.0/../../../../PWNED-stub"),
    "backslash": ("wt-evil", "1.0\\..\\PWNED-stub"),
    "nul": ("wt-evil", "1.0\x00PWNED-stub"),
    "long-name": ("wt-evil" + "x" * 300, "1.0"),
    "name-separator": ("../PWNED-stub", "1.0"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE_PKG_INFO))
def test_hostile_pkg_info_is_a_finding(
    index: LocalIndex, run_cli: Any, tmp_path: Path, case: str
) -> None:
    name, version = HOSTILE_PKG_INFO[case]
    pkg_info = metadata_text(name, version, ["wt-lib"], metadata_version="2.2")
    index.add_dist(
        build_sdist("wt-evil", "1.0", files={"PKG-INFO": pkg_info, "wt_evil/__init__.py": ""})
    )
    index.add_dist(build_wheel("wt-lib", "1.0"))
    (tmp_path / "pipwarden.toml").write_text('allow-sdist = ["wt-evil"]\n')
    res = run_cli("check", "wt-evil", "--index-url", index.url, "--format", "json")
    assert "Traceback" not in res.stderr
    assert res.exit_code in (0, 1), res.stderr[-800:]
    doc = json.loads(res.stdout)
    evil = next(p for p in doc["packages"] if p["name"] == "wt-evil")
    messages = " ".join(f["message"] for f in evil["findings"])
    assert "metadata could not be read" in messages
    assert "not a valid" in messages
    assert not list(tmp_path.rglob("*PWNED*"))
    assert not list(Path("/tmp").glob("*PWNED*"))


def test_stub_wheel_refuses_names_that_escape(tmp_path: Path) -> None:
    import email.parser

    stubs = tmp_path / "stubs"
    stubs.mkdir()
    for name, version in HOSTILE_PKG_INFO.values():
        meta = email.parser.Parser().parsestr(f"Name: {name}\nVersion: {version}\n\n")
        with pytest.raises(PipwardenError, match="not a valid"):
            write_stub_wheel(stubs, meta, "wt-evil")
    assert list(tmp_path.rglob("*")) == [stubs]
    assert checked_name_version("x", "Wt.Evil_1", " 1.0.POST1 ") == ("Wt.Evil_1", "1.0.post1")
