"""The coordination of vetting across threads and server instances.

In one instance a file is vetted once, however many requests ask for it: they
wait on the same future, each at most the hold. Between instances, a claim
row in the database makes one of them vet and the others wait for its
verdict; the claim is refreshed while the vetting runs, and taken over when
its instance stopped refreshing it or (on the same host) its process is gone.

On shutdown, running vettings get until `shutdown_timeout` seconds after the
stop began; those still running then are abandoned: `abandoning` turns true
(downloads stop at their next chunk, waiting requests are answered), their
claims are released and their partial downloads removed, so that the file is
vetted again when next asked for.
"""

from __future__ import annotations

import contextlib
import logging
import os
import socket
import threading
import time
import uuid
from collections.abc import Callable
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import wait as wait_futures
from pathlib import Path

from pipwarden import paths
from pipwarden.serve.db import Database, StoredVerdict

log = logging.getLogger("pipwarden.serve")

#: Seconds an abandoned vetting gets to stop its download and release its claim itself.
ABANDON_GRACE = 3

#: What a request is told when the server stops before its answer is ready.
STOPPING = "the server is stopping; retry in a few seconds"


class NoVerdict(Exception):
    """No verdict to answer with: the server is stopping, or the vetting outlasts the wait.

    `reason` is for the client, which may retry after `retry_after` seconds.
    """

    def __init__(self, reason: str, retry_after: int) -> None:
        super().__init__(reason)
        self.reason, self.retry_after = reason, retry_after


class Vettings:
    """The vettings of one server instance, over a database shared with other instances."""

    def __init__(
        self,
        db: Database,
        rules: str,
        *,
        workers: int,
        hold: float,
        stale_claim: float,
        shutdown_timeout: float,
    ) -> None:
        self.db = db
        #: The rules version verdicts and claims are stored under.
        self.rules = rules
        #: host, process and a random part: a claim whose process is gone is taken over.
        self.instance = f"{socket.gethostname()[:100]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self.hold = hold
        self.stale_claim = stale_claim
        self.shutdown_timeout = shutdown_timeout
        self._pool = ThreadPoolExecutor(max(1, workers), thread_name_prefix="pw-vet")
        self._inflight: dict[str, Future[StoredVerdict]] = {}
        self._lock = threading.Lock()
        #: When (time.monotonic()) the work in flight must be done by, once a stop began.
        self._stop_by: float | None = None
        #: Set when that time has passed: downloads stop, waiting requests are answered.
        self._abandon = threading.Event()
        #: True when close() left a vetting running (its claim released, its part file gone).
        self.abandoned = False

    @property
    def abandoning(self) -> bool:
        """True once the shutdown bound has passed: work still in flight must stop."""
        return self._abandon.is_set()

    def start(
        self, sha256: str, filename: str, vet: Callable[[], StoredVerdict]
    ) -> Future[StoredVerdict]:
        """The one vetting of this file in this instance; `vet` runs unless it is running
        already (here) or another instance vets the file (then its verdict is awaited)."""
        with self._lock:
            running = self._inflight.get(sha256)
            if running is not None:
                return running
            future = self._pool.submit(self._once, sha256, filename, vet)
            self._inflight[sha256] = future

        def forget(_: Future[StoredVerdict]) -> None:
            with self._lock:
                self._inflight.pop(sha256, None)

        future.add_done_callback(forget)
        return future

    def wait(self, future: Future[StoredVerdict], filename: str) -> StoredVerdict:
        """The verdict of a running vetting, waited for at most `hold` seconds (less when
        the server stops); NoVerdict when it does not come."""
        until = time.monotonic() + self.hold
        while True:
            try:
                return future.result(timeout=min(0.25, max(0.0, until - time.monotonic())))
            except FutureTimeout:
                if self._abandon.is_set():
                    raise NoVerdict(STOPPING, 5) from None
                if time.monotonic() >= until:
                    break
            except CancelledError:
                raise NoVerdict(STOPPING, 5) from None
        log.info("holding %s: still being vetted after %.0fs", filename, self.hold)
        raise NoVerdict(
            f"{filename} is still being vetted; retry in a few seconds", max(1, int(self.hold))
        )

    def _once(self, sha256: str, filename: str, vet: Callable[[], StoredVerdict]) -> StoredVerdict:
        """The stored verdict, vetting the file here unless another instance is vetting it."""
        deadline = time.monotonic() + 2 * self.stale_claim
        while time.monotonic() < deadline:
            stored = self.db.verdict(sha256, self.rules)
            if stored is not None:
                return stored
            if self.db.claim(sha256, self.rules, self.instance, self.stale_claim):
                done = threading.Event()
                beat = threading.Thread(
                    target=self._heartbeat, args=(sha256, done), name="pw-claim", daemon=True
                )
                beat.start()
                try:
                    stored = vet()
                except BaseException:
                    done.set()
                    self.db.release(sha256, self.rules, self.instance)
                    raise
                finally:
                    done.set()
                    beat.join()
                return self.db.record(stored)
            if self._abandon.is_set():
                raise NoVerdict(STOPPING, 5)
            self._drop_dead_claim(sha256)
            time.sleep(0.05)  # another instance is vetting it: wait for its verdict
        raise NoVerdict(f"{filename}: no verdict in time; retry later", 10)

    def _drop_dead_claim(self, sha256: str) -> None:
        """End the claim of an instance of this host whose process is gone (it was killed)."""
        holder = self.db.holder(sha256, self.rules)
        if holder is None or holder == self.instance:
            return
        parts = holder.rsplit(":", 2)
        if len(parts) != 3 or parts[0] != socket.gethostname()[:100] or not parts[1].isdigit():
            return
        pid_text = parts[1]
        try:
            os.kill(int(pid_text), 0)
        except ProcessLookupError:
            log.info("taking over the vetting of %s from %s (process gone)", sha256, holder)
            self.db.release(sha256, self.rules, holder)
        except OSError:
            pass  # alive, owned by another user

    def _heartbeat(self, sha256: str, done: threading.Event) -> None:
        """Refresh this instance's claim on `sha256` until `done`."""
        while not done.wait(self.stale_claim / 4):
            try:
                self.db.refresh(sha256, self.rules, self.instance)
            except Exception:  # the database is away: the claim may be taken over
                log.warning("could not refresh the vetting claim on %s", sha256)

    def stopping(self) -> None:
        """Note that a stop began: the work in flight gets `shutdown_timeout` seconds from now,
        then it is abandoned (downloads stop, requests waiting for a verdict are answered)."""
        if self._stop_by is not None:
            return
        bound = self.shutdown_timeout
        self._stop_by = time.monotonic() + bound
        log.info("stopping: no new connections; the work in flight gets %.0f s", bound)
        timer = threading.Timer(bound, self._abandon.set)
        timer.daemon = True
        timer.start()

    def close(self) -> None:
        """Stop the workers within the shutdown bound.

        Vettings not started are dropped; running ones get until the bound (see
        `stopping`; from now when no stop was noted). Those still running then are
        abandoned (`abandoned` is set): their downloads stop, their partial files are
        removed and their claims released, so that nothing is left half-written.
        """
        self.stopping()
        assert self._stop_by is not None
        with self._lock:
            running = dict(self._inflight)
        self._pool.shutdown(wait=False, cancel_futures=True)
        left = max(0.0, self._stop_by - time.monotonic())
        pending = wait_futures(running.values(), timeout=left).not_done
        if pending:
            self._abandon.set()
            pending = wait_futures(pending, timeout=ABANDON_GRACE).not_done
        stuck = [sha for sha, future in running.items() if future in pending]
        for sha in stuck:
            log.warning("abandoning the vetting of %s: still running after the shutdown bound", sha)
            with contextlib.suppress(Exception):
                self.db.release(sha, self.rules, self.instance)
        if stuck:
            self.abandoned = True
            _remove_open_part_files()


def _remove_open_part_files() -> None:
    """Remove the partial downloads this process still has open (abandoned downloads that
    are stalled in a read); Linux only (/proc), elsewhere they stay in the cache's tmp."""
    tmp = (paths.cache_dir() / "tmp").resolve()
    with contextlib.suppress(OSError):
        for fd in os.listdir("/proc/self/fd"):
            with contextlib.suppress(OSError):
                target = Path(os.readlink(f"/proc/self/fd/{fd}"))
                if target.parent == tmp and target.name.endswith(".part"):
                    target.unlink(missing_ok=True)
                    log.warning("removed the partial download %s", target.name)
