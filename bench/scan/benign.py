"""The benign set: latest artifacts of the most downloaded PyPI projects.

Reads the project list from /work/shared/data/top-pypi-packages.txt (or
--top-list), asks PyPI's JSON API for each project's latest release and downloads
one artifact per project into bench/.work/benign/ (cached, sha256-verified,
concurrent). The artifact is the py3-none-any wheel when there is one, else a
CPython 3.11 (or abi3) manylinux x86_64 wheel, else the sdist. Nothing is ever
committed or executed.
"""

from __future__ import annotations

import hashlib
import re
import sys
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
WORK = HERE.parent / ".work"
BENIGN_DIR = WORK / "benign"
TOP_LIST = Path("/work/shared/data/top-pypi-packages.txt")
JSON_API = "https://pypi.org/pypi/{name}/json"

_ABI3 = re.compile(r"-cp3(\d+)-abi3-")


@dataclass(frozen=True)
class Artifact:
    """One downloaded benign artifact."""

    project: str
    version: str
    filename: str
    kind: str  # "wheel" or "sdist"
    path: Path
    size: int


@dataclass(frozen=True)
class Skipped:
    """A project of the list that has no usable artifact here, and why."""

    project: str
    reason: str


def top_projects(n: int, top_list: Path = TOP_LIST, start: int = 0) -> list[str] | None:
    """n project names of the list from rank start + 1, or None when the list is absent."""
    if not top_list.is_file():
        return None
    names = [line.strip() for line in top_list.read_text().splitlines() if line.strip()]
    return names[start : start + n]


def _score(filename: str) -> int | None:
    """Preference of a release file (lower is better), None when unusable here."""
    f = filename.lower()
    if f.endswith(".whl"):
        if f.endswith(("-py3-none-any.whl", "-py2.py3-none-any.whl")):
            return 0
        if "x86_64" in f and "manylinux" in f and "musllinux" not in f:
            if "-cp311-cp311-" in f:
                return 1
            m = _ABI3.search(f)
            if m and int(m.group(1)) <= 11:
                return 2
        return None
    if f.endswith((".tar.gz", ".zip", ".tar.bz2")):
        return 3
    return None


def pick(files: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The release file to scan among a release's files (see module docstring)."""
    best: tuple[int, dict[str, Any]] | None = None
    for f in files:
        if f.get("yanked"):
            continue
        s = _score(f["filename"])
        if s is not None and (best is None or s < best[0]):
            best = (s, f)
    return best[1] if best else None


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _fetch_one(client: httpx.Client, name: str, dest: Path, max_bytes: int) -> Artifact | Skipped:
    try:
        r = client.get(JSON_API.format(name=name))
        if r.status_code == 404:
            return Skipped(name, "not on PyPI")
        r.raise_for_status()
        data = r.json()
        version = data["info"]["version"]
        f = pick(data.get("urls") or [])
        if f is None:
            return Skipped(name, f"no py3 / cp311 manylinux x86_64 wheel or sdist in {version}")
        if f["size"] > max_bytes:
            return Skipped(name, f"{f['filename']} is {f['size'] / 1e6:.0f} MB (> --max-mb)")
        path = dest / f["filename"]
        want = f["digests"]["sha256"]
        if not (path.is_file() and _sha256(path) == want):
            tmp = path.with_suffix(path.suffix + ".part")
            h = hashlib.sha256()
            url = r.url.join(f["url"])  # some mirrors answer with relative URLs
            with client.stream("GET", url) as resp, tmp.open("wb") as out:
                resp.raise_for_status()
                for chunk in resp.iter_bytes(1 << 16):
                    h.update(chunk)
                    out.write(chunk)
            if h.hexdigest() != want:
                tmp.unlink()
                return Skipped(name, f"sha256 mismatch for {f['filename']}")
            tmp.replace(path)
        kind = "wheel" if f["filename"].endswith(".whl") else "sdist"
        return Artifact(name, version, f["filename"], kind, path, path.stat().st_size)
    except (httpx.HTTPError, KeyError, ValueError) as exc:
        return Skipped(name, f"download failed: {type(exc).__name__}: {exc}")


def fetch(
    names: list[str], dest: Path = BENIGN_DIR, max_mb: float = 200.0, workers: int = 16
) -> tuple[list[Artifact], list[Skipped]]:
    """Download (or reuse from the cache) one artifact per project."""
    dest.mkdir(parents=True, exist_ok=True)
    max_bytes = int(max_mb * 1e6)
    timeout = httpx.Timeout(60.0, connect=20.0)
    with (
        httpx.Client(timeout=timeout, follow_redirects=True) as client,
        ThreadPoolExecutor(workers) as pool,
    ):
        results = list(pool.map(lambda n: _fetch_one(client, n, dest, max_bytes), names))
    arts = [r for r in results if isinstance(r, Artifact)]
    skipped = [r for r in results if isinstance(r, Skipped)]
    return arts, skipped


def benign_set(
    n: int, top_list: Path = TOP_LIST, max_mb: float = 200.0, start: int = 0
) -> tuple[list[Artifact], list[Skipped]] | None:
    """The benign set of n top projects from rank start + 1, or None (with a message)
    without the list."""
    names = top_projects(n, top_list, start)
    if names is None:
        print(f"benign set skipped: {top_list} is absent", file=sys.stderr)
        return None
    return fetch(names, max_mb=max_mb)
