"""Running the application under uvicorn (HTTP/1.1 with h11, graceful shutdown).

pip and uv print the status line of a refused download, not its body; so a
403 of the firewall index carries a reason phrase that says who refused it
and where to read why (the body, at the same URL). ASGI has no field for a
reason phrase: it is set in uvicorn's h11 table of phrases, for 403 only.
"""

from __future__ import annotations

from typing import Any

import uvicorn

#: The reason phrase of every 403 this server sends.
REFUSED_PHRASE = b"Forbidden by pipwarden: open this URL to read why"


def install_reason_phrase() -> None:
    """Make uvicorn's h11 protocol send `REFUSED_PHRASE` with 403 answers."""
    try:
        from uvicorn.protocols.http import h11_impl
    except ImportError:  # pragma: no cover - h11 is a dependency of uvicorn
        return
    phrases = getattr(h11_impl, "STATUS_PHRASES", None)
    if isinstance(phrases, dict):
        phrases[403] = REFUSED_PHRASE


def config(
    app: Any,
    host: str,
    port: int,
    log_level: str = "info",
    grace: float = 30,
    tls: tuple[str, str] | None = None,
) -> uvicorn.Config:
    """The uvicorn configuration `pipwarden serve` runs with (`grace`: seconds that
    requests in flight get to finish on shutdown; `tls`: certificate and key files)."""
    install_reason_phrase()
    return uvicorn.Config(
        app,
        ssl_certfile=tls[0] if tls else None,
        ssl_keyfile=tls[1] if tls else None,
        host=host,
        port=port,
        http="h11",
        lifespan="on",
        log_level=log_level,
        timeout_graceful_shutdown=int(grace),
        server_header=False,
    )
