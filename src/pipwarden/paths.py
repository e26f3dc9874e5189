"""Where pipwarden keeps its cache and its SQLite store.

``PIPWARDEN_HOME`` puts everything under one folder (tests and CI use it);
otherwise the platform's user cache and data folders are used.
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs


def home() -> Path | None:
    """The single folder set by ``PIPWARDEN_HOME``, if any."""
    value = os.environ.get("PIPWARDEN_HOME")
    return Path(value) if value else None


def cache_dir() -> Path:
    """Content-addressed artifact cache (``artifacts/sha256/ab/abcd...``)."""
    base = home()
    path = base / "cache" if base else Path(platformdirs.user_cache_dir("pipwarden"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def data_dir() -> Path:
    """Durable data: the SQLite store (advisories, trust records, HTTP cache)."""
    base = home()
    path = base / "data" if base else Path(platformdirs.user_data_dir("pipwarden"))
    path.mkdir(parents=True, exist_ok=True)
    return path


def links_dir() -> Path:
    """A flat folder of links to verified cached artifacts (what ``--offline`` resolves from)."""
    path = cache_dir() / "links"
    path.mkdir(parents=True, exist_ok=True)
    return path


def write_atomic(path: Path, data: bytes) -> None:
    """Write `path` so that readers see the old content or the new, never a part.

    The bytes go to a temporary file beside it, are flushed to disk, then moved
    over it; on any error the temporary file is removed and OSError propagates.
    """
    import os
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
