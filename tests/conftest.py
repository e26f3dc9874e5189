"""Fixtures shared by every test: an isolated pipwarden home, a clean pip
configuration, a local PEP 691 index on 127.0.0.1 and a CLI runner."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.support.indexserver import LocalIndex

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test gets its own PIPWARDEN_HOME and ignores the machine's pip config."""
    home = tmp_path / "pw-home"
    monkeypatch.setenv("PIPWARDEN_HOME", str(home))
    for key in list(os.environ):
        if key.startswith("PIP_") or (key.startswith("PIPWARDEN_") and key != "PIPWARDEN_HOME"):
            monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    monkeypatch.setenv("PIPWARDEN_HOME", str(home))
    monkeypatch.chdir(tmp_path)
    return home


@pytest.fixture
def index() -> Iterator[LocalIndex]:
    """A fresh local index, empty until the test adds files."""
    server = LocalIndex()
    try:
        yield server
    finally:
        server.close()


@dataclass
class Result:
    """What a CLI invocation gave."""

    exit_code: int
    stdout: str
    stderr: str


@pytest.fixture
def run_cli() -> object:
    """Run `pipwarden ARGS...` in-process; returns a Result."""
    from pipwarden.cli import cli

    def run(*args: str, input: str | None = None) -> Result:
        runner = CliRunner()
        res = runner.invoke(cli, list(args), input=input, catch_exceptions=False)
        return Result(res.exit_code, res.stdout, res.stderr)

    return run


@pytest.fixture
def shared_data() -> Path:
    """../shared/data, or skip: user clones do not have it."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"{SHARED_DATA} is absent (only the project's own workspace has it)")
    return SHARED_DATA
