"""`pipwarden serve` stops gracefully: a real server process, SIGTERM, slow clients."""

from __future__ import annotations

import hashlib
import random
import signal
import socket
import threading
import time
from pathlib import Path

import httpx
import pytest

from pipwarden.serve.db import Database
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.serving import free_port, serve_process

#: The size of the large file: far more than loopback socket buffers hold.
BIG = 12 << 20


def _slow_download(port: int, path: str) -> socket.socket:
    """A connection that asked for `path` and reads nothing yet (its receive buffer is small,
    so the server stays mid-transfer until the client reads)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 32 << 10)
    sock.connect(("127.0.0.1", port))
    sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n".encode())
    sock.settimeout(60)
    return sock


def _read_response(sock: socket.socket, first: bytes = b"") -> tuple[bytes, bytes]:
    """The head and the body of one HTTP/1.1 response with a Content-Length, read slowly."""
    data = first
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(16 << 10)
        assert chunk, data
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = next(
        int(line.split(b":", 1)[1])
        for line in head.split(b"\r\n")
        if line.lower().startswith(b"content-length:")
    )
    parts = [body]
    got = len(body)
    while got < length:
        chunk = sock.recv(64 << 10)
        assert chunk, f"the server closed the connection after {got} of {length} bytes"
        parts.append(chunk)
        got += len(chunk)
        time.sleep(0.002)  # a slow client
    return head, b"".join(parts)


def _refused(port: int) -> bool:
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=2):
            return False
    except ConnectionRefusedError:
        return True


def _leftovers(home: Path, db: Path) -> tuple[list[str], int]:
    """Partial downloads in the cache and vetting claims in the database."""
    parts = [p.name for p in (home / "cache" / "tmp").glob("*")]
    database = Database(str(db))
    try:
        return parts, database.vetting_now()
    finally:
        database.close()


def test_sigterm_lets_transfers_and_vettings_in_flight_finish(
    index: LocalIndex, tmp_path: Path, isolated: Path
) -> None:
    blob = random.Random(16).randbytes(BIG)  # incompressible: the wheel stays this large
    big_name, big = build_wheel(
        "wt-stop-big", "1.0", {"wt_stop_big/__init__.py": "", "wt_stop_big/blob.bin": blob}
    )
    index.add(big_name, big)
    new_name, new = build_wheel("wt-stop-new", "1.0")
    index.add(new_name, new, trickle=0.05)  # its download (vetting) lasts a second or two
    port, db, log = free_port(), tmp_path / "serve.sqlite3", tmp_path / "serve.log"
    server = serve_process(index.url, db, port, log, "--shutdown-timeout", "60")
    try:
        first = httpx.get(f"http://127.0.0.1:{port}/files/wt-stop-big/{big_name}", timeout=120)
        assert first.status_code == 200, first.text  # vetted and cached
        slow = _slow_download(port, f"/files/wt-stop-big/{big_name}")
        head = slow.recv(256 << 10)  # the transfer has begun
        assert head.startswith(b"HTTP/1.1 200"), head[:200]
        vetting: dict[str, httpx.Response] = {}

        def ask_new() -> None:
            url = f"http://127.0.0.1:{port}/files/wt-stop-new/{new_name}"
            vetting["new"] = httpx.get(url, timeout=120)

        asked = threading.Thread(target=ask_new)
        asked.start()
        deadline = time.monotonic() + 30
        while not index.requests[f"/files/wt-stop-new/{new_name}"]:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.02)
        server.send_signal(signal.SIGTERM)
        # no new connection is taken while both are in flight
        deadline = time.monotonic() + 20
        while not _refused(port):
            assert time.monotonic() < deadline, "still accepting connections after SIGTERM"
            time.sleep(0.05)
        assert server.poll() is None
        _, body = _read_response(slow, head)
        slow.close()
        assert hashlib.sha256(body).hexdigest() == hashlib.sha256(big).hexdigest()
        asked.join(timeout=120)
        assert vetting["new"].status_code == 200 and vetting["new"].content == new
        assert server.wait(timeout=60) == 0, log.read_text()
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    assert _leftovers(isolated, db) == ([], 0)


@pytest.mark.parametrize(
    ("trickle", "logged"),
    [
        (0.2, "abandoning the download of"),  # stopped at its next chunk
        (60.0, "abandoning the vetting of"),  # stalled in a read: left behind, cleaned up
    ],
)
def test_sigterm_abandons_what_outlasts_the_bound(
    index: LocalIndex, tmp_path: Path, isolated: Path, trickle: float, logged: str
) -> None:
    timeout = 2
    name, data = build_wheel("wt-stop-stalled", "1.0")
    index.add(name, data, trickle=trickle)  # its download would last minutes
    port, db, log = free_port(), tmp_path / "serve.sqlite3", tmp_path / "serve.log"
    server = serve_process(index.url, db, port, log, "--shutdown-timeout", str(timeout))
    answers: list[httpx.Response | httpx.HTTPError] = []

    def ask() -> None:
        url = f"http://127.0.0.1:{port}/files/wt-stop-stalled/{name}"
        try:
            answers.append(httpx.get(url, timeout=120))
        except httpx.HTTPError as exc:
            answers.append(exc)

    asked = threading.Thread(target=ask)
    try:
        asked.start()
        deadline = time.monotonic() + 30
        while not index.requests[f"/files/wt-stop-stalled/{name}"]:
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.02)
        time.sleep(0.5)  # a part file is being written
        assert list((isolated / "cache" / "tmp").glob("*.part"))
        started = time.monotonic()
        server.send_signal(signal.SIGTERM)
        assert server.wait(timeout=60) == 0, log.read_text()
        took = time.monotonic() - started
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()
    asked.join(timeout=30)
    # the bound, the grace an abandoned download gets, and a busy machine's margin
    assert took < timeout + 3 + 10, took
    answer = answers[0]
    assert isinstance(answer, httpx.Response), answer
    assert answer.status_code == 503 and "the server is stopping" in answer.text
    assert logged in log.read_text()
    assert _leftovers(isolated, db) == ([], 0)
