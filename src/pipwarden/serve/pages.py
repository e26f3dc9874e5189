"""The simple API pages: PEP 503 HTML and PEP 691 JSON, chosen by content negotiation.

Pure functions: the gate decides which files a page lists; these functions
only choose the format (as PyPI does: the ``Accept`` header with q-values,
ties broken in favour of JSON, a ``?format=`` override) and render it.
File URLs are relative (``../../files/PROJECT/FILE``), so the pages work
behind a reverse proxy under any path.
"""

from __future__ import annotations

import html
import json
import urllib.parse
from collections.abc import Sequence
from typing import Any

from pipwarden.index import IndexFile

JSON_V1 = "application/vnd.pypi.simple.v1+json"
HTML_V1 = "application/vnd.pypi.simple.v1+html"
TEXT_HTML = "text/html"
API_VERSION = "1.1"

#: What the server offers, in order of preference on ties (PyPI's order), and
#: the content type each one is answered with.
_OFFERS: tuple[tuple[str, str], ...] = (
    (JSON_V1, JSON_V1),
    ("application/vnd.pypi.simple.latest+json", JSON_V1),
    (HTML_V1, HTML_V1),
    ("application/vnd.pypi.simple.latest+html", HTML_V1),
    (TEXT_HTML, TEXT_HTML),
)


def negotiate(accept: str | None, format_param: str | None = None) -> str | None:
    """The content type to answer with, or None when nothing acceptable is offered (406).

    No ``Accept`` header (or ``*/*``) means HTML, as on PyPI.
    """
    if format_param:
        return next((ctype for offer, ctype in _OFFERS if offer == format_param), None)
    if not accept or not accept.strip():
        return TEXT_HTML
    best: tuple[float, int, str] | None = None
    for part in accept.split(","):
        media, *params = (p.strip() for p in part.split(";"))
        media = media.lower()
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q <= 0:
            continue
        match = _match(media)
        if match is not None and (best is None or (q, -match[0]) > (best[0], -best[1])):
            best = (q, match[0], match[1])
    return best[2] if best is not None else None


def _match(media: str) -> tuple[int, str] | None:
    """The rank and answer type of one media range of an Accept header."""
    for rank, (offer, ctype) in enumerate(_OFFERS):
        if media == offer:
            return rank, ctype
    if media in ("*/*", "text/*"):
        return len(_OFFERS), TEXT_HTML
    return None


def file_href(project: str, filename: str) -> str:
    """The relative URL of a file from its project page."""
    return f"../../files/{project}/{urllib.parse.quote(filename)}"


def versions_of(files: Sequence[IndexFile]) -> list[str]:
    """The versions the files belong to (PEP 700), in order of first appearance."""
    seen: dict[str, None] = {}
    for f in files:
        if f.version is not None:
            seen.setdefault(str(f.version), None)
    return list(seen)


def project_json(project: str, files: Sequence[IndexFile]) -> bytes:
    """The PEP 691 (API 1.1, PEP 700) JSON page of a project."""
    entries: list[dict[str, Any]] = []
    for f in files:
        entry: dict[str, Any] = {
            "filename": f.filename,
            "url": file_href(project, f.filename),
            "hashes": {"sha256": f.sha256} if f.sha256 else {},
            "yanked": f.yanked,
        }
        if f.requires_python:
            entry["requires-python"] = f.requires_python
        if f.upload_time:
            entry["upload-time"] = f.upload_time
        if f.size is not None:
            entry["size"] = f.size
        if f.core_metadata:
            meta: dict[str, str] | bool = (
                {"sha256": f.core_metadata} if isinstance(f.core_metadata, str) else True
            )
            entry["core-metadata"] = meta
            entry["dist-info-metadata"] = meta
        entries.append(entry)
    doc = {
        "meta": {"api-version": API_VERSION},
        "name": project,
        "files": entries,
        "versions": versions_of(files),
    }
    return json.dumps(doc).encode()


def project_html(project: str, files: Sequence[IndexFile]) -> bytes:
    """The PEP 503 HTML page of a project (with PEP 592, 658 and 714 attributes)."""
    rows = []
    for f in files:
        href = file_href(project, f.filename) + (f"#sha256={f.sha256}" if f.sha256 else "")
        attrs = [f'href="{html.escape(href)}"']
        if f.requires_python:
            attrs.append(f'data-requires-python="{html.escape(f.requires_python)}"')
        if f.yanked:
            reason = f.yanked if isinstance(f.yanked, str) else ""
            attrs.append(f'data-yanked="{html.escape(reason)}"')
        if f.core_metadata:
            value = f"sha256={f.core_metadata}" if isinstance(f.core_metadata, str) else "true"
            attrs.append(f'data-core-metadata="{value}"')
            attrs.append(f'data-dist-info-metadata="{value}"')
        rows.append(f"    <a {' '.join(attrs)}>{html.escape(f.filename)}</a><br />")
    title = html.escape(project)
    body = "\n".join(rows)
    return (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta name="pypi:repository-version" content="{API_VERSION}">\n'
        f"    <title>Links for {title}</title>\n  </head>\n  <body>\n"
        f"    <h1>Links for {title}</h1>\n{body}\n  </body>\n</html>\n"
    ).encode()


def index_json(projects: Sequence[str]) -> bytes:
    """The PEP 691 root page listing `projects`."""
    doc = {
        "meta": {"api-version": API_VERSION},
        "projects": [{"name": p} for p in projects],
    }
    return json.dumps(doc).encode()


def index_html(projects: Sequence[str]) -> bytes:
    """The PEP 503 root page listing `projects`."""
    rows = "\n".join(
        f'    <a href="{html.escape(p)}/">{html.escape(p)}</a><br />' for p in projects
    )
    return (
        "<!DOCTYPE html>\n<html>\n  <head>\n"
        f'    <meta name="pypi:repository-version" content="{API_VERSION}">\n'
        "    <title>Simple index</title>\n  </head>\n  <body>\n"
        f"{rows}\n  </body>\n</html>\n"
    ).encode()
