"""Talking to package indexes: the simple API (PEP 691 JSON, PEP 503 HTML),
the PyPI JSON API found beside it, and hash-verified artifact downloads.

Every request has a timeout and is retried with exponential backoff on
connection errors and 5xx answers; what still fails becomes one clear
`IndexError_`. Downloads go to a temporary file first and are moved into the
content-addressed cache only once their sha256 matched, so an interrupted
download never leaves a partial file behind.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html.parser
import os
import re
import shutil
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
from packaging.utils import (
    InvalidSdistFilename,
    InvalidWheelFilename,
    canonicalize_name,
    parse_sdist_filename,
    parse_wheel_filename,
)
from packaging.version import InvalidVersion, Version

from pipwarden import __version__, paths
from pipwarden.errors import IndexError_
from pipwarden.limits import loads_json
from pipwarden.redact import redact_url, strip_userinfo, url_credentials
from pipwarden.store import Store

PYPI_SIMPLE = "https://pypi.org/simple/"
SIMPLE_JSON = "application/vnd.pypi.simple.v1+json"
_ACCEPT = f"{SIMPLE_JSON}, application/vnd.pypi.simple.v1+html;q=0.2, text/html;q=0.01"


class HashMismatch(Exception):
    """A downloaded artifact does not have the sha256 the index announced."""

    def __init__(self, filename: str, expected: str, actual: str) -> None:
        super().__init__(f"{filename}: sha256 {actual} does not match the index's {expected}")
        self.filename, self.expected, self.actual = filename, expected, actual


def parse_upload_time(text: str | None) -> dt.datetime | None:
    """An ISO 8601 upload time (``Z`` or an offset; naive means UTC), or None if absent
    or malformed."""
    if not text:
        return None
    try:
        when = dt.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=dt.timezone.utc)


def filename_version(filename: str) -> Version | None:
    """The version a wheel or sdist file name states (legacy ``.tar.bz2``, ``.tgz`` and
    ``.tar.xz`` sdists included); None for any other file or an invalid version."""
    try:
        if filename.endswith(".whl"):
            return parse_wheel_filename(filename)[1]
        if filename.endswith((".tar.gz", ".zip")):
            return parse_sdist_filename(filename)[1]
        stem = re.sub(r"\.(tar\.bz2|tgz|tar\.xz)$", "", filename)
        if stem == filename:
            return None
        return Version(stem.rsplit("-", 1)[1])
    except (InvalidWheelFilename, InvalidSdistFilename, InvalidVersion, IndexError):
        return None


class NotCached(Exception):
    """``--offline`` and the artifact is not in the cache."""


@dataclass(frozen=True)
class IndexFile:
    """One file of a project on a simple index."""

    filename: str
    url: str
    sha256: str | None
    requires_python: str | None = None
    yanked: bool | str = False
    upload_time: str | None = None
    size: int | None = None
    #: PEP 658/714: the core metadata is served beside the file as ``URL.metadata``;
    #: the sha256 of that metadata file when the index gave it, True when it gave none.
    core_metadata: bool | str = False

    @property
    def version(self) -> Version | None:
        """The version the file name states (`filename_version`)."""
        return filename_version(self.filename)

    @property
    def uploaded(self) -> dt.datetime | None:
        """When the index says the file was uploaded (PEP 700; aware, UTC), if it says."""
        return parse_upload_time(self.upload_time)

    @property
    def is_wheel(self) -> bool:
        """A wheel (the only kind pipwarden installs by default)."""
        return self.filename.endswith(".whl")

    @property
    def is_sdist(self) -> bool:
        """A source distribution (runs code when built)."""
        return self.filename.endswith((".tar.gz", ".zip", ".tar.bz2", ".tgz", ".tar.xz"))


def beside_simple(index_url: str, root: str) -> str | None:
    """The root of another API beside a simple index (``…/simple/`` → ``…/ROOT/``).

    None when the index is not served over HTTP or has no ``simple`` path.
    """
    parsed = urllib.parse.urlsplit(index_url)
    if parsed.scheme not in ("http", "https"):
        return None
    path = parsed.path.rstrip("/")
    if not path.endswith("/simple") and path != "/simple":
        return None
    base_path = path[: -len("simple")] + root + "/"
    return urllib.parse.urlunsplit((parsed.scheme, parsed.netloc, base_path, "", ""))


def json_api_base(index_url: str) -> str | None:
    """The JSON API root beside a simple index (``…/simple/`` → ``…/pypi/``)."""
    return beside_simple(index_url, "pypi")


def _origin(scheme: str, host: str | None, port: int | None) -> tuple[str, str, int | None]:
    scheme = scheme.lower()
    return scheme, (host or "").lower(), port or {"http": 80, "https": 443}.get(scheme)


class IndexAuth(httpx.Auth):
    """HTTP basic credentials per index, taken out of the configured URLs.

    The URLs pipwarden keeps, stores and prints are credential-free; requests
    to the origin of a configured index (the index pages, the JSON API, the
    files it links to on the same host) carry its credentials, the longest
    matching path prefix first, as pip does.
    """

    def __init__(self) -> None:
        self._known: list[tuple[tuple[str, str, int | None], str, tuple[str, str]]] = []

    def remember(self, url: str) -> str:
        """Record the credentials of `url`, if any; returns `url` without them."""
        creds = url_credentials(url)
        if creds is not None:
            try:
                parsed = urllib.parse.urlsplit(url)
                origin = _origin(parsed.scheme, parsed.hostname, parsed.port)
                entry = (origin, parsed.path or "/", creds)
            except ValueError:
                entry = None
            if entry is not None and entry not in self._known:
                self._known.append(entry)
        return strip_userinfo(url)

    def credentials_for(self, url: httpx.URL) -> tuple[str, str] | None:
        """The credentials to send to `url`, if a configured index shares its origin."""
        origin = _origin(url.scheme, url.host, url.port)
        same = [(path, creds) for o, path, creds in self._known if o == origin]
        if not same:
            return None
        prefixed = [item for item in same if url.path.startswith(item[0])]
        return max(prefixed or same, key=lambda item: len(item[0]))[1]

    def auth_flow(self, request: httpx.Request) -> Any:
        if "Authorization" not in request.headers:
            if request.url.username or request.url.password:
                creds: tuple[str, str] | None = (
                    urllib.parse.unquote(request.url.username),
                    urllib.parse.unquote(request.url.password),
                )
            else:
                creds = self.credentials_for(request.url)
            if creds is not None:
                token = base64.b64encode(f"{creds[0]}:{creds[1]}".encode()).decode()
                request.headers["Authorization"] = f"Basic {token}"
        yield request


class _LinkParser(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "a":
            self.links.append(dict(attrs))


def _parse_html(text: str, base_url: str) -> list[IndexFile]:
    parser = _LinkParser()
    parser.feed(text)
    files = []
    for attrs in parser.links:
        href = attrs.get("href")
        if not href:
            continue
        url = urllib.parse.urljoin(base_url, href)
        url, _, fragment = url.partition("#")
        filename = urllib.parse.unquote(url.split("?", 1)[0].rsplit("/", 1)[-1])
        sha = None
        m = re.match(r"sha256=([0-9a-fA-F]{64})", fragment)
        if m:
            sha = m.group(1).lower()
        yanked: bool | str = False
        if "data-yanked" in attrs:
            yanked = attrs["data-yanked"] or True
        files.append(
            IndexFile(
                filename,
                url,
                sha,
                attrs.get("data-requires-python"),
                yanked=yanked,
                core_metadata=_html_metadata(attrs),
            )
        )
    return files


def _html_metadata(attrs: dict[str, str | None]) -> bool | str:
    """The PEP 658/714 metadata attribute of a link (``data-core-metadata``, or the older name)."""
    for key in ("data-core-metadata", "data-dist-info-metadata"):
        if key in attrs:
            value = attrs[key] or ""
            if value.lower() == "false":
                return False
            m = re.fullmatch(r"sha256=([0-9a-fA-F]{64})", value)
            return m.group(1).lower() if m else True
    return False


_SHA256 = re.compile(r"[0-9a-fA-F]{64}")


def is_sha256(text: object) -> bool:
    """True for a sha256 in hex (either case): 64 hex digits and nothing else. An
    index's hash names cache folders and stored objects, so nothing else may."""
    return isinstance(text, str) and _SHA256.fullmatch(text) is not None


def _json_metadata(item: dict[str, Any]) -> bool | str:
    """The PEP 691/714 ``core-metadata`` value of a file entry (or the older key)."""
    for key in ("core-metadata", "dist-info-metadata"):
        if key in item:
            value = item[key]
            if isinstance(value, dict):
                sha = value.get("sha256")
                return str(sha).lower() if is_sha256(sha) else True
            return bool(value)
    return False


def _json_sha256(hashes: object) -> str | None:
    """A PEP 691 entry's sha256, lower-cased; a value that is not 64 hex digits is kept
    as given, so that it never matches a download and never names a cache folder."""
    sha = hashes.get("sha256") if isinstance(hashes, dict) else None
    if not sha:
        return None
    text = str(sha)
    return text.lower() if is_sha256(text) else text


def _parse_json(doc: dict[str, Any], base_url: str) -> list[IndexFile]:
    files = []
    for item in doc.get("files", []):
        if not isinstance(item, dict) or "filename" not in item or "url" not in item:
            continue
        hashes = item.get("hashes") or {}
        yanked = item.get("yanked", False)
        files.append(
            IndexFile(
                filename=str(item["filename"]),
                url=urllib.parse.urljoin(base_url, str(item["url"])),
                sha256=_json_sha256(hashes),
                requires_python=item.get("requires-python"),
                yanked=yanked if isinstance(yanked, (bool, str)) else bool(yanked),
                upload_time=item.get("upload-time"),
                size=item.get("size") if isinstance(item.get("size"), int) else None,
                core_metadata=_json_metadata(item),
            )
        )
    return files


class IndexClient:
    """A client for one primary index plus extra indexes.

    `json_url` overrides where the JSON API lives (default: beside the
    primary index). With `offline`, only the SQLite HTTP cache and the
    artifact cache are used. Credentials in the index URLs (and in
    `credentials_from`, e.g. find-links URLs) are sent with requests to the
    same origin and never kept in the URLs the client exposes or stores.
    """

    def __init__(
        self,
        index_url: str | None = PYPI_SIMPLE,
        extra_index_urls: tuple[str, ...] = (),
        *,
        json_url: str | None = None,
        store: Store | None = None,
        offline: bool = False,
        timeout: float = 15.0,
        retries: int = 3,
        backoff: float = 0.5,
        metadata_max_age: float = 600.0,
        credentials_from: tuple[str, ...] = (),
        trusted_hosts: tuple[str, ...] = (),
    ) -> None:
        #: Credentials of the configured URLs; every URL kept below is free of them.
        self.auth = IndexAuth()
        for url in credentials_from:
            self.auth.remember(url)
        #: "" when there is no index at all (pip's --no-index): nothing is looked up.
        self.index_url = "" if not index_url else self.auth.remember(index_url.rstrip("/") + "/")
        self.extra_index_urls = tuple(
            self.auth.remember(u.rstrip("/") + "/") for u in extra_index_urls
        )
        if json_url:
            json_url = self.auth.remember(json_url)
        self.json_url = json_url or (json_api_base(self.index_url) if self.index_url else None)
        if self.json_url and not self.json_url.endswith("/"):
            self.json_url += "/"
        self.store = store
        self.offline = offline
        self.retries = max(0, retries)
        self.backoff = backoff
        self.metadata_max_age = metadata_max_age
        self.timeout = timeout
        #: pip's ``--trusted-host`` values: HTTPS to them is not verified.
        self.trusted_hosts = trusted_hosts
        self._http: httpx.Client | None = None
        self._http_lock = threading.Lock()

    @property
    def http(self) -> httpx.Client:
        """The HTTP client, created on first use (its TLS set-up costs a tenth of a second)."""
        with self._http_lock:
            if self._http is None:
                self._http = httpx.Client(
                    timeout=httpx.Timeout(self.timeout),
                    follow_redirects=True,
                    headers={"User-Agent": f"pipwarden/{__version__}"},
                    auth=self.auth,
                    limits=httpx.Limits(max_connections=16, max_keepalive_connections=16),
                    mounts={
                        f"https://{host}": httpx.HTTPTransport(verify=False)
                        for host in self.trusted_hosts
                    },
                )
            return self._http

    def close(self) -> None:
        """Release connections."""
        if self._http is not None:
            self._http.close()

    def __enter__(self) -> IndexClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- low level -----------------------------------------------------
    def _get(self, url: str, headers: dict[str, str] | None = None) -> httpx.Response:
        """GET with retries and backoff; 4xx answers are returned, not retried."""
        last: str = ""
        for attempt in range(self.retries + 1):
            try:
                resp = self.http.get(url, headers=headers)
            except httpx.HTTPError as exc:
                last = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
            else:
                if resp.status_code < 500:
                    return resp
                last = f"HTTP {resp.status_code}"
            if attempt < self.retries:
                time.sleep(self.backoff * (2**attempt))
        advice = "check the index URL, your network or proxy settings"
        if "CERTIFICATE_VERIFY_FAILED" in last:
            host = urllib.parse.urlsplit(url).hostname or "HOST"
            advice = (
                "its TLS certificate is not one this machine trusts; if you trust the host "
                f"anyway, pass --trusted-host {host} (its traffic is then not verified)"
            )
        raise IndexError_(
            f"cannot reach {redact_url(url)} after {self.retries + 1} attempts ({last}); {advice}"
        )

    def get_json(self, url: str, max_age: float | None = None) -> Any | None:
        """A JSON document (cached in the store); None on 404 or 410."""
        age = self.metadata_max_age if max_age is None else max_age
        url = self.auth.remember(url)
        if self.store is not None:  # the store keeps its keys free of credentials
            cached = self.store.cache_get(url, None if self.offline else age)
            if cached is not None:
                status, body = cached
                try:
                    return loads_json(body) if status == 200 else None
                except ValueError:
                    pass  # a damaged cache entry: ask the index again
        if self.offline:
            return None
        resp = self._get(url, headers={"Accept": "application/json"})
        if resp.status_code in (404, 410):
            if self.store is not None:
                self.store.cache_put(url, resp.status_code, b"")
            return None
        if resp.status_code != 200:
            raise IndexError_(f"{redact_url(url)} answered HTTP {resp.status_code}")
        try:
            doc = loads_json(resp.content)
        except ValueError:  # not JSON, or nested too deeply to follow
            raise IndexError_(f"{redact_url(url)} did not answer JSON") from None
        if self.store is not None:
            self.store.cache_put(url, 200, resp.content)
        return doc

    # -- JSON API --------------------------------------------------------
    def project_json(self, name: str) -> dict[str, Any] | None:
        """The JSON API document of a project (``/pypi/NAME/json``), None if absent."""
        if not self.json_url:
            return None
        doc = self.get_json(f"{self.json_url}{canonicalize_name(name)}/json")
        return doc if isinstance(doc, dict) else None

    def release_json(self, name: str, version: str) -> dict[str, Any] | None:
        """The per-version JSON document, None where the index does not answer it."""
        if not self.json_url:
            return None
        doc = self.get_json(f"{self.json_url}{canonicalize_name(name)}/{version}/json")
        return doc if isinstance(doc, dict) else None

    # -- simple API ----------------------------------------------------
    def project_files(self, name: str, index_url: str | None = None) -> list[IndexFile] | None:
        """The files of a project on `index_url` (default: the primary index).

        None when the project does not exist there.
        """
        base = self.auth.remember(index_url) if index_url else self.index_url
        if not base:
            return None
        if not base.endswith("/"):
            base += "/"
        url = f"{base}{canonicalize_name(name)}/"
        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme == "file":
            folder = Path(urllib.request.url2pathname(parsed.path))
            page = folder / "index.html"
            if not page.is_file():
                return None
            return _parse_html(page.read_text(encoding="utf-8", errors="replace"), url)
        cache_key = f"simple:{url}"  # the store keeps its keys free of credentials
        body: bytes | None = None
        ctype = ""
        if self.store is not None:
            hit = self.store.cache_get(cache_key, None if self.offline else self.metadata_max_age)
            if hit is not None:
                if hit[0] != 200:
                    return None
                head, _, raw = hit[1].partition(b"\n")
                body, ctype = raw, head.decode()
        if body is None:
            if self.offline:
                return None
            resp = self._get(url, headers={"Accept": _ACCEPT})
            if resp.status_code in (404, 410):
                if self.store is not None:
                    self.store.cache_put(cache_key, resp.status_code, b"")
                return None
            if resp.status_code != 200:
                raise IndexError_(f"{redact_url(url)} answered HTTP {resp.status_code}")
            body, ctype = resp.content, resp.headers.get("content-type", "")
            if self.store is not None:
                self.store.cache_put(cache_key, 200, ctype.encode() + b"\n" + body)
        if SIMPLE_JSON in ctype or ctype.startswith("application/json"):
            try:
                doc = loads_json(body)
            except ValueError:  # not JSON, or nested too deeply to follow
                raise IndexError_(f"{redact_url(url)} sent malformed JSON") from None
            return _parse_json(doc if isinstance(doc, dict) else {}, url)
        return _parse_html(body.decode("utf-8", errors="replace"), url)

    def link_page(self, url: str) -> list[IndexFile]:
        """The files an HTML page of links offers (pip's ``--find-links URL``); [] when the
        page cannot be read."""
        if self.offline:
            return []
        try:
            resp = self._get(url, headers={"Accept": "text/html"})
        except IndexError_:
            return []
        if resp.status_code != 200:
            return []
        return _parse_html(resp.content.decode("utf-8", errors="replace"), url)

    def find_project(self, name: str) -> tuple[str, list[IndexFile]] | None:
        """The first index (primary, then extras) that has the project, with its files."""
        for base in (self.index_url, *self.extra_index_urls):
            if not base:
                continue
            files = self.project_files(name, base)
            if files is not None:
                return base, files
        return None

    # -- artifacts -----------------------------------------------------
    def fetch(
        self,
        url: str,
        filename: str,
        sha256: str | None,
        progress: Callable[[int], None] | None = None,
        size: int | None = None,
        deadline: float | None = None,
    ) -> Path:
        """The cached path of an artifact, downloading and verifying it if needed.

        `size` is the size the index declared (IndexFile.size): a download that
        announces or delivers more fails. `deadline` bounds the whole download,
        every retry included, in seconds (default `DOWNLOAD_DEADLINE`), on top of
        the per-read timeout. Raises `HashMismatch`, `NotCached` (offline) or
        `IndexError_`.
        """
        if sha256:
            cached = artifact_path(sha256, filename)
            if cached.is_file():
                return cached
        if self.offline:
            raise NotCached(filename)
        tmp_dir = paths.cache_dir() / "tmp"
        tmp_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix="dl-", suffix=".part", dir=tmp_dir)
        tmp = Path(tmp_name)
        until = time.monotonic() + (DOWNLOAD_DEADLINE if deadline is None else deadline)
        try:
            digest = hashlib.sha256()
            with os.fdopen(fd, "wb") as out:
                self._download_into(url, out, digest, progress, size, until)
            actual = digest.hexdigest()
            if sha256 and actual != sha256.lower():
                raise HashMismatch(filename, sha256.lower(), actual)
            final = artifact_path(actual, filename)
            final.parent.mkdir(parents=True, exist_ok=True)
            os.replace(tmp, final)
            return final
        finally:
            tmp.unlink(missing_ok=True)

    def _download_into(
        self,
        url: str,
        out: Any,
        digest: Any,
        progress: Callable[[int], None] | None,
        size: int | None = None,
        until: float | None = None,
    ) -> None:
        """Write the artifact at `url` into `out`, no more than `size` bytes, before `until`
        (a time.monotonic() value)."""
        until = time.monotonic() + DOWNLOAD_DEADLINE if until is None else until
        shown = redact_url(url)

        def too_big(got: int) -> IndexError_:
            return IndexError_(
                f"{shown} sent {got} bytes or more, more than the {size} the index declared"
            )

        def too_slow() -> IndexError_:
            return IndexError_(f"download of {shown} did not finish in time (overall deadline)")

        parsed = urllib.parse.urlsplit(url)
        if parsed.scheme == "file":
            src = Path(urllib.request.url2pathname(parsed.path))
            try:
                with src.open("rb") as fh:
                    got = 0
                    while chunk := fh.read(1 << 20):
                        got += len(chunk)
                        if size is not None and got > size:
                            raise too_big(got)
                        if time.monotonic() > until:
                            raise too_slow()
                        out.write(chunk)
                        digest.update(chunk)
                        if progress:
                            progress(len(chunk))
            except OSError as exc:
                raise IndexError_(f"cannot read {src}: {exc.strerror}") from None
            return
        last = ""
        for attempt in range(self.retries + 1):
            out.seek(0)
            out.truncate()
            digest.__init__()  # restart the hash for a retried download
            try:
                with self.http.stream("GET", url) as resp:
                    if resp.status_code == 404:
                        raise IndexError_(f"{shown} is gone from the index (HTTP 404)")
                    if resp.status_code >= 400:
                        raise httpx.HTTPStatusError(
                            f"HTTP {resp.status_code}", request=resp.request, response=resp
                        )
                    expected = resp.headers.get("content-length")
                    if expected is not None and not expected.strip().isdigit():
                        raise httpx.ReadError(f"bad Content-Length {expected[:40]!r}")
                    if size is not None and expected is not None and int(expected) > size:
                        raise too_big(int(expected))
                    received = 0
                    # Chunks as they arrive: the deadline is checked after every read, so a
                    # server trickling bytes just inside the read timeout is still cut off.
                    for chunk in resp.iter_bytes():
                        received += len(chunk)
                        if size is not None and received > size:
                            raise too_big(received)
                        if time.monotonic() > until:
                            raise too_slow()
                        out.write(chunk)
                        digest.update(chunk)
                        if progress:
                            progress(len(chunk))
                    if expected is not None and received != int(expected):
                        raise httpx.ReadError(f"got {received} of {expected} bytes")
                    return
            except httpx.HTTPError as exc:
                last = str(exc) or type(exc).__name__
            if time.monotonic() > until:
                raise too_slow()
            if attempt < self.retries:
                time.sleep(min(self.backoff * (2**attempt), max(0.0, until - time.monotonic())))
        raise IndexError_(f"download of {shown} failed after {self.retries + 1} attempts ({last})")


#: Seconds one artifact download may take in all, retries included (a read may also
#: not stall for longer than the client's timeout).
DOWNLOAD_DEADLINE = 600.0


def artifact_path(sha256: str, filename: str) -> Path:
    """Where the artifact with this hash lives in the content-addressed cache.

    An index's (or pip's report's) hash becomes part of a path here, so anything but
    64 hex digits is refused (IndexError_): never a folder name like ``..``.
    """
    if not is_sha256(sha256):
        raise IndexError_(f"{filename}: the index gave an invalid sha256 ({sha256[:80]!r})")
    # a query string (a signed URL's token) never becomes part of a cached file's name
    safe = Path(filename.split("?", 1)[0]).name
    if safe in ("", ".", ".."):
        safe = "artifact"
    sha256 = sha256.lower()
    return paths.cache_dir() / "artifacts" / sha256[:2] / sha256 / safe


def file_digest(path: Path, algorithm: str = "sha256") -> str:
    """The hex digest of a file (any `hashlib` algorithm), read in blocks."""
    digest = hashlib.new(algorithm)
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def sha256_file(path: Path) -> str:
    """The sha256 of a file, hex."""
    return file_digest(path)


def copy_artifact(src: Path, dest_dir: Path) -> Path:
    """Copy an artifact beside others (for pip's --find-links); returns the new path."""
    dest_dir.mkdir(parents=True, exist_ok=True)
    target = dest_dir / src.name
    shutil.copyfile(src, target)
    return target
