"""pip's flags on `install`/`check`, the target `install` needs, the plan's consistency
check and resolution over a target without running any of its code (one pip run)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import click
import pytest
from click.testing import CliRunner

from pipwarden import environment
from pipwarden.cli.options import StrictCommand
from pipwarden.install import conflicts, make_plan
from pipwarden.installed import Present
from pipwarden.pipoptions import PipOptions
from pipwarden.pipview import already_satisfied
from pipwarden.resolve import Resolution, Resolved
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex


def test_install_needs_a_target(run_cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("VIRTUAL_ENV", raising=False)
    res = run_cli("install", "wt-app", "--index-url", "http://127.0.0.1:9/simple/")
    assert res.exit_code == 2
    assert "no environment to install into" in res.stderr
    assert "-p PATH" in res.stderr and "pipwarden venv .venv" in res.stderr
    # --allow-system does not make pipwarden's own environment the default either
    res = run_cli("install", "wt-app", "--allow-system", "--index-url", "http://127.0.0.1:9/")
    assert res.exit_code == 2 and "no environment to install into" in res.stderr


def test_an_active_venv_is_the_target(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    venv = tmp_path / "env"
    environment.create_venv(venv)
    monkeypatch.setenv("VIRTUAL_ENV", str(venv))
    assert environment.install_target(None).venv == venv.absolute()


@pytest.mark.parametrize(
    ("args", "reason"),
    [
        (["install", "--user"], "--user installs into the user's site-packages"),
        (["install", "--no-binary", ":all:"], "--no-binary makes pip build from source"),
        (["check", "--no-binary", "wt-app"], "--no-binary makes pip build from source"),
    ],
)
def test_flags_that_contradict_the_guard_are_refused(
    run_cli, tmp_path: Path, args: list[str], reason: str
) -> None:
    res = run_cli(*args, "-p", str(tmp_path), "wt-app", "--index-url", "http://127.0.0.1:9/")
    assert res.exit_code == 2
    assert reason in res.stderr and len(res.stderr.strip().splitlines()) == 1


def test_unknown_options_suggest_only_near_identical_ones(run_cli) -> None:
    @click.command(cls=StrictCommand)
    @click.option("--trust")
    @click.option("--no-index", is_flag=True)
    def cmd(trust: str | None, no_index: bool) -> None:
        """A command with options close to pip's."""

    runner = CliRunner()
    res = runner.invoke(cmd, ["--trusted-host", "x"])
    assert res.exit_code == 2 and "--trusted-host" in res.output and "--trust?" not in res.output
    res = runner.invoke(cmd, ["--index", "x"])
    assert "did you mean" not in res.output  # not the opposite of what was typed
    res = runner.invoke(cmd, ["--trustt", "x"])
    assert "did you mean --trust?" in res.output
    res = run_cli("install", "--no-dep", "x")
    assert res.exit_code == 2 and "did you mean --no-deps?" in res.stderr


def test_pip_flags_reach_pip_with_pips_meaning() -> None:
    options = PipOptions(
        upgrade=True, upgrade_strategy="eager", force_reinstall=True, no_deps=True,
        prefer_binary=True, no_cache_dir=True, trusted_hosts=("mirror.example:8443",),
        only_binary=("wt-lib",),
    )  # fmt: skip
    assert options.plan_args() == [
        "--upgrade", "--upgrade-strategy", "eager", "--force-reinstall", "--no-deps",
        "--prefer-binary",
    ]  # fmt: skip
    assert options.session_args() == ["--trusted-host", "mirror.example:8443", "--no-cache-dir"]
    assert options.wheels_only("WT_Lib") and not options.wheels_only("wt-app")
    assert PipOptions(only_binary=(":all:",)).wheels_only("anything")
    assert PipOptions().plan_args() == [] and PipOptions().session_args() == []


def _resolved(name: str, version: str, requires: list[str]) -> Resolved:
    meta = {"name": name, "version": version, "requires_dist": requires}
    return Resolved(name, version, "", f"{name}.whl", None, True, meta, False)


ENV = {"python_version": "3.11", "sys_platform": "linux", "platform_system": "Linux"}


def test_the_plan_is_refused_only_when_it_breaks_something() -> None:
    installed = {
        "django": Present("Django", "5.2", ("asgiref>=3.8.1", "sqlparse>=0.3.1")),
        "asgiref": Present("asgiref", "3.8.1", ()),
        "sqlparse": Present("sqlparse", "0.5.0", ()),
        # already broken before: not this plan's doing, not reported (as pip does)
        "old": Present("old", "1.0", ("missing-thing",)),
    }
    res = Resolution([_resolved("asgiref", "3.7.2", [])], environment=ENV)
    plan = make_plan(res, installed)
    assert [(c.action, c.from_, c.to) for c in plan.changes] == [("downgrade", "3.8.1", "3.7.2")]
    assert conflicts(res, installed, plan) == [
        "Django 5.2 requires asgiref>=3.8.1, but the plan leaves asgiref 3.7.2, "
        "which is incompatible"
    ]
    # a new package whose dependency is neither planned nor installed
    res = Resolution([_resolved("app", "1.0", ["lib>=1", 'win; sys_platform == "win32"',
                                               'fast; extra == "speed"'])], environment=ENV)  # fmt: skip
    assert conflicts(res, installed, make_plan(res, installed)) == [
        "app 1.0 requires lib>=1, which is not installed"
    ]
    # an upgrade that still satisfies every dependent is fine
    res = Resolution([_resolved("asgiref", "3.9", [])], environment=ENV)
    plan = make_plan(res, installed)
    assert plan.changes[0].action == "upgrade" and conflicts(res, installed, plan) == []


def test_already_satisfied_is_read_from_pips_words() -> None:
    out = (
        "Requirement already satisfied: rich in ./env/lib/python3.11/site-packages (15.0.0)\n"
        "Requirement already satisfied: mdurl~=0.1 in /x/site-packages "
        "(from markdown-it-py>=2.2.0->rich) (0.1.2)\n"
        "Requirement already satisfied: click in /x/site-packages (8.1.3)\n"
        "Collecting click\n"
    )
    # click is upgraded by the plan: not "already satisfied" in the end
    assert already_satisfied(out, {"click"}) == [("mdurl", "0.1.2"), ("rich", "15.0.0")]


def test_resolution_reads_the_target_but_runs_none_of_its_code(
    index: LocalIndex, run_cli, tmp_path: Path
) -> None:
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib>=1"]))
    index.add_dist(build_wheel("wt-lib", "1.0"))
    index.add_dist(build_wheel("wt-lib", "2.0"))
    venv = tmp_path / "env"
    environment.create_venv(venv)
    site = environment.site_packages(environment.find_target(str(venv)))[0]
    marker = tmp_path / "ran"
    plant = f"open({str(marker)!r}, 'a').write(__name__ + '\\n')\n"
    # modules pip would import if it could (optional dependencies of its vendored libraries)
    for module in ("brotli", "brotlicffi", "simplejson", "keyring", "truststore", "socks"):
        (site / f"{module}.py").write_text(plant)
    (site / "zz-canary.pth").write_text(f"import os; {plant}")
    info = site / "wt_lib-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: wt-lib\nVersion: 1.0\n")
    (info / "RECORD").write_text("")
    res = run_cli(
        "install", "-p", str(venv), "wt-app", "--dry-run", "--index-url", index.url,
        "--retries", "0", "--format", "json",
    )  # fmt: skip
    assert res.exit_code == 0, res.stderr
    assert not marker.exists(), marker.read_text()
    import json

    doc = json.loads(res.stdout)
    assert doc["plan"]["already_satisfied"] == [{"name": "wt-lib", "from": "1.0", "to": "1.0"}]
    assert [p["name"] for p in doc["packages"]] == ["wt-app"]


def test_the_requests_hashes_must_match_what_is_fetched(
    index: LocalIndex, run_cli, tmp_path: Path
) -> None:
    import json

    app = index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib"]))
    lib = index.add_dist(build_wheel("wt-lib", "1.0"))
    req = tmp_path / "requirements.txt"
    req.write_text(f"wt-app==1.0 --hash=sha256:{'0' * 64}\nwt-lib==1.0 --hash=sha256:{lib}\n")
    common = ["--index-url", index.url, "--retries", "0", "--format", "json"]
    res = run_cli("check", "-r", str(req), *common)
    assert res.exit_code == 1, res.stderr
    pkgs = {p["name"]: p for p in json.loads(res.stdout)["packages"]}
    assert pkgs["wt-app"]["verdict"] == "block" and pkgs["wt-lib"]["verdict"] == "allow"
    finding = pkgs["wt-app"]["findings"][0]
    assert finding["rule"] == "integrity.hash-mismatch" and finding["severity"] == "critical"
    assert app in finding["evidence"] and "0" * 64 in finding["evidence"]
    # --require-hashes: every requirement needs its hashes, with pip's words and names
    req.write_text("wt-app==1.0\n")
    res = run_cli("check", "--require-hashes", "-r", str(req), *common)
    assert res.exit_code == 2
    assert "missing from some requirements: wt-app==1.0 --hash=sha256:" + app in res.stderr


def test_find_links_folder_with_only_sdists_is_an_index_with_only_sdists(
    run_cli, tmp_path: Path
) -> None:
    import json

    from tests.support.builders import build_sdist

    marker = tmp_path / "built"
    links = tmp_path / "links"
    links.mkdir()
    setup = f"open({str(marker)!r}, 'w').write('setup.py ran')\n"
    for name, data in (
        build_sdist("wt-canary", "1.0", requires=["wt-lib"], setup_py=setup),
        build_wheel("wt-lib", "1.0"),
    ):
        (links / name).write_bytes(data)
    common = ["--no-index", "-f", str(links), "--retries", "0", "--format", "json"]
    res = run_cli("check", "wt-canary", *common)
    assert res.exit_code == 1, res.stderr
    pkgs = {p["name"]: p for p in json.loads(res.stdout)["packages"]}
    assert set(pkgs) == {"wt-canary", "wt-lib"}
    canary = pkgs["wt-canary"]
    assert canary["kind"] == "sdist" and canary["verdict"] == "block"
    assert canary["artifact"] == "wt_canary-1.0.tar.gz" and canary["sha256"]
    assert "sdist.only-source" in {f["rule"] for f in canary["findings"]}
    assert not marker.exists()
    # --only-binary: pip's meaning, no source fallback at all
    res = run_cli("check", "wt-canary", "--only-binary", ":all:", *common)
    assert res.exit_code == 2 and "--only-binary forbids its source distribution" in res.stderr


def test_no_deps_vets_and_plans_exactly_the_named_set(
    index: LocalIndex, run_cli, tmp_path: Path
) -> None:
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib>=1"]))
    index.add_dist(build_wheel("wt-lib", "1.0"))
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli(
        "install", "-p", str(venv), "wt-app", "--no-deps", "-q", "--dry-run",
        "--index-url", index.url, "--retries", "0",
        # accepted with pip's meaning (pip gets them too)
        "--trusted-host", "127.0.0.1", "--no-cache-dir", "--prefer-binary",
        "--upgrade-strategy", "eager", "-U",
    )  # fmt: skip
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""  # -q: no table when nothing needs attention
    assert "1 to install" in res.stderr and "install  wt-app 1.0" in res.stderr
    assert "wt-lib" not in res.stderr
    assert index.requests["/simple/wt-lib/"] == 0


# -- --trusted-host against an index whose certificate nobody signed ------------


@pytest.fixture
def https_index(tmp_path: Path) -> Iterator[LocalIndex]:
    """A local index over HTTPS with a self-signed certificate for 127.0.0.1."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("needs the openssl command to make a certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True,
    )  # fmt: skip
    server = LocalIndex(tls=(cert, key))
    server.add_dist(build_wheel("wt-app", "1.0"))
    try:
        yield server
    finally:
        server.close()


def test_trusted_host_reaches_an_index_with_a_self_signed_certificate(
    https_index: LocalIndex, run_cli: Any
) -> None:
    args = ["--index-url", https_index.url, "--retries", "0", "--timeout", "5"]
    res = run_cli("check", "wt-app", *args, "--format", "json")
    # unverified: fails closed, with one line that says why
    assert res.exit_code == 2, res.stdout + res.stderr
    assert "Traceback" not in res.stderr and "certificate" in res.stderr.lower(), res.stderr
    assert "--trusted-host 127.0.0.1" in res.stderr and len(res.stderr.splitlines()) == 1
    res = run_cli("check", "wt-app", *args, "--trusted-host", "127.0.0.1", "--format", "json")
    assert res.exit_code == 0, res.stdout + res.stderr
    doc = json.loads(res.stdout)
    assert [(p["name"], p["version"]) for p in doc["packages"]] == [("wt-app", "1.0")]


def test_a_request_hash_of_another_algorithm_is_checked_against_the_bytes(tmp_path: Path) -> None:
    import hashlib

    from pipwarden.vet import _matches

    path = tmp_path / "x-1.0-py3-none-any.whl"
    path.write_bytes(b"wheel bytes")
    sha256 = hashlib.sha256(b"wheel bytes").hexdigest()
    sha512 = hashlib.sha512(b"wheel bytes").hexdigest()
    assert _matches(path, sha256, (f"sha512:{sha512}",))
    assert _matches(
        path, sha256, ("sha256:" + "0" * 64, f"sha384:{hashlib.sha384(b'wheel bytes').hexdigest()}")
    )
    assert not _matches(path, sha256, ("sha512:" + "0" * 128, "md5:" + "0" * 32))
