"""The popular-names corpus: the most-downloaded PyPI projects with rank and downloads.

A copy ships inside the package (``data/top-pypi-packages.json``); a copy the
user refreshed with ``pipwarden names update`` lives in the data folder and
takes precedence. Both use the top-pypi-packages JSON feed format:
``{"rows": [{"project": NAME, "download_count": N?, "rank": N?}, ...]}``.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden import paths
from pipwarden.errors import PipwardenError

FILENAME = "top-pypi-packages.json"
#: The public feed (hugovk/top-pypi-packages) that ``names update`` reads by default.
DEFAULT_SOURCE = "https://hugovk.github.io/top-pypi-packages/top-pypi-packages.min.json"
#: A feed with fewer projects than this is refused (a truncated or wrong file).
MIN_ROWS = 100
#: Largest feed accepted (bytes).
MAX_BYTES = 64 * 1024 * 1024

_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)


class FeedError(PipwardenError):
    """A names feed is not in the top-pypi-packages format."""


@dataclass(frozen=True)
class Project:
    """One popular project: PEP 503 name, download rank (1 = most downloaded), 30-day downloads."""

    name: str
    rank: int
    downloads: int | None


@dataclass(frozen=True)
class Corpus:
    """The popular projects, in rank order, and where they came from."""

    projects: tuple[Project, ...]
    source: str
    generated: str | None
    path: Path | None = None

    def __len__(self) -> int:
        return len(self.projects)


def vendored_path() -> Path:
    """The copy shipped inside the package."""
    return Path(__file__).with_name("data") / FILENAME


def user_path() -> Path:
    """Where ``names update`` writes its refreshed copy."""
    return paths.data_dir() / FILENAME


def active_path() -> Path:
    """The corpus file in use: the user's refreshed copy if present, else the shipped one."""
    user = user_path()
    return user if user.is_file() else vendored_path()


def parse(doc: Any, source: str) -> Corpus:
    """Validate a feed document and build a Corpus; FeedError names what is wrong.

    Ranks come from the feed when every row has one, else from the order of
    ``download_count`` (highest first), else from the order of the rows.
    """
    if not isinstance(doc, dict) or not isinstance(doc.get("rows"), list):
        raise FeedError(f"{source}: not a top-pypi-packages feed (no 'rows' list)")
    rows = doc["rows"]
    seen: set[str] = set()
    parsed: list[tuple[str, int | None, int | None, int]] = []
    for i, row in enumerate(rows):
        where = f"{source}: rows[{i}]"
        if not isinstance(row, dict):
            raise FeedError(f"{where} is not an object")
        name = row.get("project")
        if not isinstance(name, str) or not _NAME.match(name):
            raise FeedError(f"{where}: 'project' must be a valid project name, got {name!r}")
        rank = row.get("rank")
        if rank is not None and (isinstance(rank, bool) or not isinstance(rank, int) or rank < 1):
            raise FeedError(f"{where}: 'rank' must be a whole number of 1 or more")
        count = row.get("download_count")
        if count is not None and (
            isinstance(count, bool) or not isinstance(count, int) or count < 0
        ):
            raise FeedError(f"{where}: 'download_count' must be a whole number of 0 or more")
        key = canonicalize_name(name)
        if key in seen:
            continue
        seen.add(key)
        parsed.append((key, rank, count, i))
    if len(parsed) < MIN_ROWS:
        raise FeedError(f"{source}: only {len(parsed)} projects; expected at least {MIN_ROWS}")
    if all(p[1] is not None for p in parsed):
        parsed.sort(key=lambda p: (p[1] or 0, p[3]))
        ranks = [p[1] or 0 for p in parsed]
    else:
        if all(p[2] is not None for p in parsed):
            parsed.sort(key=lambda p: (-(p[2] or 0), p[3]))
        ranks = list(range(1, len(parsed) + 1))
    projects = tuple(
        Project(key, rank, count) for (key, _, count, _), rank in zip(parsed, ranks, strict=True)
    )
    generated = doc.get("generated") or doc.get("last_update")
    return Corpus(projects, source, generated if isinstance(generated, str) else None)


def load(path: Path | None = None) -> Corpus:
    """The corpus at `path` (default: the active one)."""
    path = path or active_path()
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PipwardenError(f"cannot read the names corpus {path}: {exc.strerror}") from None
    corpus = parse(_decode(raw, str(path)), str(path))
    src = corpus.source
    try:
        doc_source = json.loads(raw).get("source")
    except (ValueError, AttributeError):
        doc_source = None
    if isinstance(doc_source, str):
        src = doc_source
    return Corpus(corpus.projects, src, corpus.generated, path)


def _decode(raw: bytes, source: str) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError) as exc:
        raise FeedError(f"{source}: not valid JSON ({exc})") from None


def read_source(source: str, timeout: float = 30.0) -> bytes:
    """The bytes of a feed given as a local file or an http(s) URL."""
    scheme = urllib.parse.urlsplit(source).scheme.lower()
    if scheme in ("http", "https"):
        import httpx

        from pipwarden import __version__

        try:
            with httpx.stream(
                "GET",
                source,
                timeout=timeout,
                follow_redirects=True,
                headers={"User-Agent": f"pipwarden/{__version__}"},
            ) as resp:
                if resp.status_code != 200:
                    raise PipwardenError(f"{source} answered HTTP {resp.status_code}")
                chunks: list[bytes] = []
                size = 0
                for chunk in resp.iter_bytes(1 << 16):
                    size += len(chunk)
                    if size > MAX_BYTES:
                        raise FeedError(f"{source}: larger than {MAX_BYTES} bytes")
                    chunks.append(chunk)
                return b"".join(chunks)
        except httpx.HTTPError as exc:
            raise PipwardenError(f"cannot fetch {source}: {exc or type(exc).__name__}") from None
    if scheme and len(scheme) > 1 and scheme != "file":
        raise PipwardenError(f"{source}: only local files and http(s) URLs are supported")
    path = Path(urllib.parse.urlsplit(source).path if scheme == "file" else source)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise FeedError(f"{source}: larger than {MAX_BYTES} bytes")
        return path.read_bytes()
    except OSError as exc:
        raise PipwardenError(f"cannot read {source}: {exc.strerror or exc}") from None


def update(source: str, dest: Path | None = None) -> Corpus:
    """Fetch, validate and install a feed as the user's corpus (atomically); returns it."""
    raw = read_source(source)
    corpus = parse(_decode(raw, source), source)
    dest = dest or user_path()
    generated = corpus.generated or dt.date.today().isoformat()
    doc = {
        "source": source,
        "generated": generated,
        "fetched": dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "rows": [
            {"project": p.name, "rank": p.rank}
            | ({"download_count": p.downloads} if p.downloads is not None else {})
            for p in corpus.projects
        ],
    }
    paths.write_atomic(dest, json.dumps(doc, separators=(",", ":")).encode())
    return Corpus(corpus.projects, source, generated, dest)
