"""Dependency sources: requirement files, pyproject.toml, lock files, environments."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipwarden.audit import sources
from pipwarden.audit.sources import SourceError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def pins(deps: list[sources.Dependency]) -> dict[str, str | None]:
    return {d.key: d.version for d in deps}


def test_requirements_full_syntax(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DJANGO_VERSION", "4.2.10")
    write(tmp_path / "base.txt", "urllib3==1.26.5\n")
    write(tmp_path / "constraints.txt", "flask==2.0.0\n")
    req = write(
        tmp_path / "requirements.txt",
        "# a comment\n"
        "-r base.txt\n"
        "-c constraints.txt\n"
        "--index-url https://example.invalid/simple\n"
        'requests[socks]==2.30.0 ; python_version >= "3.8"  # inline comment\n'
        "Django==${DJANGO_VERSION}\n"
        "cryptography==41.0.0 \\\n"
        "    --hash=sha256:0000000000000000000000000000000000000000000000000000000000000000 \\\n"
        "    --hash=sha256:1111111111111111111111111111111111111111111111111111111111111111\n"
        "flask\n"
        "numpy>=1.20\n"
        "git+https://example.invalid/repo.git#egg=private_pkg\n"
        "https://example.invalid/pkg-1.0.tar.gz\n"
        "./local/path\n"
        "-e ./editable\n"
        "mypkg @ https://example.invalid/mypkg-1.0-py3-none-any.whl\n",
    )
    deps = sources.read(req)
    got = pins(deps)
    assert got["urllib3"] == "1.26.5"
    assert got["requests"] == "2.30.0"
    assert got["django"] == "4.2.10"
    assert got["cryptography"] == "41.0.0"
    assert got["flask"] == "2.0.0"  # pinned by the constraints file
    assert got["numpy"] is None
    crypto = next(d for d in deps if d.key == "cryptography")
    assert crypto.hashed and crypto.line == 7
    flask = next(d for d in deps if d.key == "flask")
    assert flask.file == str(tmp_path / "constraints.txt") and flask.line == 1
    skipped = {d.name: d.skip for d in deps if d.skip}
    assert skipped["numpy"] == "not pinned (>=1.20)"
    assert "VCS" in skipped["private_pkg"]
    assert "not auditable" in skipped["https://example.invalid/pkg-1.0.tar.gz"]
    assert "not auditable" in skipped["./local/path"]
    assert "editable" in skipped["./editable"]
    assert got["mypkg"] == "1.0"  # pip reads name and version from the wheel's file name
    assert len(deps) == 11  # nothing dropped silently


def test_requirements_errors_name_file_and_line(tmp_path: Path) -> None:
    req = write(tmp_path / "r.txt", "requests==2.0\nthis is == not valid\n")
    with pytest.raises(SourceError, match=r"r\.txt:2: invalid requirement"):
        sources.read(req)
    loop = write(tmp_path / "loop.txt", "-r loop.txt\n")
    with pytest.raises(SourceError, match="includes itself"):
        sources.read(loop)
    with pytest.raises(SourceError, match="no such file"):
        sources.read(tmp_path / "absent.txt")
    missing = write(tmp_path / "m.txt", "-r nothere.txt\n")
    with pytest.raises(SourceError, match="cannot read"):
        sources.read(missing)


def test_unset_env_var_stays_literal_and_fails_with_location(tmp_path: Path) -> None:
    req = write(tmp_path / "r.txt", "pkg==${NOT_SET_ANYWHERE}\n")
    with pytest.raises(SourceError, match=r"r\.txt:1"):
        sources.read(req)


def test_wildcard_and_ranges_are_not_pins(tmp_path: Path) -> None:
    req = write(tmp_path / "r.txt", "a==1.*\nb>=1,<2\nc===1.0-custom\nd==1.0\n")
    assert pins(sources.read(req)) == {"a": None, "b": None, "c": "1.0-custom", "d": "1.0"}


def test_pyproject_pep621_and_pep735(tmp_path: Path) -> None:
    py = write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\ndependencies = ["requests==2.30.0", "click>=8"]\n'
        '[project.optional-dependencies]\nyaml = ["pyyaml==5.1"]\n'
        '[dependency-groups]\ntest = ["pytest==7.0.0", {include-group = "lint"}]\n'
        'lint = ["ruff==0.1.0"]\n',
    )
    deps = sources.read(py)
    assert pins(deps) == {
        "requests": "2.30.0",
        "click": None,
        "pyyaml": "5.1",
        "pytest": "7.0.0",
        "ruff": "0.1.0",
    }
    assert next(d for d in deps if d.key == "pyyaml").line == 5


def test_pylock(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "pylock.toml",
        'lock-version = "1.0"\ncreated-by = "test"\n'
        '[[packages]]\nname = "requests"\nversion = "2.30.0"\n'
        '[[packages]]\nname = "mine"\n[packages.vcs]\ntype = "git"\n'
        'url = "https://example.invalid/x.git"\ncommit-id = "abc"\n',
    )
    deps = sources.read(lock)
    assert pins(deps) == {"requests": "2.30.0", "mine": None}
    assert "VCS" in (deps[1].skip or "")
    assert sources.kind_of(Path("pylock.dev.toml")) == "pylock"


def test_uv_lock(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "uv.lock",
        'version = 1\n[[package]]\nname = "myproj"\nversion = "0.1.0"\n'
        'source = { editable = "." }\n'
        '[[package]]\nname = "requests"\nversion = "2.30.0"\n'
        'source = { registry = "https://pypi.org/simple" }\n',
    )
    deps = sources.read(lock)
    assert pins(deps) == {"myproj": None, "requests": "2.30.0"}
    assert deps[0].skip == "local project: not auditable"
    assert [d.line for d in deps] == [3, 7]


def test_poetry_lock(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "poetry.lock",
        '[[package]]\nname = "requests"\nversion = "2.30.0"\n'
        '[[package]]\nname = "gitdep"\nversion = "1.0"\n'
        '[package.source]\ntype = "git"\nurl = "https://example.invalid/g.git"\n',
    )
    deps = sources.read(lock)
    assert pins(deps) == {"requests": "2.30.0", "gitdep": None}
    assert [d.line for d in deps] == [2, 5]


def test_pipfile_lock(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "Pipfile.lock",
        json.dumps(
            {
                "_meta": {},
                "default": {"requests": {"version": "==2.30.0", "hashes": []}},
                "develop": {
                    "pytest": {"version": "==7.0.0"},
                    "vcs": {"git": "https://example.invalid/v.git"},
                },
            }
        ),
    )
    assert pins(sources.read(lock)) == {"requests": "2.30.0", "pytest": "7.0.0", "vcs": None}


def test_unknown_lock_format(tmp_path: Path) -> None:
    lock = write(tmp_path / "deps.lock", "whatever")
    with pytest.raises(SourceError, match=r"unknown file format \(tried: requirements file"):
        sources.read(lock)
    bad = write(tmp_path / "uv.lock", "not = [toml")
    with pytest.raises(SourceError, match="not valid TOML"):
        sources.read(bad)


def test_installed_environment(tmp_path: Path) -> None:
    site = tmp_path / "venv" / "lib" / "python3.11" / "site-packages"
    for name, version in [("requests", "2.30.0"), ("Jinja2", "2.10")]:
        info = site / f"{name}-{version}.dist-info"
        write(info / "METADATA", f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nbody")
    local = site / "mine-0.1.dist-info"
    write(local / "METADATA", "Metadata-Version: 2.1\nName: mine\nVersion: 0.1\n")
    write(local / "direct_url.json", json.dumps({"url": "file:///x", "dir_info": {}}))
    # Never imported: a module that would fail loudly if it were.
    write(site / "requests" / "__init__.py", "raise SystemExit('imported!')\n")
    deps = sources.parse_environment(tmp_path / "venv")
    assert pins(deps) == {"requests": "2.30.0", "jinja2": "2.10", "mine": None}
    with pytest.raises(SourceError, match="no site-packages"):
        sources.parse_environment(tmp_path)
