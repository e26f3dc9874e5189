"""Running the application under uvicorn (HTTP/1.1 with h11, graceful shutdown).

On SIGTERM or SIGINT the server stops accepting connections, lets the requests
and vettings in flight finish for up to the shutdown timeout (the gate then
abandons what still runs, see vetting.Vettings.close) and exits 0. A second SIGINT
(Ctrl+C twice) stops at once, as uvicorn does.

pip and uv print the status line of a refused download, not its body; so a
403 of the firewall index carries a reason phrase that says who refused it
and where to read why (the body, at the same URL). ASGI has no field for a
reason phrase: it is set in uvicorn's h11 table of phrases, for 403 only.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterator
from types import FrameType
from typing import Any

import uvicorn

#: The reason phrase of every 403 this server sends.
REFUSED_PHRASE = b"Forbidden by pipwarden: open this URL to read why"


#: glibc's ``mallopt`` parameter for the most malloc arenas (``M_ARENA_MAX``).
_M_ARENA_MAX = -8


def limit_malloc_arenas(arenas: int = 2) -> bool:
    """Hold glibc's allocator to `arenas` arenas, as ``MALLOC_ARENA_MAX`` would.

    With glibc's default (eight per core), every worker thread that allocates gets
    an arena of its own, and the server's resident memory rose by about 2 MiB a
    minute through a 10-minute soak; with two it settled after three minutes
    (bench/README-serve.md). Done before any thread starts; left alone when the
    environment sets ``MALLOC_ARENA_MAX`` or the C library is not glibc. True
    when the limit was set.
    """
    if "MALLOC_ARENA_MAX" in os.environ or not sys.platform.startswith("linux"):
        return False
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc (musl has no mallopt)
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, arenas))


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


class Server(uvicorn.Server):
    """uvicorn's server, exiting 0 after a graceful stop and telling `on_stop` when one begins.

    uvicorn re-raises the signal it handled once it has stopped, so that the
    process ends "killed by SIGTERM"; a stop that went as asked is a success.
    """

    def __init__(self, config: uvicorn.Config, on_stop: Callable[[], None] | None = None) -> None:
        super().__init__(config)
        self.on_stop = on_stop

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        if not self.should_exit and self.on_stop is not None:
            self.on_stop()
        super().handle_exit(sig, frame)

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        if threading.current_thread() is not threading.main_thread():
            yield
            return
        handled = (signal.SIGINT, signal.SIGTERM)
        original = {sig: signal.signal(sig, self.handle_exit) for sig in handled}
        try:
            yield
        finally:
            for sig, handler in original.items():
                signal.signal(sig, handler)
