"""Static metadata of a source distribution: its PKG-INFO, read from the
archive in memory (never extracted, never built), and the metadata-only
stand-in wheel that lets pip's resolver see the sdist's dependencies."""

from __future__ import annotations

import base64
import email.parser
import hashlib
import tarfile
import zipfile
from email.message import Message
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError

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


def minimal_metadata(name: str, version: str) -> Message:
    """Core metadata naming only the project and version (for an unreadable PKG-INFO)."""
    return email.parser.Parser().parsestr(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n"
    )


def write_stub_wheel(folder: Path, meta: Message, fallback_name: str) -> Path:
    """A metadata-only wheel for pip's resolver; it is never installed."""
    name = meta.get("Name") or fallback_name
    version = meta.get("Version") or "0"
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
    with zipfile.ZipFile(target, "w") as zf:
        for p, data in files.items():
            zf.writestr(p, data)
    return target
