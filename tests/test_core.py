"""Unit tests of the core vocabulary: policy, verdicts, index helpers, sdist metadata."""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import click
import pytest

from pipwarden import __version__
from pipwarden.errors import PipwardenError, PolicyError
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.index import json_api_base
from pipwarden.policy import Ignore, Policy, from_mapping, load
from pipwarden.redact import redact_url
from pipwarden.sdistmeta import read_pkg_info, write_stub_wheel


def _f(sev: Severity, rule: str = "x.y", check: str = "code", **details: object) -> Finding:
    return Finding(check, rule, sev, "msg", package="pkg", details=dict(details))


def test_severity_order_and_parse() -> None:
    assert Severity.parse("HIGH") is Severity.HIGH
    assert Severity.LOW < Severity.MEDIUM < Severity.CRITICAL
    with pytest.raises(ValueError, match="unknown severity"):
        Severity.parse("urgent")


@pytest.mark.parametrize(
    ("severities", "verdict"),
    [
        ([], Verdict.ALLOW),
        ([Severity.LOW], Verdict.ALLOW),
        ([Severity.MEDIUM], Verdict.WARN),
        ([Severity.LOW, Severity.HIGH], Verdict.BLOCK),
        ([Severity.CRITICAL], Verdict.BLOCK),
    ],
)
def test_default_verdicts(severities: list[Severity], verdict: Verdict) -> None:
    assert Policy().verdict("pkg", [_f(s) for s in severities]) is verdict


def test_allow_deny_and_integrity() -> None:
    pol = Policy(allow=("pkg",), deny=("evil-*",))
    assert pol.verdict("pkg", [_f(Severity.CRITICAL)]) is Verdict.ALLOW
    assert pol.verdict("Evil_Thing", []) is Verdict.BLOCK
    # a hash mismatch blocks whatever the allow list says
    assert pol.verdict("pkg", [_f(Severity.CRITICAL, check="integrity")]) is Verdict.BLOCK


def test_ignores_with_expiry() -> None:
    future = dt.date.today() + dt.timedelta(days=5)
    past = dt.date.today() - dt.timedelta(days=1)
    finding = _f(Severity.HIGH, rule="advisory", ids=["PYSEC-1", "CVE-1"])
    live = Policy(ignore=(Ignore("CVE-1", "not reachable", expires=future),))
    assert live.verdict("pkg", [finding]) is Verdict.ALLOW
    stale = Policy(ignore=(Ignore("CVE-1", "not reachable", expires=past),))
    assert stale.ignored(finding) is not None and stale.ignored(finding).expired()  # type: ignore[union-attr]
    assert stale.verdict("pkg", [finding]) is Verdict.BLOCK
    other = Policy(ignore=(Ignore("CVE-1", "x", package="other"),))
    assert other.verdict("pkg", [finding]) is Verdict.BLOCK


def test_policy_from_mapping_full() -> None:
    pol = from_mapping(
        {
            "fail-on": "critical",
            "warn-on": "low",
            "allow-sdist": ["Some_Pkg"],
            "cooldown-days": 3,
            "internal": ["acme-*"],
            "allow-root": True,
            "ignore": [{"id": "PYSEC-1", "reason": "vendored", "expires": "2030-01-01"}],
        },
        "test",
    )
    assert pol.fail_on is Severity.CRITICAL and pol.warn_on is Severity.LOW
    assert pol.sdist_allowed("some-pkg") and not pol.sdist_allowed("other")
    assert pol.is_internal("acme.billing") and not pol.is_internal("acmebilling")
    assert pol.ignore[0].expires == dt.date(2030, 1, 1)


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"nope": 1}, "not a pipwarden setting"),
        ({"allow-root": "yes"}, "must be true or false"),
        ({"cooldown-days": -1}, "whole number"),
        ({"cooldown-days": True}, "whole number"),
        ({"deny": [1]}, "list of project names"),
        ({"ignore": [{"id": "X"}]}, "needs a reason"),
        ({"ignore": [{"id": "X", "reason": "r", "expires": "soon"}]}, "must be a date"),
        ({"ignore": [{"id": "X", "reason": "r", "why": 1}]}, "unknown key"),
    ],
)
def test_policy_errors(data: dict[str, object], message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        from_mapping(data, "pipwarden.toml")


def test_policy_discovery(tmp_path: Path) -> None:
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    assert load(start=sub) == Policy()
    (tmp_path / "pyproject.toml").write_text("[tool.pipwarden]\ncooldown-days = 1\n")
    assert load(start=sub).cooldown_days == 1
    (tmp_path / "a" / "pipwarden.toml").write_text("cooldown-days = 2\n")
    assert load(start=sub).cooldown_days == 2


@pytest.mark.parametrize(
    ("index", "expected"),
    [
        ("https://pypi.org/simple/", "https://pypi.org/pypi/"),
        ("https://pypi.org/simple", "https://pypi.org/pypi/"),
        ("http://127.0.0.1:8080/mirror/simple/", "http://127.0.0.1:8080/mirror/pypi/"),
        ("https://example.invalid/packages/", None),
        ("file:///opt/pypi/simple", None),
    ],
)
def test_json_api_beside_the_index(index: str, expected: str | None) -> None:
    assert json_api_base(index) == expected


def test_display_url_hides_credentials() -> None:
    assert redact_url("https://user:secret@example.invalid/simple/") == (
        "https://example.invalid/simple/"
    )


def _tar(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for name, data in members.items():
            ti = tarfile.TarInfo(name)
            ti.size = len(data)
            tf.addfile(ti, io.BytesIO(data))
    return buf.getvalue()


def test_pkg_info_static_and_dynamic(tmp_path: Path) -> None:
    static = tmp_path / "a-1.0.tar.gz"
    static.write_bytes(
        _tar(
            {
                "a-1.0/PKG-INFO": b"Metadata-Version: 2.2\nName: a\nVersion: 1.0\n"
                b"Requires-Dist: b>=1\n\n",
                "a-1.0/vendor/x/PKG-INFO": b"Metadata-Version: 1.0\nName: x\n\n",
            }
        )
    )
    meta, notes = read_pkg_info(static)
    assert meta["Name"] == "a" and meta.get_all("Requires-Dist") == ["b>=1"]
    assert notes == ()
    wheel = write_stub_wheel(tmp_path, meta, "a")
    with zipfile.ZipFile(wheel) as zf:
        text = zf.read("a-1.0.dist-info/METADATA").decode()
    assert "Requires-Dist: b>=1" in text
    dynamic = tmp_path / "c-1.0.tar.gz"
    dynamic.write_bytes(
        _tar(
            {
                "c-1.0/PKG-INFO": b"Metadata-Version: 2.2\nName: c\nVersion: 1.0\nDynamic: Requires-Dist\n\n"
            }
        )
    )
    _meta, notes = read_pkg_info(dynamic)
    assert notes and "not static" in notes[0]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("junk-1.0.tar.gz", b"\x00not an archive", "not a readable source archive"),
        ("empty-1.0.tar.gz", None, "no PKG-INFO"),
        ("big-1.0.tar.gz", "big", "implausibly large"),
        ("bad-1.0.zip", b"PK\x03\x04broken", "not a readable source archive"),
    ],
)
def test_pkg_info_hostile_archives(tmp_path: Path, name: str, data: object, message: str) -> None:
    path = tmp_path / name
    if data is None:
        path.write_bytes(_tar({}))
    elif data == "big":
        path.write_bytes(_tar({"big-1.0/PKG-INFO": b"A" * (2 << 20)}))
    else:
        assert isinstance(data, bytes)
        path.write_bytes(data)
    with pytest.raises(PipwardenError, match=message):
        read_pkg_info(path)


def test_python_dash_m_and_version() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "pipwarden", "--version"], capture_output=True, text=True, check=True
    )
    assert __version__ in out.stdout


def _all_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        cmd = group.get_command(ctx, name)
        assert cmd is not None, name
        found.append((prefix + name, cmd))
        if isinstance(cmd, click.Group):
            found += _all_commands(cmd, prefix + name + " ")
    return found


def test_every_option_has_help() -> None:
    from pipwarden.cli import cli

    missing = []
    for name, cmd in _all_commands(cli):
        if not cmd.help:
            missing.append(f"{name}: no command help")
        for param in cmd.params:
            if isinstance(param, click.Option) and not param.help:
                missing.append(f"{name} {param.opts[0]}")
    assert missing == []


def test_help_lists_the_pipeline_commands(run_cli) -> None:  # type: ignore[no-untyped-def]
    res = run_cli("--help")
    assert res.exit_code == 0
    for command in ("check", "install", "venv"):
        assert command in res.stdout
    res = run_cli("install", "--help")
    for opt in (
        "--requirement",
        "--constraint",
        "--index-url",
        "--extra-index-url",
        "--find-links",
        "--pre",
        "--json-url",
        "--offline",
        "--dry-run",
        "--yes",
        "--allow-system",
        "--allow-root",
        "--fail-on",
        "--format",
    ):
        assert opt in res.stdout, opt


def test_pip_configuration_files_and_variables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipwarden.pipoptions import PipOptions, effective_indexes

    conf = tmp_path / "pip.conf"
    conf.write_text(
        "[global]\nindex-url = http://127.0.0.1:1/simple/\n"
        "[install]\nextra-index-url = http://127.0.0.1:2/simple/\n"
    )
    monkeypatch.setenv("PIP_CONFIG_FILE", str(conf))
    monkeypatch.setenv("XDG_CONFIG_DIRS", str(tmp_path / "none"))
    monkeypatch.setenv("HOME", str(tmp_path))
    assert effective_indexes(PipOptions()) == (
        "http://127.0.0.1:1/simple/",
        ["http://127.0.0.1:2/simple/"],
    )
    monkeypatch.setenv("PIP_INDEX_URL", "http://127.0.0.1:3/simple/")
    assert effective_indexes(PipOptions())[0] == "http://127.0.0.1:3/simple/"
    # options on the command line win over everything
    assert effective_indexes(PipOptions(index_url="http://127.0.0.1:4/simple/"))[0] == (
        "http://127.0.0.1:4/simple/"
    )


def test_parse_when() -> None:
    from pipwarden.pipoptions import parse_when

    now = dt.datetime(2026, 1, 10, tzinfo=dt.timezone.utc)
    assert parse_when("P7D", now) == dt.datetime(2026, 1, 3, tzinfo=dt.timezone.utc)
    assert parse_when("PT12H", now) == dt.datetime(2026, 1, 9, 12, tzinfo=dt.timezone.utc)
    assert parse_when("2025-05-01T00:00:00Z", now) == dt.datetime(
        2025, 5, 1, tzinfo=dt.timezone.utc
    )
    with pytest.raises(PipwardenError, match="neither an ISO 8601"):
        parse_when("last week", now)
