"""Static metadata of a source distribution: its PKG-INFO, read from the
archive in memory (never extracted, never built), and the metadata-only
stand-in wheel that lets pip's resolver see the sdist's dependencies."""

from __future__ import annotations

import base64
import email.parser
import hashlib
import re
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError
from pipwarden.limits import MAX_NAME_LENGTH, clip

_VALID_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)

MAX_PKG_INFO = 1 << 20  # 1 MiB: real PKG-INFO files are a few KiB plus the description


def _pick(names: list[str]) -> str | None:
    """The top-level ``<root>/PKG-INFO`` member (not one of a vendored package)."""
    best = [n for n in names if n.count("/") == 1 and n.endswith("/PKG-INFO")]
    return best[0] if best else None


def read_pkg_info(path: Path) -> tuple[Message, tuple[str, ...]]:
    """The parsed PKG-INFO of the sdist at `path` and notes on its reliability.

    A note is added when the dependencies are not static (Metadata-Version
    below 2.2, or Requires-Dist declared Dynamic): only building the sdist
    could tell them, which vetting never does.
    """
    raw: bytes | None = None
    try:
        if path.name.endswith(".zip"):
            with zipfile.ZipFile(path) as zf:
                member = _pick([i.filename for i in zf.infolist()])
                if member is not None:
                    info = zf.getinfo(member)
                    if info.file_size > MAX_PKG_INFO:
                        raise PipwardenError(f"{path.name}: PKG-INFO is implausibly large")
                    raw = zf.read(member)
        else:
            with tarfile.open(path, mode="r:*") as tf:
                for ti in tf:
                    if ti.isfile() and ti.name.count("/") == 1 and ti.name.endswith("/PKG-INFO"):
                        if ti.size > MAX_PKG_INFO:
                            raise PipwardenError(f"{path.name}: PKG-INFO is implausibly large")
                        fh = tf.extractfile(ti)
                        raw = fh.read(MAX_PKG_INFO + 1) if fh else None
                        break
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError) as exc:
        raise PipwardenError(f"{path.name}: not a readable source archive ({exc})") from None
    if raw is None:
        raise PipwardenError(
            f"{path.name}: no PKG-INFO; its metadata cannot be read without building"
        )
    meta = email.parser.Parser().parsestr(raw.decode("utf-8", errors="replace"))
    checked_name_version(path.name, meta.get("Name"), meta.get("Version"))
    notes: list[str] = []
    try:
        mv = Version(meta.get("Metadata-Version", "1.0"))
    except InvalidVersion:
        mv = Version("1.0")
    dynamic = {d.strip().lower() for d in meta.get_all("Dynamic", [])}
    if mv < Version("2.2") or "requires-dist" in dynamic:
        notes.append(
            f"its dependencies are not static (Metadata-Version {mv}"
            + (", Requires-Dist is dynamic" if "requires-dist" in dynamic else "")
            + "): only building it would tell them, and vetting never builds"
        )
    return meta, tuple(notes)


def checked_name_version(where: str, name: object, version: object) -> tuple[str, str]:
    """The project name and normalized version of core metadata, or PipwardenError.

    The name must be a valid project name (PEP 508, at most MAX_NAME_LENGTH
    characters) and the version a PEP 440 version: neither can then hold a
    path separator, a NUL or anything else that could escape a file name.
    """
    if not isinstance(name, str) or not name.strip():
        raise PipwardenError(f"{where}: PKG-INFO has no Name")
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH or not _VALID_NAME.match(name):
        raise PipwardenError(
            f"{where}: PKG-INFO Name {clip(name)!r} is not a valid project name"
            + (
                f" (longer than {MAX_NAME_LENGTH} characters)"
                if len(name) > MAX_NAME_LENGTH
                else ""
            )
        )
    if not isinstance(version, str) or not version.strip():
        raise PipwardenError(f"{where}: PKG-INFO has no Version")
    try:
        parsed = Version(version.strip())
    except InvalidVersion:
        raise PipwardenError(
            f"{where}: PKG-INFO Version {clip(version)!r} is not a valid version (PEP 440)"
        ) from None
    return name, str(parsed)


def minimal_metadata(name: str, version: str) -> Message:
    """Core metadata naming only the project and version (for an unreadable PKG-INFO)."""
    return email.parser.Parser().parsestr(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n"
    )


def write_stub_wheel(folder: Path, meta: Message, fallback_name: str) -> Path:
    """A metadata-only wheel for pip's resolver; it is never installed.

    Raises PipwardenError when the name or version is not valid (see
    `checked_name_version`): the file name is built from them.
    """
    name, version = checked_name_version(
        fallback_name, meta.get("Name") or fallback_name, meta.get("Version") or "0"
    )
    dn = canonicalize_name(name).replace("-", "_")
    info = f"{dn}-{version}.dist-info"
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    for key in ("Requires-Python",):
        if meta.get(key):
            lines.append(f"{key}: {meta[key]}")
    for key in ("Provides-Extra", "Requires-Dist"):
        lines += [f"{key}: {v}" for v in meta.get_all(key, [])]
    files = {
        f"{info}/METADATA": ("\n".join(lines) + "\n\n").encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: pipwarden-stub\n"
        b"Root-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for p, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{p},sha256={digest},{len(data)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    target = folder / f"{dn}-{version}-py3-none-any.whl"
    if target.parent != folder:  # cannot happen with a valid name and version
        raise PipwardenError(f"{fallback_name}: stand-in wheel name escapes its folder")
    with zipfile.ZipFile(target, "w") as zf:
        for p, data in files.items():
            zf.writestr(p, data)
    return target
