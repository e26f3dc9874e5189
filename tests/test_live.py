"""Opt-in tests against the real PyPI (PIPWARDEN_LIVE_TESTS=1); never run in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from pipwarden import environment

pytestmark = [
    pytest.mark.live,
    pytest.mark.skipif(
        os.environ.get("PIPWARDEN_LIVE_TESTS") != "1",
        reason="talks to pypi.org; set PIPWARDEN_LIVE_TESTS=1 to run",
    ),
]
PYPI = ["--index-url", "https://pypi.org/simple/"]


def test_check_a_real_closure(run_cli) -> None:  # type: ignore[no-untyped-def]
    res = run_cli("check", "flask==3.0.3", *PYPI, "--format", "json")
    assert res.exit_code in (0, 1), res.stderr
    names = {p["name"].lower() for p in json.loads(res.stdout)["packages"]}
    assert {"flask", "werkzeug", "jinja2", "markupsafe", "itsdangerous", "click"} <= names


def test_install_into_a_venv(run_cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "six==1.16.0", *PYPI, "--allow-root", "--yes")
    assert res.exit_code == 0, res.stderr
    assert list(venv.rglob("six-1.16.0.dist-info"))
