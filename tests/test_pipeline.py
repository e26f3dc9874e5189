"""End-to-end tests of `pipwarden check` / `install` against the local index."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from pipwarden import environment
from tests.support.builders import build_sdist, build_wheel
from tests.support.indexserver import LocalIndex

CANARY_SETUP = """\
from pathlib import Path
Path({marker!r}).write_text("setup.py ran")
from setuptools import setup
setup(name="wt-canary", version="1.0")
"""


def _args(index: LocalIndex, *more: str) -> list[str]:
    return ["--index-url", index.url, "--retries", "1", "--timeout", "5", *more]


@pytest.fixture
def small(index: LocalIndex) -> LocalIndex:
    """wt-app 1.0 -> wt-lib>=1; wt-lib 1.0 and 2.0; extra 'fast' -> wt-speedy."""
    index.add_dist(
        build_wheel("wt-app", "1.0", requires=["wt-lib>=1", 'wt-speedy; extra == "fast"'])
    )
    index.add_dist(build_wheel("wt-lib", "1.0"))
    index.add_dist(build_wheel("wt-lib", "2.0"))
    index.add_dist(build_wheel("wt-speedy", "0.1"))
    index.add_dist(build_wheel("wt-oldpy", "1.0", requires=['wt-lib; python_version < "3"']))
    return index


def _json(out: str) -> dict:
    return json.loads(out)


def test_check_vets_the_whole_closure(small: LocalIndex, run_cli, isolated: Path) -> None:
    res = run_cli("check", "wt-app", *_args(small), "--format", "json")
    assert res.exit_code == 0, res.stderr
    doc = _json(res.stdout)
    assert doc["verdict"] == "allow"
    got = {p["name"]: p for p in doc["packages"]}
    assert set(got) == {"wt-app", "wt-lib"}
    assert got["wt-lib"]["version"] == "2.0"
    assert got["wt-app"]["requested"] is True and got["wt-lib"]["requested"] is False
    served = {f.filename: f.sha256 for f in small.projects["wt-lib"].files}
    assert got["wt-lib"]["sha256"] == served["wt_lib-2.0-py3-none-any.whl"]
    # the artifact is in the content-addressed cache, verified
    cached = list((isolated / "cache" / "artifacts").rglob("wt_lib-2.0-py3-none-any.whl"))
    assert len(cached) == 1 and got["wt-lib"]["sha256"] in str(cached[0])


def test_extras_markers_and_constraints(small: LocalIndex, run_cli, tmp_path: Path) -> None:
    cons = tmp_path / "constraints.txt"
    cons.write_text("wt-lib==1.0\n")
    res = run_cli(
        "check", "wt-app[fast]", "wt-oldpy", "-c", str(cons), *_args(small), "--format", "json"
    )
    assert res.exit_code == 0, res.stderr
    got = {p["name"]: p["version"] for p in _json(res.stdout)["packages"]}
    assert got == {"wt-app": "1.0", "wt-lib": "1.0", "wt-speedy": "0.1", "wt-oldpy": "1.0"}


def test_requirements_file(small: LocalIndex, run_cli, tmp_path: Path) -> None:
    req = tmp_path / "requirements.txt"
    req.write_text("# comment\nwt-app==1.0  # trailing\n\nwt-lib<2\n")
    res = run_cli("check", "-r", str(req), *_args(small), "--format", "json")
    assert res.exit_code == 0, res.stderr
    got = {p["name"]: p["version"] for p in _json(res.stdout)["packages"]}
    assert got == {"wt-app": "1.0", "wt-lib": "1.0"}


def test_text_output_is_a_table(small: LocalIndex, run_cli) -> None:
    res = run_cli("check", "wt-app", *_args(small))
    assert res.exit_code == 0
    assert "package" in res.stdout and "verdict" in res.stdout
    assert "wt-lib" in res.stdout and "allow" in res.stdout


def _canary(index: LocalIndex, marker: Path) -> None:
    index.add_dist(
        build_sdist(
            "wt-canary",
            "1.0",
            requires=["wt-lib"],
            setup_py=CANARY_SETUP.format(marker=str(marker)),
        )
    )
    index.add_dist(build_wheel("wt-lib", "1.0"))
    index.add_dist(build_wheel("wt-needs-canary", "1.0", requires=["wt-canary>=1"]))


def test_sdist_is_blocked_and_never_built(index: LocalIndex, run_cli, tmp_path: Path) -> None:
    marker = tmp_path / "canary-ran"
    _canary(index, marker)
    res = run_cli("check", "wt-needs-canary", *_args(index), "--format", "json")
    assert res.exit_code == 1, res.stderr
    doc = _json(res.stdout)
    pkgs = {p["name"]: p for p in doc["packages"]}
    # the whole closure is known, through the sdist's static metadata
    assert set(pkgs) == {"wt-needs-canary", "wt-canary", "wt-lib"}
    canary = pkgs["wt-canary"]
    assert canary["kind"] == "sdist" and canary["verdict"] == "block"
    assert canary["artifact"] == "wt_canary-1.0.tar.gz"
    rules = [f["rule"] for f in canary["findings"]]
    assert "sdist.only-source" in rules
    assert "only a source distribution" in canary["findings"][0]["message"]
    assert doc["verdict"] == "block"
    assert not marker.exists()


def test_install_never_builds_a_blocked_sdist(index: LocalIndex, run_cli, tmp_path: Path) -> None:
    marker = tmp_path / "canary-ran"
    _canary(index, marker)
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-canary", *_args(index), "--allow-root", "--yes")
    assert res.exit_code == 1
    assert "nothing was installed" in res.stderr
    assert not marker.exists()
    assert not list(venv.rglob("wt_canary*"))


def test_allowed_sdist_warns_and_waits_for_the_user(
    index: LocalIndex, run_cli, tmp_path: Path
) -> None:
    marker = tmp_path / "canary-ran"
    _canary(index, marker)
    (tmp_path / "pipwarden.toml").write_text('allow-sdist = ["wt-canary"]\n')
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-canary", *_args(index), "--allow-root")
    # stdin is not a terminal and there is no --yes: the warning stops the install
    assert res.exit_code == 1
    assert "sdist.allowed" in res.stdout
    assert "--yes" in res.stderr
    assert not marker.exists()
    assert not list(venv.rglob("wt_canary*"))
    res = run_cli("check", "wt-canary", *_args(index), "--format", "json")
    assert res.exit_code == 0
    assert _json(res.stdout)["verdict"] == "warn"
    assert not marker.exists()


def test_install_puts_exactly_the_vetted_set_in_the_venv(
    small: LocalIndex, run_cli, tmp_path: Path
) -> None:
    venv = tmp_path / "env"
    res = run_cli("venv", str(venv))
    assert res.exit_code == 0, res.stderr
    res = run_cli("install", "-p", str(venv), "wt-app", *_args(small), "--allow-root")
    assert res.exit_code == 0, res.stderr
    site = next(venv.glob("lib/python*/site-packages"))
    dists = sorted(p.name for p in site.glob("*.dist-info"))
    assert dists == ["wt_app-1.0.dist-info", "wt_lib-2.0.dist-info"]
    # what pip recorded as the source is the vetted, cached artifact
    direct = json.loads((site / "wt_lib-2.0.dist-info" / "direct_url.json").read_text())
    assert "/artifacts/" in direct["url"]


def test_install_dry_run_installs_nothing(small: LocalIndex, run_cli, tmp_path: Path) -> None:
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-app", *_args(small), "--dry-run")
    assert res.exit_code == 0, res.stderr
    assert "would change" in res.stderr and "install  wt-lib 2.0" in res.stderr
    assert not list(venv.rglob("wt_app-1.0.dist-info"))


def test_install_refuses_outside_a_venv(
    small: LocalIndex, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(environment, "is_root", lambda: False)
    system_python = Path(sys.base_prefix) / "bin" / "python3"
    if not system_python.exists():
        pytest.skip("no base interpreter to point at")
    res = run_cli("install", "-p", str(system_python), "wt-app", *_args(small))
    assert res.exit_code == 2
    assert "not a virtual environment" in res.stderr and "pipwarden venv" in res.stderr
    assert "--allow-system" in res.stderr
    assert small.requests["/simple/wt-app/"] == 0  # refused before anything else happened


def test_install_refuses_as_root(
    small: LocalIndex, run_cli, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(environment, "is_root", lambda: True)
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-app", *_args(small))
    assert res.exit_code == 2
    assert "refusing to install as root" in res.stderr and "--allow-root" in res.stderr
    assert not list(venv.rglob("*.dist-info"))
    # the policy can allow it, for containers
    (tmp_path / "pipwarden.toml").write_text("allow-root = true\n")
    res = run_cli("install", "-p", str(venv), "wt-app", *_args(small))
    assert res.exit_code == 0, res.stderr
    assert list(venv.rglob("wt_app-1.0.dist-info"))


def test_tampered_artifact_is_blocked(index: LocalIndex, run_cli, isolated: Path) -> None:
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib"]))
    index.add_dist(build_wheel("wt-lib", "1.0"), tamper=True)
    res = run_cli("check", "wt-app", *_args(index), "--format", "json")
    assert res.exit_code == 1, res.stderr
    pkgs = {p["name"]: p for p in _json(res.stdout)["packages"]}
    assert pkgs["wt-lib"]["verdict"] == "block"
    assert pkgs["wt-lib"]["findings"][0]["rule"] == "integrity.hash-mismatch"
    assert pkgs["wt-app"]["verdict"] == "allow"
    assert not list((isolated / "cache").rglob("wt_lib-1.0*.whl"))


def test_cut_off_download_leaves_no_partial_file(
    index: LocalIndex, run_cli, isolated: Path
) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"), truncate=True)
    res = run_cli("check", "wt-lib", *_args(index))
    assert res.exit_code == 2
    assert "could not fetch" in res.stderr and "wt_lib-1.0" in res.stderr
    leftovers = [p for p in (isolated / "cache").rglob("*") if p.is_file()]
    assert leftovers == []


def test_unknown_project(small: LocalIndex, run_cli) -> None:
    res = run_cli("check", "wt-no-such-thing", *_args(small))
    assert res.exit_code == 2
    assert "no such project" in res.stderr and "wt-no-such-thing" in res.stderr
    assert "Traceback" not in res.stderr
    res = run_cli("check", "reqeusts", *_args(small))
    assert res.exit_code == 2
    assert "no such project" in res.stderr and "did you mean requests?" in res.stderr


def test_unknown_version(small: LocalIndex, run_cli) -> None:
    res = run_cli("check", "wt-lib==9.9", *_args(small))
    assert res.exit_code == 2
    assert "no version of wt-lib matches ==9.9" in res.stderr
    assert "2.0" in res.stderr


def test_malformed_requirements_line_names_file_and_line(
    small: LocalIndex, run_cli, tmp_path: Path
) -> None:
    req = tmp_path / "req.txt"
    req.write_text("wt-app\nlib >>> 2\n")
    res = run_cli("check", "-r", str(req), *_args(small))
    assert res.exit_code == 2
    assert f"{req}:2:" in res.stderr
    assert res.stderr.count("\n") == 1


def test_malformed_spec_on_the_command_line(small: LocalIndex, run_cli) -> None:
    res = run_cli("check", "wt-lib===", *_args(small))
    assert res.exit_code == 2 and "invalid requirement" in res.stderr


def test_missing_requirements_file(run_cli) -> None:
    res = run_cli("check", "-r", "nope.txt")
    assert res.exit_code == 2 and "no such requirements file: nope.txt" in res.stderr


def test_nothing_to_vet_is_a_usage_error(run_cli) -> None:
    res = run_cli("check")
    assert res.exit_code == 2 and "nothing to vet" in res.stderr


def test_unreachable_index(run_cli) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    url = f"http://127.0.0.1:{port}/simple/"
    res = run_cli("check", "wt-app", "--index-url", url, "--retries", "1", "--timeout", "2")
    assert res.exit_code == 2
    assert "cannot reach" in res.stderr and f"127.0.0.1:{port}" in res.stderr
    assert "Traceback" not in res.stderr


def test_index_answering_errors(small: LocalIndex, run_cli) -> None:
    small.down = True
    res = run_cli("check", "wt-app", *_args(small))
    assert res.exit_code == 2
    assert "HTTP 503" in res.stderr


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fail-on = 'high'\ncolour = 'red'\n", "key 'colour' is not a pipwarden setting"),
        ("cooldown-days = 'seven'\n", "key 'cooldown-days' must be a whole number"),
        ("allow-sdist = 'wt-canary'\n", "key 'allow-sdist' must be a list"),
        ("fail-on = 'bad'\n", "unknown severity 'bad'"),
        ("fail-on = \n", "not valid TOML"),
    ],
)
def test_bad_policy_file(
    small: LocalIndex, run_cli, tmp_path: Path, text: str, expected: str
) -> None:
    (tmp_path / "pipwarden.toml").write_text(text)
    res = run_cli("check", "wt-app", *_args(small))
    assert res.exit_code == 2
    assert expected in res.stderr and "pipwarden.toml" in res.stderr


def test_policy_in_pyproject(index: LocalIndex, run_cli, tmp_path: Path) -> None:
    _canary(index, tmp_path / "marker")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.pipwarden]\nallow-sdist = ["wt-canary"]\n'
    )
    res = run_cli("check", "wt-canary", *_args(index), "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert _json(res.stdout)["verdict"] == "warn"


def test_deny_list_blocks(small: LocalIndex, run_cli, tmp_path: Path) -> None:
    (tmp_path / "pipwarden.toml").write_text('deny = ["wt-lib"]\n')
    res = run_cli("check", "wt-app", *_args(small), "--format", "json")
    assert res.exit_code == 1
    verdicts = {p["name"]: p["verdict"] for p in _json(res.stdout)["packages"]}
    assert verdicts == {"wt-app": "allow", "wt-lib": "block"}


def test_offline_uses_only_the_cache(small: LocalIndex, run_cli) -> None:
    res = run_cli("check", "wt-lib==9.9", "--offline")
    assert res.exit_code == 2 and "offline" in res.stderr
    res = run_cli("check", "wt-app", *_args(small), "--format", "json")
    assert res.exit_code == 0
    small.down = True
    res = run_cli("check", "wt-app", "--offline", "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert {p["name"] for p in _json(res.stdout)["packages"]} == {"wt-app", "wt-lib"}
    res = run_cli("check", "wt-speedy", "--offline")
    assert res.exit_code == 2
    assert "offline" in res.stderr and "wt-speedy" in res.stderr


def test_pip_configuration_is_respected(
    small: LocalIndex, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIP_INDEX_URL", small.url)
    res = run_cli("check", "wt-app", "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert small.requests["/simple/wt-app/"] >= 1


def test_find_links_folder(run_cli, tmp_path: Path) -> None:
    links = tmp_path / "wheels"
    links.mkdir()
    name, data = build_wheel("wt-solo", "1.0")
    (links / name).write_bytes(data)
    res = run_cli("check", "wt-solo", "--no-index", "-f", str(links), "--format", "json")
    assert res.exit_code == 0, res.stderr
    assert _json(res.stdout)["packages"][0]["artifact"] == name


def test_artifact_pure_checks_are_cached_by_hash(
    small: LocalIndex, run_cli, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipwarden import vet as vet_mod
    from pipwarden.checks import Check
    from pipwarden.findings import Finding, Severity

    calls: list[str] = []

    def run(candidate, ctx):  # type: ignore[no-untyped-def]
        calls.append(candidate.name)
        return [Finding("code", "demo.rule", Severity.MEDIUM, "seen", package=candidate.name)]

    monkeypatch.setattr(vet_mod, "registry", lambda: [Check("code", run, cache_version="test-1")])
    for _ in range(2):
        res = run_cli("check", "wt-app", *_args(small), "--format", "json")
        assert res.exit_code == 0, res.stderr
        doc = _json(res.stdout)
        assert doc["verdict"] == "warn"
        assert all(p["findings"][0]["rule"] == "demo.rule" for p in doc["packages"])
    assert sorted(calls) == ["wt-app", "wt-lib"]  # the second run came from the cache


IN_TREE_BACKEND = """\
import base64, hashlib, zipfile
from pathlib import Path

MARKER = {marker!r}
FILES = {{
    "wt_canary/__init__.py": b"",
    "wt_canary-1.0.dist-info/METADATA": b"Metadata-Version: 2.1\\nName: wt-canary\\nVersion: 1.0\\n\\n",
    "wt_canary-1.0.dist-info/WHEEL": b"Wheel-Version: 1.0\\nGenerator: t\\nRoot-Is-Purelib: true\\nTag: py3-none-any\\n",
}}


def get_requires_for_build_wheel(config_settings=None):
    return []


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    Path(MARKER).write_text("built at install time")
    name = "wt_canary-1.0-py3-none-any.whl"
    rows = []
    for path, data in FILES.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rows.append(f"{{path}},sha256={{digest}},{{len(data)}}")
    rows.append("wt_canary-1.0.dist-info/RECORD,,")
    with zipfile.ZipFile(Path(wheel_directory) / name, "w") as zf:
        for path, data in FILES.items():
            zf.writestr(path, data)
        zf.writestr("wt_canary-1.0.dist-info/RECORD", "\\n".join(rows) + "\\n")
    return name
"""


def test_allowed_sdist_is_built_only_at_install_after_consent(
    index: LocalIndex, run_cli, tmp_path: Path
) -> None:
    """The one moment package code may run: pip building an allowed sdist, after --yes."""
    marker = tmp_path / "built"
    filename, data = build_sdist(
        "wt-canary",
        "1.0",
        files={
            "backend.py": IN_TREE_BACKEND.format(marker=str(marker)),
            "pyproject.toml": '[build-system]\nrequires = []\nbuild-backend = "backend"\n'
            'backend-path = ["."]\n',
        },
    )
    index.add(filename, data)
    (tmp_path / "pipwarden.toml").write_text('allow-sdist = ["wt-canary"]\n')
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-canary", *_args(index), "--dry-run")
    assert res.exit_code == 0, res.stderr
    assert not marker.exists()  # vetting and planning never build it
    res = run_cli("install", "-p", str(venv), "wt-canary", *_args(index), "--allow-root", "--yes")
    assert res.exit_code == 0, res.stderr
    assert marker.exists()  # pip built it inside the target, after consent
    assert list(venv.rglob("wt_canary-1.0.dist-info"))


def test_uploaded_prior_to_prefers_an_older_release(index: LocalIndex, run_cli) -> None:
    import datetime as dt

    index.add_dist(
        build_wheel("wt-lib", "1.0"), upload_time=dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
    )
    index.add_dist(
        build_wheel("wt-lib", "2.0"), upload_time=dt.datetime(2025, 6, 1, tzinfo=dt.timezone.utc)
    )
    res = run_cli(
        "check", "wt-lib", *_args(index), "--uploaded-prior-to", "2025-01-01", "--format", "json"
    )
    assert res.exit_code == 0, res.stderr
    assert _json(res.stdout)["packages"][0]["version"] == "1.0"
    res = run_cli("check", "wt-lib", *_args(index), "--format", "json")
    assert _json(res.stdout)["packages"][0]["version"] == "2.0"
    res = run_cli("check", "wt-lib", *_args(index), "--uploaded-prior-to", "soon")
    assert res.exit_code == 2 and "uploaded-prior-to" in res.stderr


def test_trust_file_option_compares_publishers(
    small: LocalIndex, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    small.set_roles("wt-lib", [{"role": "Owner", "user": "alice"}])
    res = run_cli("check", "wt-app", *_args(small), "--format", "json")
    assert res.exit_code == 0, res.stderr
    reviewed = tmp_path / "reviewed" / "trust.json"
    reviewed.parent.mkdir()
    assert run_cli("trust", "export", "-o", str(reviewed)).exit_code == 0
    # a new owner appears; the cached evidence is refreshed by a new home
    small.set_roles(
        "wt-lib", [{"role": "Owner", "user": "alice"}, {"role": "Owner", "user": "mallory"}]
    )
    monkeypatch.setenv("PIPWARDEN_HOME", str(tmp_path / "fresh-home"))
    res = run_cli("check", "wt-app", *_args(small), "--trust", str(reviewed), "--format", "json")
    assert res.exit_code == 1, res.stderr
    lib = next(p for p in _json(res.stdout)["packages"] if p["name"] == "wt-lib")
    assert "publishers.owner-added" in [f["rule"] for f in lib["findings"]]
    assert lib["verdict"] == "block"


def test_sdist_without_pkg_info_is_still_judged(index: LocalIndex, run_cli) -> None:
    import io
    import tarfile

    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        data = b"raise SystemExit('never run')\n"
        ti = tarfile.TarInfo("wt_old-0.9/setup.py")
        ti.size = len(data)
        tf.addfile(ti, io.BytesIO(data))
    index.add("wt_old-0.9.tar.gz", buf.getvalue())
    res = run_cli("check", "wt-old", *_args(index), "--format", "json")
    assert res.exit_code == 1, res.stderr
    (pkg,) = _json(res.stdout)["packages"]
    assert (pkg["name"], pkg["version"], pkg["kind"]) == ("wt-old", "0.9", "sdist")
    rules = {f["rule"] for f in pkg["findings"]}
    assert {"sdist.only-source", "sdist.dynamic-dependencies"} <= rules


def test_a_started_resolution_is_stopped_and_cleaned_when_abandoned(small: LocalIndex) -> None:
    from pipwarden.pipoptions import PipOptions
    from pipwarden.resolve import Resolver

    resolver = Resolver(PipOptions(requirements=("wt-app",), index_url=small.url), None)
    resolver.start()
    assert resolver._first is not None and resolver._tmp is not None
    popen, tmp = resolver._first[1], resolver._tmp
    resolver.close()
    assert popen.poll() is not None  # pip is not left running
    assert not tmp.exists()
    # and a started resolution is collected by resolve()
    resolver = Resolver(PipOptions(requirements=("wt-app",), index_url=small.url), None)
    resolver.start()
    tmp = resolver._tmp
    names = sorted(p.name for p in resolver.resolve().packages)
    assert names == ["wt-app", "wt-lib"] and tmp is not None and not tmp.exists()
