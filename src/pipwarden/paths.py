"""Where pipwarden keeps its cache and its SQLite store.

``PIPWARDEN_HOME`` puts everything under one folder (tests and CI use it);
otherwise the platform's user cache and data folders are used. Both are
owner-only (0700) whatever the umask, and so is every folder made through
`private_dir`; the files pipwarden writes there are 0600.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path | None:
    """The single folder set by ``PIPWARDEN_HOME``, if any."""
    value = os.environ.get("PIPWARDEN_HOME")
    return Path(value) if value else None


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600


def private_dir(path: Path) -> Path:
    """`path` as an owner-only folder (0700), whatever the umask.

    Missing parents are created as usual; an existing folder is tightened to
    0700 (it holds only pipwarden's own data) when we own it.
    """
    if not path.is_dir():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            path.mkdir(mode=PRIVATE_DIR)
        except FileExistsError:
            pass
    _tighten(path, PRIVATE_DIR)
    return path


def private_file(path: Path) -> Path:
    """Create `path` if absent, and make it owner-only (0600) whatever the umask."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE)
    except FileExistsError:
        _tighten(path, PRIVATE_FILE)
        return path
    try:
        os.fchmod(fd, PRIVATE_FILE)
    finally:
        os.close(fd)
    return path


def _tighten(path: Path, mode: int) -> None:
    """chmod `path` to `mode` unless it has it; someone else's file is left as it is."""
    if (path.stat().st_mode & 0o777) != mode:
        try:
            os.chmod(path, mode)
        except PermissionError:
            pass


def _base(kind: str) -> Path | None:
    base = home()
    if base is None:
        return None
    if not base.exists():
        private_dir(base)
    return base / kind


def cache_dir() -> Path:
    """Content-addressed artifact cache (``artifacts/sha256/ab/abcd...``), owner-only."""
    path = _base("cache") or Path(platformdirs.user_cache_dir("pipwarden"))
    return private_dir(path)


def data_dir() -> Path:
    """Durable data (the SQLite store: advisories, trust records, HTTP cache), owner-only."""
    path = _base("data") or Path(platformdirs.user_data_dir("pipwarden"))
    return private_dir(path)


def links_dir() -> Path:
    """A flat folder of links to verified cached artifacts (what ``--offline`` resolves from)."""
    return private_dir(cache_dir() / "links")


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` so that readers see the old content or the new, never a part.

    The bytes go to a temporary file beside it, are flushed to disk, then moved
    over it; on any error the temporary file is removed and OSError propagates.
    """
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
