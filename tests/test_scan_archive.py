"""Hostile archives: every trick becomes a finding or a one-line error, never a crash."""

from __future__ import annotations

import io
import os
import struct
import tarfile
import warnings
import zipfile
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.scan import scan_target
from pipwarden.scan.archive import Limits, folder_files, open_target
from tests.support.builders import build_sdist, build_wheel, compress, tar_bytes

EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"


def rules(path: Path, limits: Limits | None = None) -> set[str]:
    result = scan_target(path, limits) if limits else scan_target(path)
    return {f.rule for f in result.findings}


def write_zip(path: Path, members: list[tuple[str | zipfile.ZipInfo, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members:
            zf.writestr(name, data)
    return path


def write_tar(
    path: Path, members: list[tarfile.TarInfo | tuple[str, bytes]], mode: str = "w:gz"
) -> Path:
    path.write_bytes(compress(tar_bytes(members), mode.partition(":")[2]))
    return path


def test_zip_bomb_by_ratio_is_not_read(tmp_path: Path) -> None:
    path = write_zip(
        tmp_path / "bomb.zip", [("a.py", b"\0" * (8 * 1024 * 1024)), ("b.py", b"x = 1\n")]
    )
    result = scan_target(path)
    assert "archive.zip-bomb" in {f.rule for f in result.findings}
    assert result.files == 1  # only the small member was read
    assert result.verdict == "suspicious"


def test_gzip_bomb_in_tar(tmp_path: Path) -> None:
    path = write_tar(
        tmp_path / "bomb.tar.gz", [("p/a.txt", b"\0" * (3 * 1024 * 1024)), ("p/b.py", b"x=1\n")]
    )
    found = rules(path, Limits(ratio_floor=1024 * 1024, max_ratio=50))
    assert "archive.zip-bomb" in found


@pytest.mark.parametrize(
    ("name", "rule"),
    [
        ("../evil.py", "archive.path-traversal"),
        ("pkg/../../evil.py", "archive.path-traversal"),
        ("..\\evil.py", "archive.path-traversal"),
        ("/etc/cron.d/evil", "archive.absolute-path"),
        ("C:/Windows/evil.py", "archive.absolute-path"),
    ],
)
def test_bad_member_names_in_zip_and_tar(tmp_path: Path, name: str, rule: str) -> None:
    z = write_zip(tmp_path / "x.zip", [(name, EVIL.encode()), ("ok.py", b"")])
    t = write_tar(tmp_path / "x.tar.gz", [(name, EVIL.encode()), ("ok.py", b"")])
    for path in (z, t):
        result = scan_target(path)
        assert rule in {f.rule for f in result.findings}, path
        # The offending member is never read, so its payload is not analysed either.
        assert "obfuscation.exec-decoded" not in {f.rule for f in result.findings}


def test_empty_member_name(tmp_path: Path) -> None:
    path = write_tar(tmp_path / "e.tar.gz", [("./", b"x = 1\n"), ("p/ok.py", b"")])
    assert "archive.bad-name" in rules(path)


def test_unreadable_file_in_folder(tmp_path: Path) -> None:
    (tmp_path / "ok.py").write_text("x = 1\n")
    result = scan_target(tmp_path, only=["ok.py", "gone.py"])
    assert result.files == 1 and result.verdict == "clean"


def test_clean_names_have_no_archive_findings(tmp_path: Path) -> None:
    path = write_tar(tmp_path / "ok.tar.gz", [("p-1/setup.cfg", b""), ("p-1/p/__init__.py", b"")])
    assert not {r for r in rules(path) if r.startswith("archive.")}


def test_links_and_devices_in_tar(tmp_path: Path) -> None:
    inside = tarfile.TarInfo("p/link")
    inside.type, inside.linkname = tarfile.SYMTYPE, "p/target.py"
    outside = tarfile.TarInfo("p/passwd")
    outside.type, outside.linkname = tarfile.SYMTYPE, "/etc/passwd"
    hard = tarfile.TarInfo("p/hard")
    hard.type, hard.linkname = tarfile.LNKTYPE, "../../etc/shadow"
    dev = tarfile.TarInfo("p/dev")
    dev.type = tarfile.CHRTYPE
    fifo = tarfile.TarInfo("p/fifo")
    fifo.type = tarfile.FIFOTYPE
    path = write_tar(tmp_path / "links.tar.gz", [inside, outside, hard, dev, fifo])
    result = scan_target(path)
    by_file = {(f.file, f.rule): f for f in result.findings}
    assert by_file[("p/link", "archive.link")].severity.label == "medium"
    assert by_file[("p/passwd", "archive.link")].severity.label == "high"
    assert by_file[("p/hard", "archive.link")].severity.label == "high"
    assert ("p/dev", "archive.special-file") in by_file
    assert ("p/fifo", "archive.special-file") in by_file


def test_symlink_in_zip(tmp_path: Path) -> None:
    info = zipfile.ZipInfo("pkg/link.py")
    info.external_attr = 0o120777 << 16
    path = write_zip(tmp_path / "l.zip", [(info, b"/etc/passwd")])
    assert "archive.link" in rules(path)


#: A licence text longer than the first bytes the reader keeps of a data file, and the same
#: text changed only past them.
LICENCE = b"Permission is hereby granted, free of charge.\n" * 400
LICENCE_CHANGED = LICENCE[:-10] + b"import os\n"


@pytest.mark.parametrize("kind", ["zip", "tar"])
@pytest.mark.parametrize(
    ("copies", "high"),
    [
        ([("p/a.py", b"x = 1\n"), ("p/a.py", EVIL.encode())], True),
        ([("p/LICENSE.txt", LICENCE), ("p/LICENSE.txt", LICENCE_CHANGED)], True),
        ([("p/LICENSE.txt", LICENCE), ("p/x.py", b""), ("p/LICENSE.txt", LICENCE)], False),
        ([("p/a.py", b"x = 1\n")] * 3, False),
        ([("p/a.py", b"")] * 2, False),
        ([("p/a.py", b"x = 1\n")] * 2 + [("p/a.py", b"x = 2\n")], True),
    ],
)
def test_duplicate_members_block_unless_every_copy_has_the_same_bytes(
    tmp_path: Path, kind: str, copies: list[tuple[str, bytes]], high: bool
) -> None:
    if kind == "zip":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # a duplicate name, on purpose
            path = write_zip(tmp_path / "d.zip", list(copies))
    else:
        path = write_tar(tmp_path / "d.tar.gz", list(copies))
    result = scan_target(path)
    found = [f for f in result.findings if f.rule == "archive.duplicate-member"]
    assert [f.severity.label for f in found] == (["high"] if high else [])
    assert result.files == len(copies)  # every copy analysed either way


def test_a_duplicate_copy_that_is_a_link_differs(tmp_path: Path) -> None:
    link = tarfile.TarInfo("p/a.py")
    link.type, link.linkname = tarfile.SYMTYPE, "b.py"
    path = write_tar(tmp_path / "d.tar.gz", [("p/a.py", b"x = 1\n"), link, ("p/b.py", b"")])
    assert "archive.duplicate-member" in rules(path)


def test_wheel_record_checks(tmp_path: Path) -> None:
    name, data = build_wheel("demo", "1.0", {"demo/__init__.py": "x = 1\n"})
    good = tmp_path / name
    good.write_bytes(data)
    assert not {r for r in rules(good) if r.startswith("archive.")}

    # Append an undeclared file and modify a declared one.
    buf = io.BytesIO(data)
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info)
            if info.filename == "demo/__init__.py":
                payload = b"x = 2\n"
            dst.writestr(info, payload)
        dst.writestr("demo/extra.py", "y = 1\n")
    bad = tmp_path / "demo-1.0-py3-none-any.whl"
    bad.write_bytes(out.getvalue())
    result = scan_target(bad)
    found = {(f.rule, f.file) for f in result.findings}
    assert ("archive.undeclared-file", "demo/extra.py") in found
    assert ("archive.record-mismatch", "demo/__init__.py") in found
    assert result.verdict == "suspicious"


def test_wheel_without_record(tmp_path: Path) -> None:
    name, data = build_wheel("demo", "1.0", record=False)
    path = tmp_path / name
    path.write_bytes(data)
    assert "archive.no-record" in rules(path)


def test_member_count_size_and_total_limits(tmp_path: Path) -> None:
    path = write_zip(tmp_path / "many.zip", [(f"m{i}.py", b"x = 1\n" * 50) for i in range(10)])
    assert "archive.too-many-members" in rules(path, Limits(max_members=5))
    assert "archive.member-too-large" in rules(path, Limits(max_member_size=100))
    assert "archive.too-large" in rules(path, Limits(max_total_size=1000))
    assert not {r for r in rules(path) if r.startswith("archive.")}


def test_declared_one_gigabyte_member(tmp_path: Path) -> None:
    # A zip whose directory declares a 1 GB member that is really 6 bytes.
    path = write_zip(tmp_path / "huge.zip", [("big.py", b"x = 1\n")])
    raw = bytearray(path.read_bytes())
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = raw.index(sig)
        struct.pack_into("<I", raw, pos + off, 1 << 30)
    path.write_bytes(bytes(raw))
    assert "archive.member-too-large" in rules(path)
    # The same in a tar: the header says 1 GB, the data is missing.
    ti = tarfile.TarInfo("p/big.py")
    ti.size = 1 << 30
    header = ti.tobuf(format=tarfile.GNU_FORMAT)
    tpath = tmp_path / "huge.tar"
    tpath.write_bytes(header + b"x = 1\n" + b"\0" * 1024)
    # Its declared end lies beyond the total budget: refused before it is read or skipped.
    assert "archive.too-large" in rules(tpath)


@pytest.mark.parametrize("suffix", [".zip", ".tar.gz", ".whl"])
def test_empty_archives(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"empty{suffix}"
    if suffix == ".tar.gz":
        write_tar(path, [])
    else:
        write_zip(path, [])
    result = scan_target(path)
    assert "archive.empty" in {f.rule for f in result.findings}
    # An empty zip or tar installs nothing; an empty wheel has no RECORD, which pip refuses.
    assert result.verdict == ("suspicious" if suffix == ".whl" else "clean")
    assert ("archive.no-record" in {f.rule for f in result.findings}) == (suffix == ".whl")


@pytest.mark.parametrize("suffix", [".whl", ".tar.gz", ".tar.bz2", ".zip"])
def test_junk_bytes_are_a_finding(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"junk{suffix}"
    path.write_bytes(b"\x00\x01 this is not an archive" * 20)
    assert "archive.corrupt" in rules(path)


def test_nonexistent_path_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(PipwardenError, match="no such file"):
        open_target(tmp_path / "nope.whl")


@pytest.mark.parametrize("mode,suffix", [("w:gz", ".tar.gz"), ("w:bz2", ".tar.bz2")])
def test_sdist_formats_are_analysed(tmp_path: Path, mode: str, suffix: str) -> None:
    path = write_tar(tmp_path / f"p-1{suffix}", [("p-1/p/__init__.py", EVIL.encode())], mode)
    assert scan_target(path).verdict == "malicious"
    zpath = write_zip(tmp_path / "p-1.zip", [("p-1/p/__init__.py", EVIL.encode())])
    assert scan_target(zpath).verdict == "malicious"


def test_nothing_is_extracted(tmp_path: Path) -> None:
    name, data = build_sdist("demo", "1.0", {"demo/__init__.py": EVIL}, setup_py="print(1)\n")
    path = tmp_path / name
    path.write_bytes(data)
    before = sorted(os.listdir(tmp_path))
    scan_target(path)
    assert sorted(os.listdir(tmp_path)) == before


def test_folder_respects_gitignore_without_git(tmp_path: Path) -> None:
    (tmp_path / ".gitignore").write_text("build/\n*.log\n/top.py\n")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "x.py").write_text(EVIL)
    (tmp_path / "a.log").write_text("x")
    (tmp_path / "top.py").write_text(EVIL)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "top.py").write_text("x = 1\n")
    names = folder_files(tmp_path)
    assert "src/top.py" in names
    assert not {"build/x.py", "a.log", "top.py"} & set(names)
    assert scan_target(tmp_path).verdict == "clean"


def test_data_members_are_not_read_in_full(tmp_path: Path) -> None:
    elf = b"\x7fELF" + b"\x01" * (2 * 1024 * 1024)
    path = write_zip(
        tmp_path / "d.zip",
        [("p/blob.bin", elf), ("p/tool", elf), ("p/run", b"#!/usr/bin/env python\nimport os\n")],
    )
    result = scan_target(path, Limits(max_member_size=1024 * 1024))
    found = {(f.rule, f.file) for f in result.findings}
    assert not any(rule == "archive.member-too-large" for rule, _ in found)
    assert ("binary-dropper.executable", "p/blob.bin") in found
    assert result.files == 3
