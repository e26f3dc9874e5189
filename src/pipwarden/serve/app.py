"""The ASGI application of `pipwarden serve` (Starlette).

Routes: ``/simple/`` and ``/simple/PROJECT/`` (the simple API, HTML or JSON
by content negotiation), ``/files/PROJECT/FILE`` (the vetted file, streamed
from the artifact store; ``FILE.metadata`` its PEP 658 metadata), ``/pypi/PROJECT/json``
(the upstream JSON API, passed through), ``/metrics`` (Prometheus text) and
``/`` with ``/api/decisions`` (the dashboard and its JSON). Blocking work (the
upstream client, vetting, the database) runs in worker threads.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

from packaging.utils import canonicalize_name
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import (
    FileResponse,
    JSONResponse,
    PlainTextResponse,
    RedirectResponse,
    Response,
    StreamingResponse,
)
from starlette.routing import Route

from pipwarden.serve import dashboard, pages
from pipwarden.serve.auth import BasicAuth
from pipwarden.serve.db import Database
from pipwarden.serve.gate import Gate, ServeConfig
from pipwarden.serve.refused import Refused
from pipwarden.store import Store

log = logging.getLogger("pipwarden.serve")


def _refusal(exc: Refused) -> Response:
    """A refusal as plain text: pip and uv show the status; the body says why."""
    headers = {"Retry-After": str(exc.retry_after)} if exc.retry_after else None
    body = f"pipwarden: {exc.reason}\n"
    if exc.status == 403:
        body = f"pipwarden refused this file:\n{exc.reason}\n"
    return PlainTextResponse(body, status_code=exc.status, headers=headers)


def create_app(
    config: ServeConfig, *, db: Database | None = None, store: Store | None = None
) -> Starlette:
    """The application for `config`; `db` and `store` default to the configured ones.

    The HTTP cache and the trust records of `store` are moved to the database
    (`Store.share`), so that every instance on it shares them.
    """
    database = db or Database(config.database)
    local = store or Store()
    local.share(database.shared)
    gate = Gate(config, database, local)

    async def guarded(func: Callable[..., Any], *args: Any) -> Any:
        return await run_in_threadpool(func, *args)

    async def simple_index(request: Request) -> Response:
        ctype = pages.negotiate(request.headers.get("accept"), request.query_params.get("format"))
        if ctype is None:
            return PlainTextResponse("no acceptable content type", status_code=406)
        projects = await guarded(database.projects)
        body = pages.index_json(projects) if ctype == pages.JSON_V1 else pages.index_html(projects)
        return Response(body, media_type=ctype, headers={"Vary": "Accept"})

    async def project_page(request: Request) -> Response:
        raw = request.path_params["project"]
        key = canonicalize_name(raw)
        if raw != key or not request.url.path.endswith("/"):
            # relative, so that it holds behind a proxy that serves this under a prefix
            where = f"../{key}/" if request.url.path.endswith("/") else f"{key}/"
            return RedirectResponse(where, status_code=301)
        ctype = pages.negotiate(request.headers.get("accept"), request.query_params.get("format"))
        if ctype is None:
            return PlainTextResponse("no acceptable content type", status_code=406)
        try:
            listing = await guarded(gate.listing, key)
        except Refused as exc:
            return _refusal(exc)
        for filename, why in listing.hidden.items():
            log.debug("left out of %s: %s (%s)", key, filename, why.splitlines()[0])
        render = pages.project_json if ctype == pages.JSON_V1 else pages.project_html
        return Response(render(key, listing.files), media_type=ctype, headers={"Vary": "Accept"})

    async def file(request: Request) -> Response:
        key = canonicalize_name(request.path_params["project"])
        filename = request.path_params["filename"]
        try:
            if filename.endswith(".metadata"):
                body = await guarded(gate.metadata, key, filename[: -len(".metadata")])
                return Response(body, media_type="application/octet-stream")
            entry, opened = await guarded(gate.decide, key, filename)
        except Refused as exc:
            return _refusal(exc)
        headers = {"X-Pipwarden-Sha256": entry.sha256 or ""}
        if opened.path is not None:
            return FileResponse(opened.path, media_type="application/octet-stream", headers=headers)
        assert opened.chunks is not None
        # the length is declared: a stream that the store's verification cuts short is
        # an incomplete download for every client, never a whole wrong file
        headers["Content-Length"] = str(opened.size)
        return StreamingResponse(
            opened.chunks, media_type="application/octet-stream", headers=headers
        )

    async def json_api(request: Request) -> Response:
        key = canonicalize_name(request.path_params["project"])
        version = request.path_params.get("version")
        try:
            client = gate.source(key)
            if version is None:
                doc = await guarded(client.project_json, key)
            else:
                doc = await guarded(client.release_json, key, version)
        except Refused as exc:
            return _refusal(exc)
        except Exception as exc:
            return PlainTextResponse(f"the upstream JSON API failed: {type(exc).__name__}", 502)
        if doc is None:
            return JSONResponse({"message": "Not Found"}, status_code=404)
        return JSONResponse(doc)

    async def metrics(request: Request) -> Response:
        body = await guarded(dashboard.metrics_text, gate)
        return PlainTextResponse(body, media_type="text/plain; version=0.0.4")

    async def home(request: Request) -> Response:
        body = await guarded(dashboard.page, gate)
        return Response(body, media_type="text/html; charset=utf-8")

    async def decisions(request: Request) -> Response:
        return JSONResponse(await guarded(dashboard.decisions, gate))

    @contextlib.asynccontextmanager
    async def lifespan(app: Starlette) -> AsyncIterator[None]:
        log.info(
            "serving %s (rules %s, database %s, artifacts %s)",
            gate.client.index_url,
            gate.rules,
            database.shown,
            gate.artifacts.shown,
        )
        try:
            yield
        finally:
            await run_in_threadpool(gate.close)
            if db is None:
                database.close()
            if store is None:
                local.close()

    app = Starlette(
        routes=[
            Route("/", home),
            Route("/api/decisions", decisions),
            Route("/metrics", metrics),
            Route("/simple/", simple_index),
            Route("/simple/{project}/", project_page),
            Route("/simple/{project}", project_page),
            Route("/files/{project}/{filename}", file),
            Route("/pypi/{project}/json", json_api),
            Route("/pypi/{project}/{version}/json", json_api),
        ],
        lifespan=lifespan,
        middleware=[Middleware(BasicAuth, users=config.users)] if config.users else None,
    )
    app.state.gate = gate
    return app
