"""`install` against an environment that already holds packages, as pip does it.

One index and one environment serve the whole sequence (each step runs pip
twice): a plan over what is installed, upgrades and downgrades listed before
anything happens, a plan that would break the environment refused, and
`pip check` passing after every install.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipwarden import environment, installed
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex


@pytest.fixture(scope="module")
def served() -> Iterator[LocalIndex]:
    """A web-framework-shaped closure (django needs asgiref>=3.8.1; flask needs click)."""
    server = LocalIndex()
    for version in ("3.7.2", "3.8.1"):
        server.add_dist(build_wheel("wt-asgiref", version))
    server.add_dist(build_wheel("wt-django", "5.2", requires=["wt-asgiref>=3.8.1"]))
    for version in ("8.1.3", "8.1.7"):
        server.add_dist(build_wheel("wt-click", version))
    server.add_dist(build_wheel("wt-flask", "3.0", requires=["wt-click>=8.1.3"]))
    server.add_dist(build_wheel("wt-flask-login", "0.6", requires=["wt-flask>=1.0"]))
    try:
        yield server
    finally:
        server.close()


def _args(index: LocalIndex, *more: str) -> list[str]:
    return ["--index-url", index.url, "--retries", "0", "--timeout", "5", *more]


def _installed(venv: Path) -> dict[str, str]:
    target = environment.find_target(str(venv))
    return {k: d.version for k, d in installed.present(target).items()}


def _pip_check(venv: Path) -> None:
    """pip's own `pip check`, run in the target (pipwarden's pip, through pip's runner)."""
    import pip

    python = environment.find_target(str(venv)).python
    runner = Path(pip.__file__).parent / "__pip-runner__.py"
    proc = subprocess.run(
        [str(python), "-I", str(runner), "check"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr


def _install(run_cli, venv: Path, index: LocalIndex, *args: str) -> tuple[object, dict]:
    res = run_cli("install", "-p", str(venv), *args, *_args(index), "--format", "json")
    doc = json.loads(res.stdout) if res.stdout.strip() else {}
    return res, doc


def _names(changes: list[dict]) -> dict[str, tuple[str | None, str | None]]:
    return {c["name"]: (c["from"], c["to"]) for c in changes}


def test_install_resolves_against_what_the_environment_holds(
    served: LocalIndex, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(environment, "is_root", lambda: False)
    venv = tmp_path / "env"
    environment.create_venv(venv)

    # a fresh install: everything is new, and said so
    res, doc = _install(run_cli, venv, served, "wt-flask", "wt-click==8.1.3", "wt-django")
    assert res.exit_code == 0, res.stderr
    assert doc["target"]["venv"] == str(venv.absolute())
    assert _names(doc["plan"]["install"]) == {
        "wt-asgiref": (None, "3.8.1"),
        "wt-click": (None, "8.1.3"),
        "wt-django": (None, "5.2"),
        "wt-flask": (None, "3.0"),
    }
    assert doc["summary"]["install"] == 4 and doc["summary"]["already_satisfied"] == 0
    assert _installed(venv) == {
        "wt-asgiref": "3.8.1", "wt-click": "8.1.3", "wt-django": "5.2", "wt-flask": "3.0"
    }  # fmt: skip
    _pip_check(venv)

    # what is there stays: click is not upgraded behind the user's back, nor vetted again
    res, doc = _install(run_cli, venv, served, "wt-flask-login")
    assert res.exit_code == 0, res.stderr
    assert [p["name"] for p in doc["packages"]] == ["wt-flask-login"]
    assert _names(doc["plan"]["install"]) == {"wt-flask-login": (None, "0.6")}
    assert _names(doc["plan"]["already_satisfied"]) == {
        "wt-flask": ("3.0", "3.0"),
        "wt-click": ("8.1.3", "8.1.3"),
    }
    assert _installed(venv)["wt-click"] == "8.1.3"
    assert "installed 1 vetted package into" in res.stderr
    _pip_check(venv)

    # -U: the new release is vetted and listed as an upgrade (before pip runs)
    res, doc = _install(run_cli, venv, served, "-U", "wt-click")
    assert res.exit_code == 0, res.stderr
    plan_text = res.stderr.index("upgrade  wt-click 8.1.3 -> 8.1.7")
    assert plan_text < res.stderr.index("installed 1 vetted package")
    assert [(p["name"], p["version"]) for p in doc["packages"]] == [("wt-click", "8.1.7")]
    assert _names(doc["plan"]["upgrade"]) == {"wt-click": ("8.1.3", "8.1.7")}
    assert _installed(venv)["wt-click"] == "8.1.7"
    _pip_check(venv)

    # a downgrade that keeps the environment consistent is listed as one
    res, doc = _install(run_cli, venv, served, "wt-click==8.1.3")
    assert res.exit_code == 0, res.stderr
    assert _names(doc["plan"]["downgrade"]) == {"wt-click": ("8.1.7", "8.1.3")}
    _pip_check(venv)

    # one that would break an installed package is refused, with pip's kind of message
    res = run_cli("install", "-p", str(venv), "wt-asgiref<3.8", *_args(served))
    assert res.exit_code == 2
    assert "inconsistent" in res.stderr
    assert "wt-django 5.2 requires wt-asgiref>=3.8.1" in res.stderr
    assert "nothing was installed" in res.stderr
    assert _installed(venv)["wt-asgiref"] == "3.8.1"

    # asking for what is there changes nothing; --recheck vets it again without reinstalling
    res, doc = _install(run_cli, venv, served, "wt-django", "--recheck")
    assert res.exit_code == 0, res.stderr
    assert set(_names(doc["plan"]["already_satisfied"])) == {"wt-django", "wt-asgiref"}
    assert {p["name"] for p in doc["packages"]} == {"wt-django", "wt-asgiref"}
    assert all(not doc["plan"][a] for a in ("install", "upgrade", "downgrade", "reinstall"))
    assert "nothing to install into" in res.stderr
    # --force-reinstall puts the same version in again
    res, doc = _install(run_cli, venv, served, "wt-asgiref", "--force-reinstall")
    assert res.exit_code == 0, res.stderr
    assert _names(doc["plan"]["reinstall"]) == {"wt-asgiref": ("3.8.1", "3.8.1")}
    _pip_check(venv)


def test_recheck_of_a_version_the_index_no_longer_serves(
    index: LocalIndex, run_cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 2 (the closure cannot be vetted), the missing version named, nothing touched."""
    monkeypatch.setattr(environment, "is_root", lambda: False)
    index.add_dist(build_wheel("wt-gone", "1.0"))
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res, _doc = _install(run_cli, venv, index, "wt-gone")
    assert res.exit_code == 0, res.stderr
    index.projects["wt-gone"].files.clear()  # the release is removed from the index
    res, doc = _install(run_cli, venv, index, "wt-gone")  # no recheck: nothing to fetch
    assert res.exit_code == 0, res.stderr
    assert _names(doc["plan"]["already_satisfied"]) == {"wt-gone": ("1.0", "1.0")}
    res, _doc = _install(run_cli, venv, index, "wt-gone", "--recheck")
    assert res.exit_code == 2, res.stdout + res.stderr
    assert "Traceback" not in res.stderr and len(res.stderr.strip().splitlines()) == 1
    assert "no wheel of the installed wt-gone 1.0" in res.stderr
    assert "nothing was installed" in res.stderr and "-U wt-gone" in res.stderr
    assert _installed(venv) == {"wt-gone": "1.0"}
