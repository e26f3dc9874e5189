"""Safe, in-memory reading of hostile archives, folders and installed distributions.

Nothing is ever extracted to disk. Every member is read under `Limits`
(member size, total size, compression ratio, member count); anything odd about
the container itself (zip bombs, path traversal, absolute paths, links, device
files, duplicate members, files a wheel's RECORD does not declare) becomes a
`Finding` with check ``code`` and a rule id under ``archive.``.
"""

from __future__ import annotations

import base64
import csv
import fnmatch
import functools
import hashlib
import io
import os
import re
import stat
import subprocess
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import IO

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity

MiB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Bounds on what is read from one target."""

    #: Largest single member read (bigger ones are reported, not read).
    max_member_size: int = 64 * MiB
    #: Total uncompressed bytes read from one target.
    max_total_size: int = 1024 * MiB
    #: Uncompressed/compressed ratio above which a member is a bomb.
    max_ratio: float = 200.0
    #: Ratio checks apply only above this many uncompressed bytes.
    ratio_floor: int = 4 * MiB
    #: Members read from one target.
    max_members: int = 50_000


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Member:
    """One file read from a target: its path inside the target and its bytes.

    Only code (Python sources, .pth files, build configuration) is read in full;
    of every other file `data` holds the first `HEAD` bytes (enough to recognise
    a native executable) and `complete` is False.
    """

    name: str
    data: bytes
    complete: bool = True


HEAD = 4096
#: Data files that can carry code when loaded (pickles, model archives, YAML with python
#: tags, archives inside the package) are read this far; other data only to HEAD.
DEEP = 1 << 20
_DEEP_SUFFIXES = (
    ".pkl", ".pickle", ".pt", ".pth", ".ckpt", ".joblib", ".yaml", ".yml", ".dat", ".bin",
    ".model", ".npy", ".sav", ".pyc", ".pyo",
)  # fmt: skip


_COMPRESSED_PICKLE_RE = re.compile(
    r"\.(?:pkl|pickle|joblib|pt|pth|npy|dat|bin)\.(?:gz|gzip|bz2|xz|lzma|z)$", re.IGNORECASE
)


def _deep(name: str, head: bytes) -> bool:
    """True for data members whose content decides whether loading them runs code."""
    return (
        name.lower().endswith(_DEEP_SUFFIXES)
        or _COMPRESSED_PICKLE_RE.search(name) is not None
        or head.startswith(b"PK\x03\x04")
        or (len(head) > 1 and head[0] == 0x80 and 2 <= head[1] <= 5)
        or head.startswith((b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf"))
        or (head.startswith(b"MZ") and b"PE\x00\x00" in head)
        or ".data/scripts/" in name
    )


_CODE_SUFFIXES = (".py", ".pyw", ".pth")
_CODE_NAMES = ("pyproject.toml", "setup.cfg", "metadata", "pkg-info", "entry_points.txt")


def _code_kind(name: str) -> bool | None:
    """True for code members, False for data, None when the first bytes decide (scripts)."""
    base = name.lower().rsplit("/", 1)[-1]
    if base.endswith(_CODE_SUFFIXES) or base in _CODE_NAMES:
        return True
    return None if "." not in base else False


def _open_binary(path: Path) -> IO[bytes]:
    return path.open("rb")


def _same(fh: IO[bytes]) -> IO[bytes]:
    return fh


def _python_script(head: bytes) -> bool:
    return head.startswith(b"#!") and b"python" in head[:100]


_READ_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    OSError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    EOFError,
    ValueError,
)


def _take(
    name: str,
    size: int,
    opener: Callable[[], IO[bytes]],
    budget: _Budget,
    issues: list[Finding],
    packed: int | None = None,
) -> Member | None:
    """Read one member under the limits: code in full, anything else its first bytes."""
    limits = budget.limits
    kind = _code_kind(name)

    def admissible() -> bool:
        if not budget.fits(name, size):
            return False
        if (
            packed is not None
            and size > limits.ratio_floor
            and size / max(packed, 1) > limits.max_ratio
        ):
            issues.append(_bomb(name, size, packed, limits.max_ratio))
            return False
        return True

    if kind is True and not admissible():
        return None
    try:
        with opener() as fh:
            head = fh.read(HEAD)
            if kind is None:
                kind = _python_script(head)
                if kind and not admissible():
                    return None
            if not kind:
                if len(head) == HEAD and _deep(name, head):
                    head += fh.read(DEEP - HEAD)
                budget.spend(len(head))
                return Member(name, head, complete=False)
            data = head + fh.read(limits.max_member_size + 1 - len(head))
    except _READ_ERRORS as exc:
        issues.append(_issue("archive.corrupt", Severity.MEDIUM, f"member unreadable: {exc}", name))
        return None
    budget.spend(len(data))
    if len(data) > limits.max_member_size:
        issues.append(
            _issue(
                "archive.member-too-large",
                Severity.MEDIUM,
                f"member is larger than {limits.max_member_size} bytes; not analysed",
                name,
            )
        )
        return None
    return Member(name, data)


@dataclass
class Contents:
    """What reading a target gives: its kind, its members (lazily) and container findings.

    `kind` is one of ``wheel``, ``sdist``, ``zip``, ``folder``, ``file``,
    ``installed``. `issues` grows while `members()` is iterated.
    """

    target: str
    kind: str
    members: Iterator[Member]
    issues: list[Finding] = field(default_factory=list)
    #: A wheel tagged ``none-any`` (pure Python): native binaries in it are droppers.
    pure: bool = False


def _issue(
    rule: str, severity: Severity, message: str, name: str | None, evidence: str = ""
) -> Finding:
    return Finding(
        check="code",
        rule=rule,
        severity=severity,
        message=message,
        file=name,
        evidence=evidence,
        remediation=_FIXES.get(rule, ""),
    )


_FIXES = {
    "archive.path-traversal": "Do not install this artifact; legitimate build tools never write '..' paths.",
    "archive.absolute-path": "Do not install this artifact; legitimate build tools never write absolute paths.",
    "archive.zip-bomb": "Do not unpack this artifact; it expands far beyond its size.",
}


def _check_name(name: str, issues: list[Finding], seen: set[str]) -> str | None:
    """The normalized member name, or None (with a finding) when it must not be read."""
    norm = name.replace("\\", "/")
    if not norm or "\x00" in norm:
        issues.append(
            _issue(
                "archive.bad-name", Severity.HIGH, "member with an empty or NUL name", repr(name)
            )
        )
        return None
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":" and norm[0].isalpha()):
        issues.append(
            _issue(
                "archive.absolute-path",
                Severity.HIGH,
                f"member with an absolute path {name!r} would be written outside the install location",
                name,
            )
        )
        return None
    parts = [p for p in norm.split("/") if p not in ("", ".")]
    if ".." in parts:
        issues.append(
            _issue(
                "archive.path-traversal",
                Severity.HIGH,
                f"member path {name!r} climbs out of the archive with '..'",
                name,
            )
        )
        return None
    clean = "/".join(parts)
    if not clean:
        issues.append(
            _issue("archive.bad-name", Severity.HIGH, f"member name {name!r} is empty", None)
        )
        return None
    if clean in seen:
        issues.append(
            _issue(
                "archive.duplicate-member",
                Severity.MEDIUM,
                f"member {clean!r} appears more than once; tools disagree on which copy wins",
                clean,
            )
        )
        return None
    seen.add(clean)
    return clean


class _Budget:
    """Counts members and bytes read from one target against `Limits`."""

    def __init__(self, limits: Limits, issues: list[Finding], target: str) -> None:
        self.limits = limits
        self.issues = issues
        self.target = target
        self.members = 0
        self.total = 0
        self.exhausted = False

    def admit(self) -> bool:
        """True when one more member may be read."""
        if self.exhausted:
            return False
        self.members += 1
        if self.members > self.limits.max_members:
            self.issues.append(
                _issue(
                    "archive.too-many-members",
                    Severity.MEDIUM,
                    f"more than {self.limits.max_members} members; the rest were not read",
                    None,
                )
            )
            self.exhausted = True
            return False
        return True

    def fits(self, name: str, size: int) -> bool:
        """True when a member of `size` bytes may be read."""
        if size > self.limits.max_member_size:
            self.issues.append(
                _issue(
                    "archive.member-too-large",
                    Severity.MEDIUM,
                    f"member declares {size} bytes (limit {self.limits.max_member_size}); not read",
                    name,
                )
            )
            return False
        if self.total + size > self.limits.max_total_size:
            self.issues.append(
                _issue(
                    "archive.too-large",
                    Severity.MEDIUM,
                    f"target expands beyond {self.limits.max_total_size} bytes; the rest was not read",
                    name,
                )
            )
            self.exhausted = True
            return False
        return True

    def spend(self, size: int) -> None:
        """Record `size` bytes read."""
        self.total += size


def _bomb(name: str | None, size: int, packed: int, ratio: float) -> Finding:
    return _issue(
        "archive.zip-bomb",
        Severity.HIGH,
        f"expands {size} bytes from {packed} (ratio {size / max(packed, 1):.0f}, limit {ratio:.0f})",
        name,
    )


# ---------------------------------------------------------------- zip / wheel


def _record_entries(
    zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo]
) -> dict[str, str] | None:
    """RECORD of a wheel: path -> 'sha256=...' (or '' for unhashed entries)."""
    records = [n for n in names if n.count("/") == 1 and n.endswith(".dist-info/RECORD")]
    if len(records) != 1:
        return None
    info = names[records[0]]
    if info.file_size > 16 * MiB:
        return None
    try:
        text = zf.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, zlib.error, EOFError):
        return None
    entries: dict[str, str] = {}
    for row in csv.reader(io.StringIO(text)):
        if row:
            entries[row[0].replace("\\", "/")] = row[1] if len(row) > 1 else ""
    return entries


def _matches(data: bytes, want: str) -> bool:
    """True when `data` has the RECORD hash `want` (urlsafe base64, or hex as some tools write)."""
    digest = hashlib.sha256(data).digest()
    value = want.split("=", 1)[1].rstrip("=")
    encoded = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return value == encoded or value.lower() == digest.hex()


def _read_zip(
    path: Path, limits: Limits, issues: list[Finding], is_wheel: bool
) -> Iterator[Member]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        issues.append(
            _issue("archive.corrupt", Severity.MEDIUM, f"not a readable zip archive: {exc}", None)
        )
        return
    with zf:
        try:
            infos = zf.infolist()
        except Exception as exc:
            issues.append(
                _issue("archive.corrupt", Severity.MEDIUM, f"unreadable zip directory: {exc}", None)
            )
            return
        if not infos:
            issues.append(_issue("archive.empty", Severity.LOW, "the archive has no members", None))
            return
        on_disk = max(path.stat().st_size, 1)
        declared = sum(i.file_size for i in infos)
        if declared > limits.ratio_floor and declared / on_disk > limits.max_ratio:
            issues.append(_bomb(None, declared, on_disk, limits.max_ratio))
        budget = _Budget(limits, issues, str(path))
        seen: set[str] = set()
        by_name: dict[str, zipfile.ZipInfo] = {}
        ordered: list[tuple[str, zipfile.ZipInfo]] = []
        for info in infos:
            if info.is_dir():
                continue
            if not budget.admit():
                break
            name = _check_name(info.filename, issues, seen)
            if name is None:
                continue
            mode = info.external_attr >> 16
            if mode and stat.S_ISLNK(mode):
                issues.append(
                    _issue(
                        "archive.link",
                        Severity.MEDIUM,
                        f"zip member {name!r} is a symbolic link",
                        name,
                    )
                )
                continue
            by_name[name] = info
            ordered.append((name, info))
        record = _record_entries(zf, by_name) if is_wheel else None
        if is_wheel and record is None:
            issues.append(
                _issue(
                    "archive.no-record",
                    Severity.MEDIUM,
                    "wheel has no readable RECORD (or several)",
                    None,
                )
            )
        if record is not None:
            for name in by_name:
                if name in record or name.endswith(
                    (".dist-info/RECORD.jws", ".dist-info/RECORD.p7s")
                ):
                    continue
                issues.append(
                    _issue(
                        "archive.undeclared-file",
                        Severity.MEDIUM,
                        f"{name!r} is in the wheel but not in its RECORD",
                        name,
                    )
                )
        for name, info in ordered:
            member = _take(
                name,
                info.file_size,
                functools.partial(zf.open, info),
                budget,
                issues,
                packed=info.compress_size,
            )
            if member is None:
                if budget.exhausted:
                    break
                continue
            if record is not None and member.complete:
                want = record.get(name, "")
                if want.startswith("sha256=") and not _matches(member.data, want):
                    issues.append(
                        _issue(
                            "archive.record-mismatch",
                            Severity.HIGH,
                            f"{name!r} does not match the hash its RECORD declares",
                            name,
                        )
                    )
            yield member


# ---------------------------------------------------------------- tar / sdist


class _CountingReader(io.RawIOBase):
    """A file wrapper counting compressed bytes consumed (for ratio checks)."""

    def __init__(self, raw: io.BufferedReader) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(b)
        self.count += n or 0
        return n or 0


def _read_tar(path: Path, limits: Limits, issues: list[Finding]) -> Iterator[Member]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        raise PipwardenError(f"cannot read {path}: {exc}") from None
    counter = _CountingReader(fh)
    budget = _Budget(limits, issues, str(path))
    seen: set[str] = set()
    count = 0
    try:
        with tarfile.open(fileobj=io.BufferedReader(counter), mode="r|*") as tf:
            for ti in tf:
                # Uncompressed bytes really produced so far (declared sizes may lie).
                unpacked = getattr(tf.fileobj, "pos", tf.offset)
                if (
                    unpacked > limits.ratio_floor
                    and unpacked / max(counter.count, 1) > limits.max_ratio
                ):
                    issues.append(_bomb(None, unpacked, counter.count, limits.max_ratio))
                    return
                if ti.isdir():
                    continue
                count += 1
                if not budget.admit():
                    return
                name = _check_name(ti.name, issues, seen)
                if name is None:
                    continue
                if ti.issym() or ti.islnk():
                    kind = "symbolic" if ti.issym() else "hard"
                    target = ti.linkname.replace("\\", "/")
                    outside = target.startswith("/") or ".." in target.split("/")
                    issues.append(
                        _issue(
                            "archive.link",
                            Severity.HIGH if outside else Severity.MEDIUM,
                            f"{kind} link {name!r} -> {ti.linkname!r}"
                            + (" points outside the archive" if outside else ""),
                            name,
                        )
                    )
                    continue
                if not ti.isfile():
                    issues.append(
                        _issue(
                            "archive.special-file",
                            Severity.HIGH,
                            f"{name!r} is a device, FIFO or other special file",
                            name,
                        )
                    )
                    continue
                extracted = tf.extractfile(ti)
                if extracted is None:
                    continue
                member = _take(name, ti.size, functools.partial(_same, extracted), budget, issues)
                if member is None:
                    # Streaming past a huge member means decompressing it: stop instead.
                    if budget.exhausted or ti.size > 4 * limits.max_member_size:
                        return
                    continue
                yield member
    except (tarfile.TarError, EOFError, OSError, zlib.error, ValueError) as exc:
        issues.append(
            _issue("archive.corrupt", Severity.MEDIUM, f"unreadable tar archive: {exc}", None)
        )
    except Exception as exc:
        issues.append(
            _issue("archive.corrupt", Severity.MEDIUM, f"unreadable archive: {exc}", None)
        )
    finally:
        fh.close()
    if count == 0 and not any(i.rule == "archive.corrupt" for i in issues):
        issues.append(_issue("archive.empty", Severity.LOW, "the archive has no members", None))


# ---------------------------------------------------------------- folders


def _git_files(folder: Path) -> list[str] | None:
    """Files git would consider (tracked + untracked, not ignored), or None outside git."""
    try:
        proc = subprocess.run(
            [
                "git",
                "-C",
                str(folder),
                "ls-files",
                "-z",
                "--cached",
                "--others",
                "--exclude-standard",
            ],
            capture_output=True,
            timeout=60,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    if proc.returncode != 0:
        return None
    names = [n for n in proc.stdout.decode("utf-8", "surrogateescape").split("\0") if n]
    return sorted(set(names))


def _ignore_patterns(folder: Path) -> list[str]:
    try:
        text = (folder / ".gitignore").read_text("utf-8", "replace")
    except OSError:
        return []
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _ignored(rel: str, patterns: list[str]) -> bool:
    parts = rel.split("/")
    for pat in patterns:
        if pat.startswith("!"):
            continue
        p = pat.rstrip("/")
        if p.startswith("/"):
            if fnmatch.fnmatch(rel, p[1:]) or fnmatch.fnmatch(rel, p[1:] + "/*"):
                return True
        elif "/" in p:
            if fnmatch.fnmatch(rel, p) or fnmatch.fnmatch(rel, p + "/*"):
                return True
        elif any(fnmatch.fnmatch(part, p) for part in parts):
            return True
    return False


_SKIP_DIRS = {".git", ".hg", ".svn", "__pycache__", ".tox", ".nox", ".mypy_cache", ".ruff_cache"}


def folder_files(folder: Path) -> list[str]:
    """Relative POSIX paths of the files to scan in `folder`, honouring .gitignore."""
    names = _git_files(folder)
    if not names:  # not in a repository, or the folder itself is ignored: walk it
        patterns = _ignore_patterns(folder)
        names = []
        for root, dirs, files in os.walk(folder, followlinks=False):
            rel_root = os.path.relpath(root, folder)
            rel_root = "" if rel_root == "." else rel_root.replace(os.sep, "/") + "/"
            dirs[:] = sorted(
                d for d in dirs if d not in _SKIP_DIRS and not _ignored(rel_root + d, patterns)
            )
            for f in sorted(files):
                rel = rel_root + f
                if not _ignored(rel, patterns):
                    names.append(rel)
    return names


def _read_files(
    base: Path, names: list[str], limits: Limits, issues: list[Finding]
) -> Iterator[Member]:
    budget = _Budget(limits, issues, str(base))
    for rel in names:
        p = base / rel
        try:
            st = p.lstat()
        except OSError:
            continue
        if stat.S_ISLNK(st.st_mode) or not stat.S_ISREG(st.st_mode):
            continue
        if not budget.admit():
            return
        member = _take(rel, st.st_size, functools.partial(_open_binary, p), budget, issues)
        if member is None:
            if budget.exhausted:
                return
            continue
        yield member


# ---------------------------------------------------------------- installed


def installed_files(name: str) -> tuple[Path, list[str], dict[str, str]]:
    """An installed distribution's base folder, its files (relative) and RECORD hashes."""
    from importlib import metadata

    try:
        dist = metadata.distribution(name)
    except metadata.PackageNotFoundError:
        raise PipwardenError(f"no installed distribution named {name!r}") from None
    base = Path(str(dist.locate_file("")))
    rels: list[str] = []
    hashes: dict[str, str] = {}
    for f in dist.files or []:
        rel = str(f).replace("\\", "/")
        if rel.startswith("../") or rel.startswith("/") or rel.endswith(".pyc"):
            continue
        rels.append(rel)
        if f.hash is not None and f.hash.mode == "sha256":
            hashes[rel] = "sha256=" + f.hash.value
    return base, rels, hashes


def _read_installed(
    base: Path, rels: list[str], hashes: dict[str, str], limits: Limits, issues: list[Finding]
) -> Iterator[Member]:
    for member in _read_files(base, rels, limits, issues):
        want = hashes.get(member.name)
        if want and member.complete and not _matches(member.data, want):
            issues.append(
                _issue(
                    "archive.record-mismatch",
                    Severity.HIGH,
                    f"{member.name!r} was changed after installation (RECORD hash differs)",
                    member.name,
                )
            )
        yield member


# ---------------------------------------------------------------- entry points


def kind_of(path: Path) -> str:
    """The kind of target `path` is: wheel, sdist, zip, folder or file."""
    lower = path.name.lower()
    if path.is_dir():
        return "folder"
    if lower.endswith(".whl"):
        return "wheel"
    if lower.endswith((".tar.gz", ".tgz", ".tar.bz2", ".tar.xz", ".tar")):
        return "sdist"
    if lower.endswith(".zip") or lower.endswith(".egg"):
        return "zip"
    return "file"


def open_target(
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    only: list[str] | None = None,
) -> Contents:
    """Open `path` (archive, folder or single file) for reading; PipwardenError if absent.

    `only` restricts a folder to the given relative paths (for --diff and
    parallel chunks).
    """
    if not path.exists() and not path.is_symlink():
        raise PipwardenError(f"{path}: no such file or directory")
    kind = kind_of(path)
    issues: list[Finding] = []
    target = str(path)
    if kind == "folder":
        names = only if only is not None else folder_files(path)
        return Contents(target, kind, _read_files(path, names, limits, issues), issues)
    if kind == "wheel":
        stem = path.name[:-4]
        pure = stem.endswith("-none-any")
        return Contents(target, kind, _read_zip(path, limits, issues, True), issues, pure=pure)
    if kind == "zip":
        return Contents(target, kind, _read_zip(path, limits, issues, False), issues)
    if kind == "sdist":
        if zipfile.is_zipfile(path):
            return Contents(target, kind, _read_zip(path, limits, issues, False), issues)
        return Contents(target, kind, _read_tar(path, limits, issues), issues)
    if zipfile.is_zipfile(path):
        return Contents(target, "zip", _read_zip(path, limits, issues, False), issues)
    if tarfile.is_tarfile(path):
        return Contents(target, "sdist", _read_tar(path, limits, issues), issues)
    return Contents(target, "file", _read_files(path.parent, [path.name], limits, issues), issues)


def open_installed(name: str, limits: Limits = DEFAULT_LIMITS) -> Contents:
    """Open an installed distribution (of this interpreter) by project name."""
    issues: list[Finding] = []
    base, rels, hashes = installed_files(name)
    members = _read_installed(base, rels, hashes, limits, issues)
    return Contents(f"installed:{name}", "installed", members, issues)


def posix(name: str) -> PurePosixPath:
    """`name` as a PurePosixPath (member names are always POSIX)."""
    return PurePosixPath(name)
