"""Issue 12, sections 3 and 4: the reader sees what the installer installs, and hostile
archives are bounded in time and memory. Each differential is checked against pip's own
unpacking where pip unpacks (tar, zip sdists) or installs (wheels)."""

from __future__ import annotations

import gzip
import io
import os
import stat
import subprocess
import sys
import tarfile
import threading
import time
import warnings
import zipfile
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity
from pipwarden.scan import TargetResult, scan_target
from pipwarden.scan.archive import Limits, open_target
from tests.support.builders import build_sdist, build_wheel, tar_bytes
from tests.support.indexserver import LocalIndex

EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
PAYLOAD_RULE = "obfuscation.exec-decoded"


def by_rule(result: TargetResult) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for f in result.findings:
        out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return out


def duplicate_wheel(first: str, last: str) -> tuple[str, bytes]:
    """A wheel whose RECORD matches `first` and that holds two copies of dup/__init__.py."""
    name, data = build_wheel("dup", "1.0", {"dup/__init__.py": first})
    buf = io.BytesIO(data)
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "a") as zf:
        warnings.simplefilter("ignore")
        zf.writestr("dup/__init__.py", last)
    return name, buf.getvalue()


# ------------------------------------------------------------------ duplicates


def test_duplicate_wheel_member_payload_in_the_installed_copy(tmp_path: Path) -> None:
    name, data = duplicate_wheel("x = 1\n", EVIL)
    path = tmp_path / name
    path.write_bytes(data)
    found = by_rule(scan_target(path))
    assert found["archive.duplicate-member"] == Severity.HIGH
    assert PAYLOAD_RULE in found  # the last copy, the one pip installs, was analysed
    # pip really installs the last copy (nothing of the package runs: a wheel is unpacked).
    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index"]
        + ["--disable-pip-version-check", "--target", str(target), str(path)],
        check=True,
        capture_output=True,
        env={**os.environ, "PIP_CONFIG_FILE": os.devnull},
    )
    assert (target / "dup" / "__init__.py").read_text() == EVIL


def test_duplicate_member_payload_in_the_first_copy(tmp_path: Path) -> None:
    name, data = duplicate_wheel(EVIL, "x = 1\n")
    path = tmp_path / name
    path.write_bytes(data)
    assert {"archive.duplicate-member", PAYLOAD_RULE} <= by_rule(scan_target(path)).keys()


@pytest.mark.parametrize("order", ["benign-first", "payload-first"])
def test_duplicate_tar_member_every_copy_analysed(tmp_path: Path, order: str) -> None:
    copies = [b"x = 1\n", EVIL.encode()]
    if order == "payload-first":
        copies.reverse()
    raw = tar_bytes([("dup-1.0/PKG-INFO", b"")] + [("dup-1.0/dup/__init__.py", c) for c in copies])
    path = tmp_path / "dup-1.0.tar.gz"
    path.write_bytes(gzip.compress(raw))
    found = by_rule(scan_target(path))
    assert found["archive.duplicate-member"] == Severity.HIGH
    assert PAYLOAD_RULE in found


def test_check_blocks_the_duplicate_wheel(index: LocalIndex, run_cli) -> None:
    index.add_dist(duplicate_wheel("x = 1\n", EVIL))
    res = run_cli(
        "check", "dup", "--index-url", index.url, "--retries", "1", "--timeout", "5",
        "--format", "json",
    )  # fmt: skip
    assert res.exit_code == 1, res.stderr
    import json

    doc = json.loads(res.stdout)
    assert doc["verdict"] == "block"
    rules = {f["rule"]: f["severity"] for p in doc["packages"] for f in p["findings"]}
    assert rules["archive.duplicate-member"] == "high"
    assert PAYLOAD_RULE in rules


def test_many_copies_give_one_finding(tmp_path: Path) -> None:
    raw = tar_bytes([("d-1.0/d/a.py", f"x = {i % 2}\n".encode()) for i in range(1000)])
    path = tmp_path / "d-1.0.tar.gz"
    path.write_bytes(gzip.compress(raw))
    result = scan_target(path)
    assert [f.rule for f in result.findings] == ["archive.duplicate-member"]
    assert result.files == 1000


# ------------------------------------------------------------------ concatenated gzip


def _pip_untar(path: Path, dest: Path) -> dict[str, bytes]:
    from pip._internal.utils.unpacking import untar_file

    untar_file(str(path), str(dest))
    return {p.relative_to(dest).as_posix(): p.read_bytes() for p in dest.rglob("*") if p.is_file()}


def test_concatenated_gzip_every_member_is_read_as_pip_reads_it(tmp_path: Path) -> None:
    first = tar_bytes([("cat-1.0/cat/a.py", b"x = 1\n")], end=False)
    second = tar_bytes([("cat-1.0/cat/b.py", EVIL.encode())])
    path = tmp_path / "cat-1.0.tar.gz"
    path.write_bytes(gzip.compress(first) + gzip.compress(second))
    contents = open_target(path)
    read = {m.name: m.data for m in contents.members}
    # Python's streaming reader stops after the first member; pip's does not.
    with tarfile.open(path, "r|gz") as tf:
        assert [m.name for m in tf] == ["cat-1.0/cat/a.py"]
    installed = _pip_untar(path, tmp_path / "pip")
    assert installed == {"cat/a.py": b"x = 1\n", "cat/b.py": EVIL.encode()}
    assert {k.split("/", 1)[1]: v for k, v in read.items()} == installed
    found = by_rule(scan_target(path))
    assert PAYLOAD_RULE in found
    assert found["archive.concatenated-gzip"] == Severity.HIGH


def test_members_after_the_end_marker_are_a_finding(tmp_path: Path) -> None:
    # tarfile (and so pip) stops at the end-of-archive marker; GNU tar -i reads on.
    first = tar_bytes([("t-1.0/t/a.py", b"x = 1\n")])
    second = tar_bytes([("t-1.0/t/b.py", EVIL.encode())])
    path = tmp_path / "t-1.0.tar.gz"
    path.write_bytes(gzip.compress(first + second))
    assert set(_pip_untar(path, tmp_path / "pip")) == {"t/a.py"}
    assert by_rule(scan_target(path))["archive.trailing-data"] == Severity.HIGH


# ------------------------------------------------------------------ corrupt, truncated


def _sdist(tmp_path: Path) -> Path:
    name, data = build_sdist("cut", "1.0", {"cut/__init__.py": "x = 1\n" * 400})
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize("keep", [0.3, 0.6, 0.9, 0.99])
def test_truncated_sdist_is_high(tmp_path: Path, keep: float) -> None:
    path = _sdist(tmp_path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    result = scan_target(path)
    assert result.verdict == "suspicious"
    assert {"archive.truncated", "archive.corrupt"} & by_rule(result).keys()


def test_tar_without_end_marker_or_with_a_bad_header(tmp_path: Path) -> None:
    raw = tar_bytes([("c-1.0/c/a.py", b"x = 1\n"), ("c-1.0/c/b.py", b"y = 2\n")])
    cut = raw.rstrip(b"\0")
    cut += b"\0" * (-len(cut) % 512)
    path = tmp_path / "c-1.0.tar.gz"
    path.write_bytes(gzip.compress(cut))
    assert by_rule(scan_target(path))["archive.truncated"] == Severity.HIGH
    # A garbage block where the second member's header is: tarfile ends the listing there.
    second = raw.index(b"c-1.0/c/b.py")
    second -= second % 512
    path.write_bytes(gzip.compress(raw[:second] + b"G" * 512 + raw[second + 512 :]))
    result = scan_target(path)
    assert by_rule(result)["archive.corrupt"] == Severity.HIGH
    assert result.files == 1


def test_truncated_wheel_is_high(tmp_path: Path) -> None:
    name, data = build_wheel("cut", "1.0")
    path = tmp_path / name
    path.write_bytes(data[: len(data) - 30])
    result = scan_target(path)
    assert by_rule(result)["archive.corrupt"] == Severity.HIGH
    assert result.verdict == "suspicious"


def test_negative_size_that_loops_back_is_high(tmp_path: Path) -> None:
    # A base-256 size of -512 sends tarfile back to the same header, forever.
    raw = bytearray(tar_bytes([("n-1.0/a.py", b"x = 1\n"), ("n-1.0/b.py", b"")]))
    second = raw.index(b"n-1.0/b.py")
    raw[second + 124 : second + 136] = b"\xff" + (-512).to_bytes(12, "big", signed=True)[1:]
    raw[second + 148 : second + 156] = b" " * 8
    raw[second + 148 : second + 156] = b"%06o\0 " % sum(raw[second : second + 512])
    path = tmp_path / "n-1.0.tar.gz"
    path.write_bytes(gzip.compress(bytes(raw)))
    start = time.monotonic()
    result = scan_target(path)
    assert time.monotonic() - start < 2
    assert by_rule(result)["archive.corrupt"] == Severity.HIGH
    assert result.files == 1


def _with_record(tmp_path: Path, record: bytes | None) -> Path:
    name, data = build_wheel("rec", "1.0", {"rec/__init__.py": "x = 1\n"})
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            if info.filename.endswith("RECORD"):
                if record is not None:
                    dst.writestr(info, record)
                continue
            dst.writestr(info, src.read(info))
    path = tmp_path / name
    path.write_bytes(out.getvalue())
    return path


@pytest.mark.parametrize(
    "record",
    [
        b"rec/__init__.py,,\rrec/evil.py,,\n",  # a bare CR: a line break for pip only
        b"rec/__init__.py," + b"a" * 200_000 + b",6\n",  # a field over csv's limit
        b"rec/\xff.py,,\n",  # not UTF-8
    ],
    ids=["bare-cr", "huge-field", "not-utf8"],
)
def test_unparseable_record_is_high(tmp_path: Path, record: bytes) -> None:
    found = by_rule(scan_target(_with_record(tmp_path, record)))
    assert found["archive.bad-record"] == Severity.HIGH


def test_missing_record_is_high_and_mismatch_stays_high(tmp_path: Path) -> None:
    assert by_rule(scan_target(_with_record(tmp_path, None)))["archive.no-record"] == Severity.HIGH
    wrong = b"rec/__init__.py,sha256=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA,6\n"
    found = by_rule(scan_target(_with_record(tmp_path, wrong)))
    assert found["archive.record-mismatch"] == Severity.HIGH


def test_code_check_surfaces_an_unreadable_artifact_at_high(tmp_path: Path) -> None:
    from types import SimpleNamespace

    from pipwarden.candidate import Candidate
    from pipwarden.checks import code

    for name, data in (("junk-1.0-py3-none-any.whl", b"PK\x03\x04 not really a zip"),):
        path = tmp_path / name
        path.write_bytes(data)
        candidate = Candidate("junk", "1.0", name, "", None, "wheel", path=path)
        found = code.run(candidate, SimpleNamespace(scratch={}, store=None))  # type: ignore[arg-type]
        assert any(f.rule == "archive.corrupt" and f.severity == Severity.HIGH for f in found)
    # An input error of the reader (here: not a regular file) is high too.
    fifo = tmp_path / "fifo-1.0-py3-none-any.whl"
    os.mkfifo(fifo)
    candidate = Candidate("fifo", "1.0", fifo.name, "", None, "wheel", path=fifo)
    found = code.run(candidate, SimpleNamespace(scratch={}, store=None))  # type: ignore[arg-type]
    assert [f.severity for f in found] == [Severity.HIGH]


# ------------------------------------------------------------------ bounds


def test_84_byte_targz_with_a_huge_skipped_member_ends_at_once(tmp_path: Path) -> None:
    ti = tarfile.TarInfo("p/data.bin")  # data: skipped, not read
    ti.size = 1 << 40
    path = tmp_path / "huge.tar.gz"
    path.write_bytes(gzip.compress(ti.tobuf(format=tarfile.GNU_FORMAT), mtime=0))
    assert len(path.read_bytes()) < 100
    start = time.monotonic()
    found = by_rule(scan_target(path))
    assert time.monotonic() - start < 2
    assert found["archive.too-large"] == Severity.HIGH


def test_a_code_member_bomb_is_stopped_while_it_is_read(tmp_path: Path) -> None:
    # 60 MiB of zeros in a .py (under the member limit) compress 1000:1: reading it stops
    # after a few MiB, when the expansion ratio is exceeded.
    raw = tar_bytes([("b-1.0/b/a.py", b"\0" * (60 << 20)), ("b-1.0/b/c.py", b"x = 1\n")])
    path = tmp_path / "b-1.0.tar.gz"
    path.write_bytes(gzip.compress(raw, compresslevel=9))
    start = time.monotonic()
    result = scan_target(path)
    assert time.monotonic() - start < 2
    assert by_rule(result)["archive.zip-bomb"] == Severity.HIGH
    assert result.files == 0


@pytest.mark.parametrize(
    "kind", [tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE]
)
def test_huge_extension_headers_are_refused_before_reading(tmp_path: Path, kind: bytes) -> None:
    ti = tarfile.TarInfo("././@LongLink")
    ti.type = kind
    ti.size = 1 << 30  # really 4 MiB follow: it would all be read into memory
    data = ti.tobuf(format=tarfile.GNU_FORMAT) + b"a" * (4 << 20)
    path = tmp_path / "hdr.tar.gz"
    path.write_bytes(gzip.compress(data, compresslevel=1))
    found = by_rule(scan_target(path, Limits(max_header_size=1 << 20)))
    assert found["archive.member-too-large"] == Severity.HIGH


_MEASURE = """
import sys, time
from pathlib import Path
from pipwarden.scan import scan_target
start = time.monotonic()
result = scan_target(Path(sys.argv[1]))
took = time.monotonic() - start
# VmHWM: the peak resident memory of this process alone (ru_maxrss would include the
# parent's, inherited across fork and exec).
peak = 0
for line in open("/proc/self/status"):
    if line.startswith("VmHWM:"):
        peak = int(line.split()[1]) * 1024
print(took, peak, " ".join(sorted({f.rule for f in result.findings})), result.verdict)
"""


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="needs /proc (Linux)")
def test_thirty_mib_source_in_a_small_wheel(tmp_path: Path) -> None:
    # 30 MiB of dense code that compresses 150:1 (under the bomb ratio, so it is read).
    source = b"".join(b"x=%d\n" % (i % 1000) for i in range(5_400_000))
    assert len(source) > 30 * 1024 * 1024
    name, data = build_wheel("big", "1.0", {"big/__init__.py": source})
    path = tmp_path / name
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():  # the builder stores; deflate it
            dst.writestr(info.filename, src.read(info), zipfile.ZIP_DEFLATED, 9)
    assert path.stat().st_size < 300_000
    out = subprocess.run(
        [sys.executable, "-c", _MEASURE, str(path)], capture_output=True, text=True, check=True
    ).stdout.split()
    took, peak, verdict = float(out[0]), int(out[1]), out[-1]
    assert "parse.too-large" in out[2:-1]
    assert verdict == "suspicious"
    assert took < 10, took  # 1.2 s on an idle machine; CI machines are shared
    assert 0 < peak < 512 * 1024 * 1024, peak


def test_time_budget_is_a_blocking_finding(tmp_path: Path) -> None:
    path = _sdist(tmp_path)
    result = scan_target(path, Limits(max_seconds=0))
    assert by_rule(result)["archive.budget-exceeded"] == Severity.HIGH
    assert result.verdict == "suspicious"


def test_time_budget_is_checked_inside_the_engine(tmp_path: Path) -> None:
    name, data = build_wheel("slow", "1.0", {"slow/__init__.py": "x = f(1)\n" * 150_000})
    path = tmp_path / name
    path.write_bytes(data)
    # CPU time, not wall time: a loaded machine (CI's two cores running the suite on
    # both) stretches the wall clock but not the work done before the budget stops it.
    start = time.process_time()
    result = scan_target(path, Limits(max_seconds=0.3))
    assert time.process_time() - start < 3
    finding = [f for f in result.findings if f.rule == "archive.budget-exceeded"]
    assert finding and finding[0].severity == Severity.HIGH


def test_memory_budget_is_a_blocking_finding(tmp_path: Path) -> None:
    name, data = build_wheel("mem", "1.0", {"mem/__init__.py": "x = [1] * 3\n" * 50_000})
    path = tmp_path / name
    path.write_bytes(data)
    result = scan_target(path, Limits(max_memory=1))  # any growth at all
    assert by_rule(result)["archive.budget-exceeded"] == Severity.HIGH


def _scan_in_thread(path: Path) -> BaseException | TargetResult | None:
    box: list[BaseException | TargetResult] = []

    def run() -> None:
        try:
            box.append(scan_target(path))
        except BaseException as exc:
            box.append(exc)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(5)
    return box[0] if box else None


def test_fifo_target_is_an_input_error(tmp_path: Path, run_cli) -> None:
    fifo = tmp_path / "pkg-1.0-py3-none-any.whl"
    os.mkfifo(fifo)
    outcome = _scan_in_thread(fifo)
    assert isinstance(outcome, PipwardenError), outcome
    assert stat.S_ISFIFO(fifo.stat().st_mode)
    res = run_cli("scan", str(fifo))
    assert res.exit_code == 2
    assert "not a regular file" in res.stderr and "Traceback" not in res.stderr


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_device_target_is_an_input_error(run_cli) -> None:
    outcome = _scan_in_thread(Path("/dev/zero"))
    assert isinstance(outcome, PipwardenError), outcome
    assert run_cli("scan", "/dev/zero").exit_code == 2
