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
