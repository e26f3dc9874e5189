"""The canary suite: no request form makes pipwarden (or the pip it drives) build anything.

Every canary project would create a marker file the moment any of its build
code ran: ``setup.py``, an in-tree PEP 517 backend (``backend-path``) and a
Hatch build hook. A positive control shows the canaries are live (plain pip
runs them); then every form a request can take goes through `check` and
`install --dry-run`, and the test asserts that no marker exists, that pip never
asked the index for a build backend, and what the outcome was (vetted, blocked
or refused).
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from pipwarden.environment import create_venv
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex

ROUTES = ("setup.py", "backend", "hatch")

_MARK = "from pathlib import Path as _P\n_P({marker!r}).write_text('build code ran')\n"


def canary_project(root: Path, route: str, marker: Path, name: str = "wt-canary") -> Path:
    """A project folder whose build code, by `route`, writes `marker`."""
    folder = root / route.replace(".", "") / name
    (folder / "wt_canary").mkdir(parents=True)
    (folder / "wt_canary" / "__init__.py").write_text("VALUE = 1\n")
    mark = _MARK.format(marker=str(marker))
    static = f'[project]\nname = "{name}"\nversion = "1.0"\ndependencies = ["wt-lib>=1"]\n'
    if route == "setup.py":
        (folder / "setup.py").write_text(
            mark + f"from setuptools import setup\nsetup(name={name!r}, version='1.0')\n"
        )
    elif route == "backend":
        (folder / "pyproject.toml").write_text(
            '[build-system]\nrequires = []\nbuild-backend = "canary_backend"\n'
            'backend-path = ["."]\n\n' + static
        )
        (folder / "canary_backend.py").write_text(
            mark + "def get_requires_for_build_wheel(config_settings=None):\n    return []\n"
        )
    else:
        (folder / "pyproject.toml").write_text(
            '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n\n'
            + static
            + "\n[tool.hatch.build.hooks.custom]\n"
        )
        (folder / "hatch_build.py").write_text(
            mark + "from hatchling.builders.hooks.plugin.interface import BuildHookInterface\n"
            "class CustomHook(BuildHookInterface):\n    pass\n"
        )
    return folder


def as_sdist(folder: Path, out: Path, fmt: str = "tar.gz") -> Path:
    """The folder as a source archive (with a root folder, as sdists have)."""
    root = "wt_canary-1.0"
    out.mkdir(parents=True, exist_ok=True)
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    if fmt == "zip":
        path = out / f"{root}.zip"
        with zipfile.ZipFile(path, "w") as zf:
            for p in files:
                zf.write(p, f"{root}/{p.relative_to(folder).as_posix()}")
        return path
    path = out / f"{root}.tar.gz"
    with tarfile.open(path, "w:gz") as tf:
        for p in files:
            tf.add(p, f"{root}/{p.relative_to(folder).as_posix()}")
    return path


@pytest.fixture
def served(index: LocalIndex) -> LocalIndex:
    index.add_dist(build_wheel("wt-lib", "1.0"))
    return index


@pytest.fixture(scope="module")
def target(tmp_path_factory: pytest.TempPathFactory) -> Path:
    venv = tmp_path_factory.mktemp("target") / "venv"
    create_venv(venv)
    return venv


def _common(index: LocalIndex) -> list[str]:
    return ["--index-url", index.url, "--retries", "0", "--timeout", "5", "--format", "json"]


def _no_build(index: LocalIndex, marker: Path) -> None:
    assert not marker.exists(), "a build ran while vetting"
    asked = {p for p in index.requests if p.startswith("/simple/")}
    assert not asked & {"/simple/setuptools/", "/simple/hatchling/", "/simple/wheel/"}, asked


Runner = Callable[..., object]


def _run(run_cli: Runner, command: str, target: Path, *args: str) -> object:
    if command == "install":
        return run_cli("install", "--dry-run", "-p", str(target), *args)
    return run_cli("check", *args)


def _packages(res: object) -> dict[str, dict[str, object]]:
    doc = json.loads(res.stdout)  # type: ignore[attr-defined]
    return {p["name"]: p for p in doc["packages"]}


# ---------------------------------------------------------------- positive control


def test_the_canaries_are_live(tmp_path: Path, served: LocalIndex) -> None:
    """Plain pip, given the folder, runs the in-tree backend and asks for setuptools/hatchling."""
    marker = tmp_path / "marker"
    folder = canary_project(tmp_path, "backend", marker)
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--quiet",
         "--index-url", served.url, "--retries", "0", str(folder)],
        capture_output=True, check=False, timeout=120,
    )  # fmt: skip
    assert marker.exists(), "the in-tree backend canary did not fire under plain pip"
    for route, backend in (("setup.py", "setuptools"), ("hatch", "hatchling")):
        folder = canary_project(tmp_path / route, route, marker)
        subprocess.run(
            [sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", "--quiet",
             "--index-url", served.url, "--retries", "0", str(folder)],
            capture_output=True, check=False, timeout=120,
        )  # fmt: skip
        assert served.requests[f"/simple/{backend}/"] >= 1, f"{route}: pip did not try to build"


# ---------------------------------------------------------------- folders and archives


@pytest.mark.parametrize("command", ["check", "install"])
@pytest.mark.parametrize("route", ROUTES)
def test_a_local_folder_is_read_never_built(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path, route: str, command: str
) -> None:
    marker = tmp_path / "marker"
    folder = canary_project(tmp_path, route, marker)
    res = _run(run_cli, command, target, str(folder), *_common(served))
    _no_build(served, marker)
    assert res.exit_code == 1, res.stderr  # type: ignore[attr-defined]
    canary = _packages(res)["wt-canary"]
    assert canary["verdict"] == "block" and canary["kind"] == "sdist"
    rules = {f["rule"] for f in canary["findings"]}  # type: ignore[attr-defined]
    if route == "setup.py":
        # no static metadata: not given to pip at all
        assert "sdist.dynamic-metadata" in rules
    else:
        # static [project] metadata: resolved through a stand-in, blocked as an sdist
        assert "sdist.only-source" in rules
        assert "wt-lib" in _packages(res)


@pytest.mark.parametrize("fmt", ["tar.gz", "zip"])
@pytest.mark.parametrize("route", ["setup.py", "backend"])
def test_a_local_source_archive_is_read_never_built(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path, route: str, fmt: str
) -> None:
    marker = tmp_path / "marker"
    archive = as_sdist(canary_project(tmp_path, route, marker), tmp_path / "dist", fmt)
    for command in ("check", "install"):
        res = _run(run_cli, command, target, str(archive), *_common(served))
        _no_build(served, marker)
        assert res.exit_code == 1, res.stderr  # type: ignore[attr-defined]
        assert _packages(res)["wt-canary"]["verdict"] == "block"


def test_name_at_file_url_and_https_url(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path
) -> None:
    marker = tmp_path / "marker"
    archive = as_sdist(canary_project(tmp_path, "backend", marker), tmp_path / "dist")
    served.add(archive.name, archive.read_bytes())
    for spec in (
        f"wt-canary @ {archive.as_uri()}",
        f"wt-canary @ {served.base}/files/wt-canary/{archive.name}",
    ):
        for command in ("check", "install"):
            res = _run(run_cli, command, target, spec, *_common(served))
            _no_build(served, marker)
            assert res.exit_code == 1, res.stderr  # type: ignore[attr-defined]
            canary = _packages(res)["wt-canary"]
            assert canary["verdict"] == "block"
            assert canary["sha256"]


def test_an_allowed_direct_sdist_is_vetted_and_still_not_built(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path
) -> None:
    marker = tmp_path / "marker"
    archive = as_sdist(canary_project(tmp_path, "backend", marker), tmp_path / "dist")
    (tmp_path / "pipwarden.toml").write_text('allow-sdist = ["wt-canary"]\n')
    res = _run(run_cli, "install", target, str(archive), *_common(served))
    _no_build(served, marker)
    canary = _packages(res)["wt-canary"]
    assert canary["kind"] == "sdist" and canary["artifact"] == archive.name
    assert "sdist.allowed" in {f["rule"] for f in canary["findings"]}  # type: ignore[attr-defined]


def test_a_direct_wheel_is_fetched_hashed_and_vetted(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path
) -> None:
    import hashlib

    name, data = build_wheel("wt-direct", "2.0", requires=["wt-lib"])
    path = tmp_path / name
    path.write_bytes(data)
    sha = hashlib.sha256(data).hexdigest()
    served.add(name, data)
    for spec in (str(path), f"wt-direct @ {served.base}/files/wt-direct/{name}"):
        res = run_cli("check", spec, *_common(served))
        assert res.exit_code == 0, res.stderr  # type: ignore[attr-defined]
        pkgs = _packages(res)
        assert pkgs["wt-direct"]["sha256"] == sha and pkgs["wt-direct"]["kind"] == "wheel"
        assert "wt-lib" in pkgs
    # a hash in the request that the bytes do not match blocks the package
    req = tmp_path / "req.txt"
    req.write_text(f"{path} --hash=sha256:{'0' * 64}\n")
    res = run_cli("check", "-r", str(req), *_common(served))
    assert res.exit_code == 1
    rules = {f["rule"] for f in _packages(res)["wt-direct"]["findings"]}  # type: ignore[attr-defined]
    assert "integrity.hash-mismatch" in rules


# ---------------------------------------------------------------- refused forms


def _git_repo(folder: Path) -> Path:
    env = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.invalid",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.invalid",
           "HOME": str(folder), "PATH": "/usr/bin:/bin:/usr/local/bin"}  # fmt: skip
    for cmd in (["init", "-q"], ["add", "-A"], ["commit", "-q", "-m", "canary"]):
        subprocess.run(["git", "-C", str(folder), *cmd], check=True, env=env, capture_output=True)
    return folder


@pytest.mark.parametrize("command", ["check", "install"])
def test_vcs_and_editable_requests_are_refused(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path, command: str
) -> None:
    marker = tmp_path / "marker"
    folder = canary_project(tmp_path, "backend", marker)
    forms: list[tuple[str, ...]] = [
        ("-e", str(folder)),
        ("git+https://example.invalid/wt-canary.git#egg=wt-canary",),
        ("wt-canary @ git+https://example.invalid/wt-canary.git",),
    ]
    if subprocess.run(["git", "--version"], capture_output=True).returncode == 0:
        _git_repo(folder)
        forms.append((f"git+{folder.as_uri()}#egg=wt-canary",))
    req = tmp_path / "req-e.txt"
    req.write_text(f"-e {folder}\n")
    forms.append(("-r", str(req)))
    for form in forms:
        res = _run(run_cli, command, target, *form, *_common(served))
        _no_build(served, marker)
        assert res.exit_code == 2, (form, res.stdout)  # type: ignore[attr-defined]
        err = res.stderr  # type: ignore[attr-defined]
        assert "refused" in err and ("allow-vcs" in err or "allow-editable" in err), err
        assert "Traceback" not in err


def test_a_bare_folder_line_in_a_requirements_file(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path
) -> None:
    marker = tmp_path / "marker"
    folder = canary_project(tmp_path, "setup.py", marker)
    req = tmp_path / "sub" / "requirements.txt"
    req.parent.mkdir()
    req.write_text(f"{folder}\n")
    res = _run(run_cli, "install", target, "-r", str(req), *_common(served))
    _no_build(served, marker)
    assert res.exit_code == 1
    assert "sdist.dynamic-metadata" in {
        f["rule"]
        for f in _packages(res)["wt-canary"]["findings"]  # type: ignore[attr-defined]
    }


@pytest.mark.parametrize(
    "lines",
    [
        ["--no-binary :all:", "wt-canary"],
        ["--no-binary=wt-canary", "wt-canary"],
        ["--no-bin :all:", "wt-canary"],  # optparse abbreviations, as pip accepts them
        ["wt-canary --no-binary :all:"],
        ["-r nested.txt", "wt-canary"],
        ["-c nested.txt", "wt-canary"],
    ],
)
def test_no_binary_in_any_form_is_refused(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path, lines: list[str]
) -> None:
    marker = tmp_path / "marker"
    archive = as_sdist(canary_project(tmp_path, "setup.py", marker), tmp_path / "dist")
    served.add(archive.name, archive.read_bytes())
    (tmp_path / "nested.txt").write_text("--no-binary :all:\n")
    req = tmp_path / "requirements.txt"
    req.write_text("\n".join(lines) + "\n")
    for command in ("check", "install"):
        res = _run(run_cli, command, target, "-r", str(req), *_common(served))
        _no_build(served, marker)
        assert res.exit_code == 2, res.stdout  # type: ignore[attr-defined]
        assert "--no-binary" in res.stderr  # type: ignore[attr-defined]


def test_pip_configuration_cannot_add_builds(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "marker"
    folder = canary_project(tmp_path, "backend", marker)
    for key, value in (("PIP_NO_BINARY", ":all:"), ("PIP_EDITABLE", str(folder))):
        monkeypatch.setenv(key, value)
        res = run_cli("check", "wt-lib", *_common(served))
        monkeypatch.delenv(key)
        _no_build(served, marker)
        assert res.exit_code == 2 and key in res.stderr  # type: ignore[attr-defined]


# ---------------------------------------------------------------- the target's .pth files


def test_target_pth_files_do_not_run_during_resolution_and_are_reported(
    tmp_path: Path, served: LocalIndex, run_cli: Runner
) -> None:
    venv = tmp_path / "venv"
    create_venv(venv)
    marker = tmp_path / "pth-ran"
    site = next(venv.glob("lib/python*/site-packages"))
    (site / "wt_startup.pth").write_text(
        f"import pathlib; pathlib.Path({str(marker)!r}).write_text('pth ran')\n"
    )
    (site / "wt_paths.pth").write_text("/nowhere\n")  # a plain path line runs nothing
    res = run_cli("check", "-p", str(venv), "wt-lib", *_common(served))
    assert res.exit_code == 0, res.stderr  # type: ignore[attr-defined]
    assert not marker.exists(), "pip started the target with its .pth files"
    doc = json.loads(res.stdout)  # type: ignore[attr-defined]
    notes = " ".join(doc["notes"])
    assert "wt_startup.pth" in notes and "wt_paths.pth" not in notes
    text = run_cli("check", "-p", str(venv), "wt-lib", *_common(served)[:-2])
    assert "wt_startup.pth" in text.stdout + text.stderr  # type: ignore[attr-defined]


# ---------------------------------------------------------------- allowed by name


_HAS_GIT = subprocess.run(["git", "--version"], capture_output=True).returncode == 0


@pytest.mark.skipif(not _HAS_GIT, reason="git is not installed")
def test_an_allowed_git_reference_is_checked_out_and_read_never_built(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, target: Path
) -> None:
    marker = tmp_path / "marker"
    folder = _git_repo(canary_project(tmp_path, "backend", marker))
    (folder / ".git" / "hooks" / "post-checkout").write_text(
        f"#!/bin/sh\ntouch {marker}\n"
    )  # a hook in the source repository must not run either
    (folder / ".git" / "hooks" / "post-checkout").chmod(0o755)
    (tmp_path / "pipwarden.toml").write_text('allow-vcs = ["wt-canary"]\n')
    res = _run(run_cli, "install", target, f"wt-canary @ git+{folder.as_uri()}", *_common(served))
    _no_build(served, marker)
    assert res.exit_code == 0, res.stderr  # type: ignore[attr-defined]
    pkgs = _packages(res)
    assert pkgs["wt-canary"]["kind"] == "sdist" and pkgs["wt-canary"]["verdict"] == "warn"
    assert "wt-lib" in pkgs
    # hg and friends cannot be read without running them: refused even when allowed
    res = run_cli("check", "hg+https://example.invalid/r#egg=wt-canary", *_common(served))
    assert res.exit_code == 2 and "only git" in res.stderr  # type: ignore[attr-defined]


def test_an_allowed_editable_is_vetted_from_a_snapshot_then_installed_editable(
    tmp_path: Path, served: LocalIndex, run_cli: Runner
) -> None:
    venv = tmp_path / "venv"
    create_venv(venv)
    project = tmp_path / "proj"
    (project / "wt_mine").mkdir(parents=True)
    (project / "wt_mine" / "__init__.py").write_text("VALUE = 1\n")
    (project / "pyproject.toml").write_text(
        '[build-system]\nrequires = []\nbuild-backend = "flit_like"\nbackend-path = ["."]\n'
        '[project]\nname = "wt-mine"\nversion = "0.1"\ndependencies = ["wt-lib"]\n'
    )
    (project / "flit_like.py").write_text("")  # an in-tree backend that is never started
    (tmp_path / "pipwarden.toml").write_text('allow-editable = ["wt-mine"]\n')
    res = run_cli("install", "--dry-run", "-p", str(venv), "-e", str(project), *_common(served))
    assert res.exit_code == 0, res.stderr  # type: ignore[attr-defined]
    mine = _packages(res)["wt-mine"]
    assert mine["kind"] == "sdist" and mine["version"] == "0.1"
    assert any(
        "allow-editable" in f["message"]
        for f in mine["findings"]  # type: ignore[attr-defined]
    )
    from pipwarden.candidate import Candidate
    from pipwarden.environment import find_target
    from pipwarden.install import editable_command
    from pipwarden.pipoptions import PipOptions

    cand = Candidate("wt-mine", "0.1", "", "", None, "sdist", editable_folder=project)
    cmd = editable_command([cand], find_target(str(venv)), PipOptions(index_url=served.url))
    at = cmd.index("-e")
    assert cmd[at + 1] == str(project) and "--no-deps" in cmd and served.url in cmd


def test_constraints_from_pip_configuration_are_read_first(
    tmp_path: Path, served: LocalIndex, run_cli: Runner, monkeypatch: pytest.MonkeyPatch
) -> None:
    cap = tmp_path / "cap.txt"
    cap.write_text("wt-lib<=1.0\n")
    monkeypatch.setenv("PIP_CONSTRAINT", str(cap))
    res = run_cli("check", "wt-lib", *_common(served))
    assert res.exit_code == 0, res.stderr  # type: ignore[attr-defined]
    cap.write_text("--no-binary :all:\n")
    res = run_cli("check", "wt-lib", *_common(served))
    assert res.exit_code == 2 and "--no-binary" in res.stderr  # type: ignore[attr-defined]


def test_an_allowed_editable_with_a_dynamic_version_is_named_and_blocked(
    tmp_path: Path, served: LocalIndex, run_cli: Runner
) -> None:
    """Its name is static even when its version is not: allowed by name, then blocked."""
    project = tmp_path / "dyn"
    project.mkdir()
    (project / "pyproject.toml").write_text('[project]\nname = "wt-dyn"\ndynamic = ["version"]\n')
    (tmp_path / "pipwarden.toml").write_text('allow-editable = ["wt-dyn"]\n')
    res = run_cli("check", "-e", str(project), *_common(served))
    assert res.exit_code == 1, res.stderr  # type: ignore[attr-defined]
    dyn = _packages(res)["wt-dyn"]
    assert "sdist.dynamic-metadata" in {f["rule"] for f in dyn["findings"]}  # type: ignore[attr-defined]
