"""Safe, in-memory reading of hostile archives, folders and installed distributions.

Nothing is ever extracted to disk. Every member is read under `Limits`
(member size, total size, compression ratio, member count, time and memory);
anything odd about the container itself (zip bombs, path traversal, absolute
paths, links, device files, duplicate members, files a wheel's RECORD does not
declare, a RECORD that cannot be parsed, data cut off) is observed as a `Fact`
that the ``archive.*`` rules claim (`pipwarden.scan.members.observe`). Archives
are read the way pip reads them when it installs (zipfile for wheels, tarfile
over the whole decompressed stream for sdists), and every copy of a duplicated
member is analysed, so what is judged is what gets installed.
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
import zipfile
from collections.abc import Iterator
from pathlib import Path

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.scan.budget import Clock, MiB
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import (
    DEFAULT_LIMITS,
    HEAD,
    READ_ERRORS,
    Budget,
    Contents,
    Copies,
    Limits,
    Member,
    bomb,
    check_name,
    observe,
    open_binary,
    take,
)
from pipwarden.scan.tarball import looks_like_tar, open_source, read_tar

__all__ = [
    "DEFAULT_LIMITS",
    "HEAD",
    "Contents",
    "Limits",
    "Member",
    "folder_files",
    "installed_files",
    "kind_of",
    "open_installed",
    "open_target",
]

# ---------------------------------------------------------------- zip / wheel

#: A RECORD larger than this is not read (a wheel of 50,000 files has a RECORD of ~5 MiB).
_MAX_RECORD = 16 * MiB
#: Line boundaries of str.splitlines() other than LF and CRLF.
_ODD_BREAK = re.compile("\r(?!\n)|[\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")
#: A central directory larger than this is not loaded (zipfile builds an object per entry).
_MAX_DIRECTORY = 16 * MiB


def _record_entries(
    zf: zipfile.ZipFile, names: dict[str, zipfile.ZipInfo], issues: list[Finding]
) -> dict[str, str] | None:
    """RECORD of a wheel, read as pip reads it: path -> 'sha256=...' ('' when unhashed).

    pip decodes RECORD as UTF-8 and parses `csv.reader(text.splitlines())`; a wheel
    without exactly one RECORD, or with one that does not parse that way, cannot be
    installed by pip and may be read differently by other installers: None, with a
    high finding.
    """
    records = [n for n in names if n.count("/") == 1 and n.endswith(".dist-info/RECORD")]
    if len(records) != 1:
        what = "no .dist-info/RECORD" if not records else f"{len(records)} RECORD files"
        issues.extend(
            observe(
                Fact.NO_RECORD,
                f"wheel has {what}; pip refuses to install it",
                None,
            )
        )
        return None
    info = names[records[0]]

    def bad(reason: str) -> None:
        issues.extend(observe(Fact.RECORD_UNREADABLE, f"RECORD {reason}", records[0]))

    if info.file_size > _MAX_RECORD:
        bad(f"declares {info.file_size} bytes (limit {_MAX_RECORD}); not read")
        return None
    try:
        text = zf.read(info).decode("utf-8")
    except UnicodeDecodeError as exc:
        bad(f"is not UTF-8: {exc}")
        return None
    except READ_ERRORS as exc:
        bad(f"cannot be read: {exc}")
        return None
    if _ODD_BREAK.search(text):
        # pip splits RECORD with str.splitlines(); tools that read it as a CSV file do not
        # break lines there, or fail: they read other entries than pip.
        bad("has line breaks other than LF and CRLF (a bare CR or similar)")
        return None
    try:
        rows = list(csv.reader(text.splitlines()))
    except csv.Error as exc:
        bad(f"cannot be parsed as CSV: {exc}")
        return None
    entries: dict[str, str] = {}
    for row in rows:
        if row:
            entries[row[0].replace("\\", "/")] = row[1] if len(row) > 1 else ""
    return entries


def _matches(data: bytes, want: str) -> bool:
    """True when `data` has the RECORD hash `want` (urlsafe base64, or hex as some tools write)."""
    digest = hashlib.sha256(data).digest()
    value = want.split("=", 1)[1].rstrip("=")
    encoded = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
    return value == encoded or value.lower() == digest.hex()


def _directory_size(path: Path | bytes) -> int | None:
    """The size of a zip's central directory as its end record declares it (zip64 too)."""
    end_record = getattr(zipfile, "_EndRecData", None)
    index = getattr(zipfile, "_ECD_SIZE", None)
    if end_record is None or not isinstance(index, int):  # pragma: no cover - other Pythons
        return None
    try:
        with open_source(path) as fh:
            end = end_record(fh)
    except (OSError, ValueError, EOFError, zipfile.BadZipFile):
        return None
    if not end:
        return None
    size = end[index]
    return size if isinstance(size, int) else None


def read_zip(
    path: Path | bytes, limits: Limits, issues: list[Finding], is_wheel: bool, budget: Budget
) -> Iterator[Member]:
    """The members of a zip archive or wheel (`path`: a file, or an archive's bytes held
    in memory) as pip would install them, under `limits`."""
    directory = _directory_size(path)
    if directory is not None and directory > _MAX_DIRECTORY:
        issues.extend(
            observe(
                Fact.DIRECTORY_TOO_LARGE,
                f"central directory of {directory} bytes (limit {_MAX_DIRECTORY}); not read",
                None,
            )
        )
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(path) if isinstance(path, bytes) else path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError) as exc:
        issues.extend(observe(Fact.UNREADABLE, f"not a readable zip archive: {exc}", None))
        return
    with zf:
        infos = zf.infolist()
        if not infos:
            if is_wheel:
                _record_entries(zf, {}, issues)
            issues.extend(observe(Fact.NO_MEMBERS, "the archive has no members", None))
            return
        on_disk = max(len(path) if isinstance(path, bytes) else path.stat().st_size, 1)
        declared = sum(i.file_size for i in infos)
        if declared > limits.ratio_floor and declared / on_disk > limits.max_ratio:
            issues.extend(bomb(None, declared, on_disk, limits.max_ratio))
        seen = Copies()
        by_name: dict[str, zipfile.ZipInfo] = {}  # the last copy of a name wins, as in pip
        ordered: list[tuple[str, zipfile.ZipInfo]] = []
        for info in infos:
            if info.is_dir():
                continue
            if not budget.admit():
                break
            name = check_name(info.filename, issues, seen)
            if name is None:
                continue
            mode = info.external_attr >> 16
            if mode and stat.S_ISLNK(mode):
                issues.extend(
                    observe(
                        Fact.LINK_MEMBER,
                        f"zip member {name!r} is a symbolic link",
                        name,
                    )
                )
                continue
            by_name[name] = info
            ordered.append((name, info))
        record = _record_entries(zf, by_name, issues) if is_wheel else None
        if record is not None:
            for name in by_name:
                if name in record or name.endswith(
                    (".dist-info/RECORD.jws", ".dist-info/RECORD.p7s")
                ):
                    continue
                issues.extend(
                    observe(
                        Fact.UNDECLARED_MEMBER,
                        f"{name!r} is in the wheel but not in its RECORD",
                        name,
                    )
                )
        duplicated = seen.duplicated()  # their copies are compared by digest
        try:
            yield from _zip_members(zf, ordered, record, duplicated, seen, budget, issues)
        finally:
            issues.extend(seen.findings())


def _zip_members(
    zf: zipfile.ZipFile,
    ordered: list[tuple[str, zipfile.ZipInfo]],
    record: dict[str, str] | None,
    duplicated: set[str],
    seen: Copies,
    budget: Budget,
    issues: list[Finding],
) -> Iterator[Member]:
    """The files of a zip in order, each checked against the wheel's `record` (if any); the
    copies of a `duplicated` name are read whole for their digest."""
    for name, info in ordered:
        if not budget.alive(name):
            break
        member = take(
            name,
            info.file_size,
            functools.partial(zf.open, info),
            budget,
            issues,
            packed=info.compress_size,
            digest=name in duplicated,
        )
        if member is None:
            if budget.exhausted:
                break
            continue
        if name in duplicated:
            seen.read(member)
        if record is not None and member.complete:
            want = record.get(name, "")
            if want.startswith("sha256=") and not _matches(member.data, want):
                issues.extend(
                    observe(
                        Fact.RECORD_HASH_DIFFERS,
                        f"{name!r} does not match the hash its RECORD declares",
                        name,
                    )
                )
        yield member


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
    base: Path, names: list[str], issues: list[Finding], budget: Budget
) -> Iterator[Member]:
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
        member = take(rel, st.st_size, functools.partial(open_binary, p), budget, issues)
        if member is None:
            if budget.exhausted:
                return
            continue
        yield member


# ---------------------------------------------------------------- installed


def installed_files(
    name: str, folders: list[str] | None = None
) -> tuple[Path, list[str], dict[str, str]]:
    """An installed distribution's base folder, its files (relative) and RECORD hashes.

    Looked up in `folders` (another environment's site-packages) when given, else
    on this interpreter's path.
    """
    from importlib import metadata

    found = (
        metadata.distributions(name=name, path=folders)
        if folders is not None
        else metadata.distributions(name=name)
    )
    dist = next(iter(found), None)
    if dist is None:
        where = f" in {', '.join(folders)}" if folders else ""
        raise PipwardenError(f"no installed distribution named {name!r}{where}")
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
    base: Path, rels: list[str], hashes: dict[str, str], issues: list[Finding], budget: Budget
) -> Iterator[Member]:
    for member in _read_files(base, rels, issues, budget):
        want = hashes.get(member.name)
        if want and member.complete and not _matches(member.data, want):
            issues.extend(
                observe(
                    Fact.RECORD_HASH_DIFFERS,
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


def _regular_or_folder(path: Path) -> None:
    """Raise PipwardenError unless `path` is a folder or a regular file (after links).

    A FIFO would block the reader forever and a device (/dev/zero) never ends:
    neither is a package.
    """
    try:
        mode = path.stat().st_mode
    except OSError as exc:
        raise PipwardenError(f"{path}: cannot read: {exc.strerror or exc}") from None
    if not (stat.S_ISDIR(mode) or stat.S_ISREG(mode)):
        raise PipwardenError(f"{path}: not a regular file or folder (a FIFO, device or socket)")


def open_target(
    path: Path,
    limits: Limits = DEFAULT_LIMITS,
    *,
    only: list[str] | None = None,
    whole: frozenset[str] = frozenset(),
    clock: Clock | None = None,
) -> Contents:
    """Open `path` (archive, folder or single file) for reading.

    Raises PipwardenError when `path` does not exist or is neither a regular
    file nor a folder. `only` restricts a folder to the given relative paths
    (for --diff and parallel chunks). The target's time and memory budget starts
    here, unless `clock` (an opened target's) is given. The members named in `whole`
    are read in full, as code is, whatever their kind.
    """
    if not path.exists() and not path.is_symlink():
        raise PipwardenError(f"{path}: no such file or directory")
    _regular_or_folder(path)
    kind = kind_of(path)
    issues: list[Finding] = []
    target = str(path)
    clock = clock or limits.clock()
    budget = Budget(limits, issues, clock, whole)
    members: Iterator[Member]
    pure = False
    if kind == "folder":
        names = only if only is not None else folder_files(path)
        members = _read_files(path, names, issues, budget)
    elif kind == "wheel":
        pure = path.name[:-4].endswith("-none-any")
        members = read_zip(path, limits, issues, True, budget)
    elif kind == "zip" or (kind == "sdist" and zipfile.is_zipfile(path)):
        members = read_zip(path, limits, issues, False, budget)
    elif kind == "sdist":
        members = read_tar(path, limits, issues, budget)
    elif zipfile.is_zipfile(path):
        kind, members = "zip", read_zip(path, limits, issues, False, budget)
    elif looks_like_tar(path):
        kind, members = "sdist", read_tar(path, limits, issues, budget)
    else:
        kind, members = "file", _read_files(path.parent, [path.name], issues, budget)
    return Contents(target, kind, members, issues, pure=pure, clock=clock)


def open_installed(
    name: str, limits: Limits = DEFAULT_LIMITS, folders: list[str] | None = None
) -> Contents:
    """Open an installed distribution by project name (of this interpreter, or in `folders`)."""
    issues: list[Finding] = []
    base, rels, hashes = installed_files(name, folders)
    clock = limits.clock()
    budget = Budget(limits, issues, clock)
    members = _read_installed(base, rels, hashes, issues, budget)
    return Contents(f"installed:{name}", "installed", members, issues, clock=clock)
