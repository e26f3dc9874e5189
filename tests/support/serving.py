"""`pipwarden serve` in-process on 127.0.0.1 for tests (uvicorn in a thread), and the
PostgreSQL database of scripts/test-services.sh when it runs."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import uvicorn

#: The database scripts/test-services.sh creates (override with PIPWARDEN_TEST_POSTGRES).
POSTGRES_URL = os.environ.get(
    "PIPWARDEN_TEST_POSTGRES", "postgresql://pipwarden:pipwarden@127.0.0.1:5432/pipwarden_test"
)


def postgres_unavailable() -> str | None:
    """Why the test PostgreSQL cannot be used, or None when it answers."""
    try:
        import psycopg
    except ImportError as exc:  # pragma: no cover - psycopg is a dependency
        return f"psycopg is not installed ({exc})"
    try:
        with psycopg.connect(POSTGRES_URL, connect_timeout=3):
            return None
    except Exception as exc:
        first = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        return f"PostgreSQL at 127.0.0.1:5432 is unavailable ({first}); run scripts/test-services.sh as root"


@contextlib.contextmanager
def postgres_lock() -> Iterator[None]:
    """Exclusive use of the test database among the processes of one test run."""
    import fcntl
    import tempfile

    path = Path(tempfile.gettempdir()) / "pipwarden-test-postgres.lock"
    with path.open("a") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(fh, fcntl.LOCK_UN)


def reset_postgres() -> None:
    """Drop the firewall index's tables so that each test starts from an empty schema."""
    from sqlalchemy import create_engine

    from pipwarden.serve.db import engine_url, metadata

    engine = create_engine(engine_url(POSTGRES_URL))
    try:
        with engine.begin() as conn:
            metadata.drop_all(conn)
    finally:
        engine.dispose()


class Server:
    """An ASGI app served by uvicorn on 127.0.0.1 in a thread; `url` is its root."""

    def __init__(self, app: Any, tls: tuple[str, str] | None = None) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        self.port = sock.getsockname()[1]
        self.url = f"{'https' if tls else 'http'}://127.0.0.1:{self.port}"
        self.app = app
        from pipwarden.serve import server

        self.server = uvicorn.Server(server.config(app, "127.0.0.1", self.port, "warning", 5, tls))
        self._thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [sock]}, daemon=True
        )
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self._thread.is_alive():
                raise RuntimeError("the test server did not start")
            time.sleep(0.01)

    @property
    def simple(self) -> str:
        """The simple index URL clients are given."""
        return f"{self.url}/simple/"

    def close(self) -> None:
        """Stop gracefully and wait."""
        self.server.should_exit = True
        self._thread.join(timeout=15)


def free_port() -> int:
    """A TCP port of 127.0.0.1 that nothing listens on (now)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve_process(
    upstream: str,
    db: Path | str,
    port: int,
    log: Path,
    *options: str,
    env: dict[str, str] | None = None,
) -> subprocess.Popen[bytes]:
    """A `pipwarden serve` process on 127.0.0.1:`port`, started and answering (its output
    appended to `log`; `options` come last, so they override the defaults; `env`: its
    environment, this one's by default)."""
    import httpx

    cmd = [sys.executable, "-m", "pipwarden", "serve", "--upstream", upstream, "--port", str(port)]
    cmd += ["--database", str(db), "--hold", "60", "--log-level", "warning", *options]
    proc = subprocess.Popen(cmd, stdout=log.open("ab"), stderr=subprocess.STDOUT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/metrics", timeout=1)
            return proc
        except httpx.HTTPError:
            assert proc.poll() is None, log.read_text()
            time.sleep(0.1)
    proc.kill()
    raise AssertionError("pipwarden serve did not start: " + log.read_text())


@contextlib.contextmanager
def store_url(kind: str, folder: Path) -> Iterator[str]:
    """The URL of one empty store: a SQLite file in `folder`, or the test PostgreSQL
    database (the test skipped, with the reason, when there is none). The PostgreSQL
    tests share one database, which each empties: its lock, held for the whole test,
    keeps two pytest-xdist workers from using it at once."""
    import pytest

    if kind == "sqlite":
        yield str(folder / "serve.sqlite3")
        return
    why = postgres_unavailable()
    if why is not None:
        pytest.skip(why)
    with postgres_lock():
        reset_postgres()
        yield POSTGRES_URL


@contextlib.contextmanager
def in_process(upstream: str, database: str) -> Iterator[Callable[..., Server]]:
    """A starter of in-process firewall indexes over `upstream` on `database` (options as
    ServeConfig's, for a fast test: no retries, pages never reused, a long hold); every
    server it started is closed at the end."""
    from pipwarden.serve.app import create_app
    from pipwarden.serve.gate import ServeConfig

    servers: list[Server] = []

    def run(**options: object) -> Server:
        settings: dict[str, object] = {
            "upstream": upstream,
            "database": database,
            "retries": 0,
            "timeout": 5.0,
            "page_max_age": 0.0,
            "hold": 60.0,
        }
        settings.update(options)
        server = Server(create_app(ServeConfig(**settings)))  # type: ignore[arg-type]
        servers.append(server)
        return server

    try:
        yield run
    finally:
        for server in servers:
            server.close()
