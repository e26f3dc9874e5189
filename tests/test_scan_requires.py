"""Dependencies declared in metadata that name standard-library modules
(`pipwarden.scan.requires`, rule ``metadata.stdlib-dependency``)."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.scan import requires, scan_target
from tests.support.builders import build_sdist, build_wheel

RULE = "metadata.stdlib-dependency"
LIBRARY = {"corp/__init__.py": "def paint(text):\n    return text\n"}


def _write(tmp_path: Path, built: tuple[str, bytes]) -> Path:
    path = tmp_path / built[0]
    path.write_bytes(built[1])
    return path


def _found(path: Path) -> list[str]:
    return sorted(f.evidence for f in scan_target(path).findings if f.rule == RULE)


@pytest.mark.parametrize(
    ("declared", "expected"),
    [
        (["requests", "subprocess", "os"], ["os", "subprocess"]),
        # extras and markers, case and separators as PEP 508 allows them
        (["SubProcess ; python_version > '3'", "shutil[x]>=1"], ["shutil", "subprocess"]),
        # a module named with its "lib" left off (telnetlib)
        (["telnet"], ["telnet"]),
        # backports that are real projects, and names that only contain a module's
        (["typing", "dataclasses", "requests-os", "json5", "pyos"], []),
    ],
)
def test_wheel_metadata(tmp_path: Path, declared: list[str], expected: list[str]) -> None:
    path = _write(tmp_path, build_wheel("corp", "1.0", dict(LIBRARY), requires=declared))
    assert _found(path) == expected


def test_the_verdict_is_suspicious(tmp_path: Path) -> None:
    path = _write(tmp_path, build_wheel("corp", "1.0", dict(LIBRARY), requires=["os"]))
    result = scan_target(path)
    assert result.verdict == "suspicious"
    (finding,) = [f for f in result.findings if f.rule == RULE]
    assert finding.file == "corp-1.0.dist-info/METADATA"
    assert "standard-library module 'os'" in finding.message


def test_an_old_sdist_states_them_in_requires_txt(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        **LIBRARY,
        "corp.egg-info/requires.txt": "requests\n\n[dev]\n# tools\nwebbrowser\n",
    }
    path = _write(tmp_path, build_sdist("corp", "1.0", files))
    assert _found(path) == ["webbrowser"]


def test_a_wheel_published_as_a_tarball(tmp_path: Path) -> None:
    metadata = b"Metadata-Version: 2.1\nName: corp\nVersion: 1.0\nRequires-Dist: sqlite3\n"
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tar:
        for name, data in (
            ("corp/__init__.py", b"def paint(text):\n    return text\n"),
            ("corp-1.0.dist-info/METADATA", metadata),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path = tmp_path / "corp-1.0-py3-none-any.tar.gz"
    path.write_bytes(buf.getvalue())
    assert _found(path) == ["sqlite3"]
    # its METADATA is the archive's core metadata for every reader (the stated name too)
    stated = scan_target(path).name
    assert stated is not None and (stated.name, stated.file) == (
        "corp",
        "corp-1.0.dist-info/METADATA",
    )


@pytest.mark.parametrize(
    "member",
    ["docs/requirements.txt", "requirements.txt", "corp/data/requires.txt"],
)
def test_requirement_files_that_are_not_metadata_are_not_read(tmp_path: Path, member: str) -> None:
    files: dict[str, str | bytes] = {**LIBRARY, member: "os\nsubprocess\n"}
    assert _found(_write(tmp_path, build_sdist("corp", "1.0", files))) == []


def test_folders_are_not_read(tmp_path: Path) -> None:
    (tmp_path / "corp.egg-info").mkdir()
    (tmp_path / "corp.egg-info" / "requires.txt").write_text("os\n")
    (tmp_path / "mod.py").write_text("X = 1\n")
    assert _found(tmp_path) == []


def test_names_are_capped() -> None:
    declared = requires.Declared("wheel")
    text = "".join(f"Requires-Dist: dep{i}\n" for i in range(requires.MAX_NAMES + 50))
    declared.add("x.dist-info/METADATA", text.encode(), metadata=True)
    assert len(declared.names) == requires.MAX_NAMES


def test_an_unreadable_names_corpus_gives_no_finding(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken() -> None:
        raise PipwardenError("cannot read the names corpus")

    monkeypatch.setattr(requires, "default_detector", broken)
    declared = requires.Declared("wheel")
    declared.add("x.dist-info/METADATA", b"Requires-Dist: os\n", metadata=True)
    assert declared.names == {"os": "x.dist-info/METADATA"}
    assert declared.findings() == []
