"""A local package index on 127.0.0.1 for hermetic tests.

Serves the simple API (PEP 691 JSON and PEP 503 HTML, by Accept header),
the files, and a PyPI-style JSON API (``/pypi/NAME/json``) generated from what
was added (or set explicitly). Per-version JSON and the integrity API answer
404, as they do in this project's sandbox. Faults can be injected per file:
``tamper`` (bytes differ from the announced hash), ``truncate`` (the
connection drops halfway), ``oversize`` (that many bytes more than the
announced size are sent, with a matching Content-Length) and ``trickle``
(the body is sent 64 bytes at a time with that many seconds between).
Setting ``auth = (user, password)`` makes every request require HTTP basic
authentication (401 without it).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import html
import json
import re
import ssl
import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name, parse_sdist_filename, parse_wheel_filename


@dataclass
class _File:
    filename: str
    data: bytes
    sha256: str
    version: str
    upload_time: str
    yanked: bool | str = False
    tamper: bool = False
    truncate: bool = False
    metadata: bytes | None = None  # PEP 658: served beside wheels as FILE.metadata
    oversize: int = 0
    trickle: float = 0.0
    requires_python: str | None = None


@dataclass
class _Project:
    name: str
    files: list[_File] = field(default_factory=list)
    json_override: dict[str, Any] | None = None
    json_raw: bytes | None = None  # served as-is as the JSON API document
    info: dict[str, Any] = field(default_factory=dict)
    roles: list[dict[str, str]] = field(default_factory=list)
    organization: str | None = None


def _version_of(filename: str) -> str:
    if filename.endswith(".whl"):
        return str(parse_wheel_filename(filename)[1])
    return str(parse_sdist_filename(filename)[1])


def _wheel_metadata(filename: str, data: bytes) -> bytes | None:
    if not filename.endswith(".whl"):
        return None
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            for name in zf.namelist():
                if name.count("/") == 1 and name.endswith(".dist-info/METADATA"):
                    return zf.read(name)
    except zipfile.BadZipFile:
        return None
    return None


class LocalIndex:
    """An index server; `url` is the simple index root, `json_url` the JSON API root."""

    def __init__(self, tls: tuple[Path, Path] | None = None) -> None:
        """`tls`: (certificate, key) PEM files to serve HTTPS with, instead of HTTP."""
        self.projects: dict[str, _Project] = {}
        self.requests: Counter[str] = Counter()
        self.down = False  # answer 503 to everything
        #: (user, password) every request must carry as HTTP basic auth; None: open.
        self.auth: tuple[str, str] | None = None
        #: Requests refused for missing or wrong credentials.
        self.unauthorized = 0
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        if tls is not None:
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(*tls)
            self._server.socket = context.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self.base = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.url = f"{self.base}/simple/"
        self.json_url = f"{self.base}/pypi/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def close(self) -> None:
        """Stop serving."""
        self._server.shutdown()
        self._server.server_close()

    # -- content ---------------------------------------------------------
    def add(
        self,
        filename: str,
        data: bytes,
        *,
        upload_time: dt.datetime | str | None = None,
        yanked: bool | str = False,
        tamper: bool = False,
        truncate: bool = False,
        oversize: int = 0,
        trickle: float = 0.0,
        requires_python: str | None = None,
    ) -> str:
        """Serve a file; returns its sha256. The project is derived from the file name."""
        if filename.endswith(".whl"):
            name = str(parse_wheel_filename(filename)[0])
        else:
            name = str(parse_sdist_filename(filename)[0])
        key = canonicalize_name(name)
        proj = self.projects.setdefault(key, _Project(name=key))
        if upload_time is None:
            upload_time = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
        if isinstance(upload_time, dt.datetime):
            upload_time = upload_time.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
        sha = hashlib.sha256(data).hexdigest()
        proj.files.append(
            _File(
                filename,
                data,
                sha,
                _version_of(filename),
                upload_time,
                yanked,
                tamper,
                truncate,
                _wheel_metadata(filename, data),
                oversize,
                trickle,
                requires_python,
            )
        )
        return sha

    def add_dist(self, built: tuple[str, bytes], **kwargs: Any) -> str:
        """`add` for the (filename, bytes) pairs of tests.support.builders."""
        return self.add(built[0], built[1], **kwargs)

    def set_info(self, name: str, **info: Any) -> None:
        """Extra `info` fields of the generated JSON API document."""
        self.projects.setdefault(canonicalize_name(name), _Project(name=name)).info.update(info)

    def set_roles(
        self, name: str, roles: list[dict[str, str]], organization: str | None = None
    ) -> None:
        """`ownership` of the JSON API document: roles ([{"role": "Owner", "user": "x"}])
        and the owning organization."""
        proj = self.projects.setdefault(canonicalize_name(name), _Project(name=name))
        proj.roles, proj.organization = roles, organization

    def set_json(self, name: str, doc: dict[str, Any] | None) -> None:
        """Serve exactly `doc` as the project's JSON API document."""
        self.projects.setdefault(canonicalize_name(name), _Project(name=name)).json_override = doc

    def set_json_bytes(self, name: str, body: bytes) -> None:
        """Serve exactly `body` (even invalid JSON) as the project's JSON API document."""
        self.projects.setdefault(canonicalize_name(name), _Project(name=name)).json_raw = body

    def project_json(self, key: str) -> dict[str, Any] | None:
        """The JSON API document the server answers for a project."""
        proj = self.projects.get(key)
        if proj is None:
            return None
        if proj.json_override is not None:
            return proj.json_override
        from packaging.version import Version

        releases: dict[str, list[dict[str, Any]]] = {}
        for f in proj.files:
            releases.setdefault(f.version, []).append(
                {
                    "filename": f.filename,
                    "url": f"{self.base}/files/{key}/{f.filename}",
                    "digests": {"sha256": f.sha256},
                    "upload_time_iso_8601": f.upload_time,
                    "upload_time": f.upload_time[:19],
                    "packagetype": "bdist_wheel" if f.filename.endswith(".whl") else "sdist",
                    "yanked": bool(f.yanked),
                    "yanked_reason": f.yanked if isinstance(f.yanked, str) else None,
                    "size": len(f.data),
                }
            )
        latest = max(releases, key=Version) if releases else "0"
        info = {
            "name": proj.name,
            "version": latest,
            "summary": "A test package",
            "description": "A package served by the test index.",
            "author_email": "dev@example.invalid",
            "project_urls": {"Source": f"https://example.invalid/{key}"},
            "yanked": False,
        }
        info.update(proj.info)
        return {
            "info": info,
            "releases": releases,
            "urls": releases.get(latest, []),
            "ownership": {"roles": proj.roles, "organization": proj.organization},
        }

    # -- HTTP ------------------------------------------------------------
    def _handler(self) -> type[BaseHTTPRequestHandler]:
        index = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:
                pass

            def _send(self, status: int, body: bytes, ctype: str = "text/plain") -> None:
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def _authorized(self) -> bool:
                if index.auth is None:
                    return True
                token = base64.b64encode(":".join(index.auth).encode()).decode()
                if self.headers.get("Authorization", "") == f"Basic {token}":
                    return True
                index.unauthorized += 1
                self.send_response(401)
                self.send_header("WWW-Authenticate", 'Basic realm="test index"')
                self.send_header("Content-Length", "0")
                self.end_headers()
                return False

            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                index.requests[path] += 1
                if not self._authorized():
                    return
                if index.down:
                    self._send(503, b"down for tests")
                    return
                if path == "/simple/":
                    links = "".join(f'<a href="{k}/">{k}</a>\n' for k in sorted(index.projects))
                    self._send(200, f"<html><body>{links}</body></html>".encode(), "text/html")
                    return
                m = re.fullmatch(r"/simple/([^/]+)/?", path)
                if m:
                    self._simple(m.group(1))
                    return
                m = re.fullmatch(r"/files/([^/]+)/([^/]+)", path)
                if m:
                    self._file(m.group(1), m.group(2))
                    return
                m = re.fullmatch(r"/pypi/([^/]+)/json", path)
                raw = index.projects.get(canonicalize_name(m.group(1))) if m else None
                if raw is not None and raw.json_raw is not None:
                    self._send(200, raw.json_raw, "application/json")
                    return
                if m:
                    doc = index.project_json(canonicalize_name(m.group(1)))
                    if doc is None:
                        self._send(404, b'{"message": "Not Found"}', "application/json")
                    else:
                        self._send(200, json.dumps(doc).encode(), "application/json")
                    return
                self._send(404, b"not found")

            def _simple(self, raw: str) -> None:
                key = canonicalize_name(raw)
                proj = index.projects.get(key)
                if proj is None or not proj.files:
                    self._send(404, b"not found")
                    return
                if raw != key:
                    self.send_response(301)
                    self.send_header("Location", f"/simple/{key}/")
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                accept = self.headers.get("Accept", "")
                if "application/vnd.pypi.simple.v1+json" in accept:
                    files = []
                    for f in proj.files:
                        entry: dict[str, Any] = {
                            "filename": f.filename,
                            "url": f"/files/{key}/{f.filename}",
                            "hashes": {"sha256": f.sha256},
                            "upload-time": f.upload_time,
                            "yanked": f.yanked,
                            "size": len(f.data),
                        }
                        if f.requires_python:
                            entry["requires-python"] = f.requires_python
                        if f.metadata is not None:
                            digest = hashlib.sha256(f.metadata).hexdigest()
                            entry["core-metadata"] = {"sha256": digest}
                        files.append(entry)
                    doc = {"meta": {"api-version": "1.1"}, "name": key, "files": files}
                    self._send(200, json.dumps(doc).encode(), "application/vnd.pypi.simple.v1+json")
                    return
                rows = []
                for f in proj.files:
                    yank = ""
                    if f.yanked:
                        reason = f.yanked if isinstance(f.yanked, str) else ""
                        yank = f' data-yanked="{html.escape(reason)}"'
                    if f.metadata is not None:
                        digest = hashlib.sha256(f.metadata).hexdigest()
                        yank += f' data-core-metadata="sha256={digest}"'
                    if f.requires_python:
                        yank += f' data-requires-python="{html.escape(f.requires_python)}"'
                    rows.append(
                        f'<a href="/files/{key}/{f.filename}#sha256={f.sha256}"{yank}>'
                        f"{f.filename}</a><br/>"
                    )
                body = "<!DOCTYPE html><html><body>" + "\n".join(rows) + "</body></html>"
                self._send(200, body.encode(), "application/vnd.pypi.simple.v1+html")

            def _file(self, key: str, filename: str) -> None:
                proj = index.projects.get(key)
                match = [f for f in (proj.files if proj else []) if f.filename == filename]
                if not match and filename.endswith(".metadata"):
                    wheel = filename[: -len(".metadata")]
                    meta = [f for f in (proj.files if proj else []) if f.filename == wheel]
                    if meta and meta[0].metadata is not None:
                        self._send(200, meta[0].metadata, "text/plain")
                        return
                if not match:
                    self._send(404, b"no such file")
                    return
                f = match[0]
                data = f.data
                if f.tamper:
                    data = data[:-1] + bytes([data[-1] ^ 0xFF])
                if f.oversize:
                    data += b"\0" * f.oversize
                if f.trickle:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    try:
                        for start in range(0, len(data), 64):
                            self.wfile.write(data[start : start + 64])
                            self.wfile.flush()
                            time.sleep(f.trickle)
                    except OSError:  # the client gave up
                        pass
                    self.close_connection = True
                    return
                if f.truncate:
                    self.send_response(200)
                    self.send_header("Content-Type", "application/octet-stream")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data[: len(data) // 2])
                    self.wfile.flush()
                    self.close_connection = True
                    return
                self._send(200, data, "application/octet-stream")

        return Handler
