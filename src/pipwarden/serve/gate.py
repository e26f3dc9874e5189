"""The gate of the firewall index: which files a page lists, and whether a file may be served.

A file is vetted when it is first asked for, by the same checks (the
registry) and policy as `pipwarden check`; the verdict is stored by sha256
and rules version, so each file is read once for every client and every
replica. Left out of pages and refused: files with a blocking verdict, sdists
the policy blocks whatever their content, releases inside the cooldown, files
whose hash the upstream does not announce, and any project the policy marks
internal (never taken from the public upstream).

Vetting runs in worker threads; a download waits for its verdict at most
`ServeConfig.hold` seconds, then is answered 503 with ``Retry-After`` while
the vetting goes on. Between instances, a claim row in the database makes
one of them vet and the others wait for its verdict.

Files are served from the artifact store (`serve.artifacts`: the cache folder,
a shared folder or an S3-compatible bucket). A file goes into it after its
sha256 was verified and its verdict is not block, before the verdict is
recorded; with a store other than the cache folder, the download is only a
temporary file, removed once vetted and stored.

On shutdown, running vettings get until `ServeConfig.shutdown_timeout`
seconds after the stop began; those still running then are abandoned: their
downloads stop at the next chunk (the partial file removed), their claims are
released, and the file is vetted again when next asked for.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import logging
import os
import socket
import threading
import time
import uuid
from concurrent.futures import CancelledError, Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures import wait as wait_futures
from dataclasses import dataclass, field, replace
from pathlib import Path

from packaging.utils import canonicalize_name
from rich.console import Console

from pipwarden import __version__, paths
from pipwarden.audit.osv import Advisory, AdvisoryDB
from pipwarden.candidate import Candidate, VetContext
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Verdict
from pipwarden.index import PYPI_SIMPLE, HashMismatch, IndexClient, IndexFile, is_sha256
from pipwarden.policy import Policy, is_check_error
from pipwarden.redact import redact_text
from pipwarden.serve.artifacts import ArtifactStoreError, Folder, Opened, open_store
from pipwarden.serve.cooldown import cooldown_ends, fixed_advisory
from pipwarden.serve.db import Database, StoredVerdict, findings_json
from pipwarden.store import Store

log = logging.getLogger("pipwarden.serve")


@dataclass(frozen=True)
class ServeConfig:
    """What `pipwarden serve` was started with."""

    upstream: str = PYPI_SIMPLE
    #: The PyPI JSON API beside the upstream (default: …/simple/ → …/pypi/).
    json_url: str | None = None
    database: str | None = None
    policy: Policy = field(default_factory=Policy)
    #: Seconds a download waits for a verdict before it is answered 503 (retry later).
    hold: float = 10.0
    #: Seconds an upstream project page is reused before it is asked again.
    page_max_age: float = 60.0
    #: Seconds after which a vetting claim that its instance stopped refreshing (the
    #: instance was killed) is taken over; a live claim is refreshed every quarter of it.
    stale_claim: float = 60.0
    timeout: float = 15.0
    retries: int = 2
    backoff: float = 0.5
    #: Vettings that may run at once in this instance.
    workers: int = 4
    #: Clients must authenticate as one of these users (user -> scrypt hash, see serve.auth).
    users: dict[str, str] | None = None
    #: Where served files are kept: a folder or s3://BUCKET/PREFIX (default: the cache folder).
    artifacts: str | None = None
    #: The endpoint of an S3-compatible store (default: boto3's, from AWS_ENDPOINT_URL or AWS).
    s3_endpoint_url: str | None = None
    #: Seconds that requests and vettings in flight get to finish once a stop begins.
    shutdown_timeout: float = 30.0


#: How many upstream listings and verdicts one instance keeps in memory.
MEMORY_ENTRIES = 50_000

#: The largest core-metadata file passed through (PyPI's are a few KiB).
MAX_METADATA = 4 << 20

#: Seconds an abandoned vetting gets to stop its download and release its claim itself.
ABANDON_GRACE = 3

_STOPPING = "the server is stopping; retry in a few seconds"


class Refused(Exception):
    """A file or project that is not served; `status` and a one-paragraph reason."""

    def __init__(self, status: int, reason: str, retry_after: int | None = None) -> None:
        super().__init__(reason)
        self.status, self.reason, self.retry_after = status, reason, retry_after


@dataclass(frozen=True)
class Listing:
    """What a project page shows, and what it leaves out (file name -> why)."""

    project: str
    files: list[IndexFile]
    hidden: dict[str, str]


def rules_version(policy: Policy) -> str:
    """The version a verdict is stored under: pipwarden, its scanner rules and the policy.

    Any change of one of them makes every file be vetted again (artifact-pure
    check results are still reused from the check cache).
    """
    from pipwarden.checks import code

    digest = hashlib.sha256()
    for part in (__version__, code.CACHE_VERSION, repr(replace(policy, source=None))):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:16]


class Gate:
    """The decisions of one server instance, over a shared database."""

    def __init__(self, config: ServeConfig, db: Database, store: Store) -> None:
        self.config = config
        self.policy = config.policy
        self.db = db
        self.store = store
        #: host, process and a random part: a claim whose process is gone is taken over.
        self.instance = f"{socket.gethostname()[:100]}:{os.getpid()}:{uuid.uuid4().hex[:12]}"
        self.rules = rules_version(self.policy)
        self.client = self._client(config.upstream, config.json_url)
        private = self.policy.private_index
        self.private = self._client(private, None) if private else None
        try:
            self.artifacts = open_store(
                config.artifacts,
                endpoint_url=config.s3_endpoint_url,
                timeout=config.timeout,
                retries=config.retries,
            )
        except ArtifactStoreError as exc:
            raise PipwardenError(str(exc)) from None
        #: One download into the store at a time per file in this instance.
        self._storing: dict[str, threading.Lock] = {}
        self._pool = ThreadPoolExecutor(max(1, config.workers), thread_name_prefix="pw-vet")
        self._inflight: dict[str, Future[StoredVerdict]] = {}
        self._lock = threading.Lock()
        #: Upstream listings of the last `page_max_age` seconds, and verdicts already
        #: read (they never change under one rules version): warm requests need no I/O.
        self._pages: dict[str, tuple[float, list[IndexFile]]] = {}
        self._known: dict[str, StoredVerdict] = {}
        self._advice: dict[str, tuple[float, list[Advisory]]] = {}
        #: Counters for /metrics: vettings run here, refusals by reason kind.
        self.vetted = 0
        self.held_out = 0
        self.vet_seconds = 0.0
        #: When (time.monotonic()) the work in flight must be done by, once a stop began.
        self._stop_by: float | None = None
        #: Set when that time has passed: downloads stop, waiting requests get 503.
        self._abandon = threading.Event()
        #: True when close() left a vetting running (its claim released, its part file gone).
        self.abandoned = False

    def _client(self, url: str, json_url: str | None) -> IndexClient:
        c = self.config
        return IndexClient(
            url,
            json_url=json_url,
            store=self.store,
            timeout=c.timeout,
            retries=c.retries,
            backoff=c.backoff,
            metadata_max_age=c.page_max_age,
        )

    def stopping(self) -> None:
        """Note that a stop began: the work in flight gets `shutdown_timeout` seconds from now,
        then it is abandoned (downloads stop, requests waiting for a verdict get 503)."""
        if self._stop_by is not None:
            return
        bound = self.config.shutdown_timeout
        self._stop_by = time.monotonic() + bound
        log.info("stopping: no new connections; the work in flight gets %.0f s", bound)
        timer = threading.Timer(bound, self._abandon.set)
        timer.daemon = True
        timer.start()

    def close(self) -> None:
        """Stop the workers and release connections, within the shutdown bound.

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
        self.client.close()
        if self.private is not None:
            self.private.close()
        self.artifacts.close()

    # -- pages -----------------------------------------------------------
    def source(self, project: str) -> IndexClient:
        """Where a project's files come from; internal names never from the public upstream."""
        if self.policy.is_internal(project):
            if self.private is None:
                raise Refused(
                    404,
                    f"{project} is an internal project (policy internal): it is never taken "
                    "from the public upstream, and the policy names no private-index",
                )
            return self.private
        return self.client

    def upstream_files(self, project: str) -> list[IndexFile]:
        """The project's files on its source index; Refused 404 when absent, 502 when unreachable."""
        client = self.source(project)
        hit = self._pages.get(project)
        if hit is not None and time.monotonic() - hit[0] < self.config.page_max_age:
            return hit[1]
        try:
            files = client.project_files(project)
        except PipwardenError as exc:
            raise Refused(502, f"the upstream index failed: {redact_text(str(exc))}") from None
        if files is None:
            raise Refused(404, f"no project named {project} on the upstream index")
        if len(self._pages) >= MEMORY_ENTRIES:
            self._pages.clear()
        self._pages[project] = (time.monotonic(), files)
        return files

    def verdicts(self, sha256s: list[str]) -> dict[str, StoredVerdict]:
        """The stored verdicts among `sha256s` (from memory once read)."""
        found = {sha: self._known[sha] for sha in sha256s if sha in self._known}
        missing = [sha for sha in sha256s if sha not in found]
        if missing:
            read = self.db.verdicts(missing, self.rules)
            if len(self._known) + len(read) > MEMORY_ENTRIES:
                self._known.clear()
            self._known.update(read)
            found.update(read)
        return found

    def listing(self, project: str) -> Listing:
        """The files a project page shows: everything not known to be refused."""
        files = self.upstream_files(project)
        known = self.verdicts([f.sha256 for f in files if f.sha256])
        shown: list[IndexFile] = []
        hidden: dict[str, str] = {}
        for f in files:
            why = self.early_refusal(project, f, files)
            stored = known.get(f.sha256) if f.sha256 else None
            if why is None and stored is not None and stored.blocked:
                why = stored.reason
            if why is None:
                shown.append(f)
            else:
                hidden[f.filename] = why
        return Listing(project, shown, hidden)

    def early_refusal(self, project: str, f: IndexFile, files: list[IndexFile]) -> str | None:
        """Why a file is refused before its bytes are read, or None (`files`: its listing)."""
        if not is_sha256(f.sha256):
            return (
                f"{f.filename}: the upstream index announces no valid sha256 for it; "
                "pipwarden serves only files pinned by hash"
            )
        days = self.policy.cooldown_days
        now = dt.datetime.now(dt.timezone.utc)
        until = cooldown_ends(f, days, now)
        if until is not None:
            fix = fixed_advisory(f, files, self._advisories(project), days, now)
            if fix is None:
                when = f.uploaded
                assert when is not None
                return (
                    f"{f.filename} was uploaded {when:%Y-%m-%d %H:%M} UTC, inside the "
                    f"{days}-day cooldown (policy cooldown-days); it is served from "
                    f"{until:%Y-%m-%d %H:%M} UTC"
                )
            log.info("%s is inside the cooldown but fixes %s: served", f.filename, fix.id)
        if f.is_sdist:
            findings = self._sdist_findings(project, f)
            if self.policy.verdict(project, findings) == Verdict.BLOCK:
                return _reason(self.policy, project, findings)
        return None

    def _advisories(self, project: str) -> list[Advisory]:
        """The project's advisories in the local OSV database (read at most once a minute)."""
        hit = self._advice.get(project)
        if hit is not None and time.monotonic() - hit[0] < 60:
            return hit[1]
        try:
            with AdvisoryDB() as db:
                found = db.advisories([project]).get(canonicalize_name(project), [])
        except PipwardenError:
            found = []  # an unreadable database: no fix is known, the cooldown holds
        if len(self._advice) >= MEMORY_ENTRIES:
            self._advice.clear()
        self._advice[project] = (time.monotonic(), found)
        return found

    def _sdist_findings(self, project: str, f: IndexFile) -> list[Finding]:
        """The sdist check's findings on a source distribution (they need no bytes)."""
        from pipwarden.checks import sdist

        c = self._candidate(project, f, None)
        ctx = VetContext(policy=self.policy, store=self.store, index=self.client)
        return sdist.run(c, ctx)

    def find(self, project: str, filename: str) -> tuple[IndexFile, list[IndexFile]]:
        """The upstream entry of one file and its project's files; Refused 404 when absent."""
        files = self.upstream_files(project)
        for f in files:
            if f.filename == filename:
                return f, files
        raise Refused(404, f"{project} has no file named {filename} on the upstream index")

    # -- files -----------------------------------------------------------
    def decide(self, project: str, filename: str) -> tuple[IndexFile, Opened]:
        """The vetted artifact to serve, opened; Refused when it may not be (403, 404, 502, 503).

        Blocks the calling thread up to `ServeConfig.hold` seconds while the file is vetted.
        """
        f, files = self.find(project, filename)
        why = self.early_refusal(project, f, files)
        if why is not None:
            self.held_out += 1
            raise Refused(403, why)
        assert f.sha256 is not None
        stored = self.verdicts([f.sha256]).get(f.sha256)
        if stored is None:
            future = self._vetting(project, f)
            try:
                stored = self._wait(future, filename)
            except Refused:
                raise
            except CancelledError:
                raise Refused(503, _STOPPING, retry_after=5) from None
            except Exception as exc:
                log.exception("vetting %s failed", filename)
                raise Refused(500, f"vetting {filename} failed: {type(exc).__name__}") from None
        if stored.blocked:
            self.held_out += 1
            raise Refused(403, stored.reason)
        return f, self._artifact(project, f)

    def _wait(self, future: Future[StoredVerdict], filename: str) -> StoredVerdict:
        """The verdict of a running vetting, waited for at most `hold` seconds (less when
        the server stops); Refused 503 when it does not come."""
        until = time.monotonic() + self.config.hold
        while True:
            try:
                return future.result(timeout=min(0.25, max(0.0, until - time.monotonic())))
            except FutureTimeout:
                if self._abandon.is_set():
                    raise Refused(503, _STOPPING, retry_after=5) from None
                if time.monotonic() >= until:
                    break
        log.info("holding %s: still being vetted after %.0fs", filename, self.config.hold)
        raise Refused(
            503,
            f"{filename} is still being vetted; retry in a few seconds",
            retry_after=max(1, int(self.config.hold)),
        )

    def metadata(self, project: str, filename: str) -> bytes:
        """The PEP 658 core metadata of a file the page may list, hash-verified when announced."""
        f, files = self.find(project, filename)
        why = self.early_refusal(project, f, files)
        stored = self.verdicts([f.sha256]).get(f.sha256) if f.sha256 else None
        if why is None and stored is not None and stored.blocked:
            why = stored.reason
        if why is not None:
            raise Refused(403, why)
        if not f.core_metadata:
            raise Refused(404, f"the upstream index serves no metadata file for {filename}")
        chunks: list[bytes] = []
        got = 0
        try:
            with self.source(project).http.stream("GET", f.url + ".metadata") as resp:
                if resp.status_code != 200:
                    raise Refused(502, f"the upstream index answered HTTP {resp.status_code}")
                for chunk in resp.iter_bytes():
                    got += len(chunk)
                    if got > MAX_METADATA:
                        raise Refused(
                            502, f"the metadata of {filename} is larger than {MAX_METADATA} bytes"
                        )
                    chunks.append(chunk)
        except Refused:
            raise
        except Exception as exc:
            raise Refused(502, f"the upstream index failed: {type(exc).__name__}") from None
        body = b"".join(chunks)
        if isinstance(f.core_metadata, str):
            actual = hashlib.sha256(body).hexdigest()
            if actual != f.core_metadata:
                raise Refused(
                    502,
                    f"the metadata of {filename} does not have the sha256 the upstream announced",
                )
        return body

    def _artifact(self, project: str, f: IndexFile) -> Opened:
        """The artifact opened from the store; downloaded, verified and stored when absent."""
        assert f.sha256 is not None
        try:
            opened = self.artifacts.open(f.sha256, f.filename, f.size)
            if opened is None:
                with self._storing_lock(f.sha256):
                    opened = self.artifacts.open(f.sha256, f.filename, f.size)
                    if opened is None:
                        path = self._download(project, f)
                        try:
                            self.artifacts.put(f.sha256, f.filename, path)
                            log.info("stored %s in %s", f.filename, self.artifacts.shown)
                        finally:
                            self._drop_download(f, path)
                        opened = self.artifacts.open(f.sha256, f.filename, f.size)
        except ArtifactStoreError as exc:
            log.warning("%s", exc)
            raise Refused(502, str(exc)) from None
        if opened is None:
            raise Refused(502, f"{f.filename} is not in the artifact store after being stored")
        return opened

    def _storing_lock(self, sha256: str) -> threading.Lock:
        """The lock held while this instance downloads a file into the store."""
        with self._lock:
            if len(self._storing) >= MEMORY_ENTRIES:
                self._storing = {k: v for k, v in self._storing.items() if v.locked()}
            return self._storing.setdefault(sha256, threading.Lock())

    def _keep(self, f: IndexFile, path: Path) -> None:
        """Put a verified download into the artifact store (unless it is there already)."""
        assert f.sha256 is not None
        if not self.artifacts.has(f.sha256, f.filename):
            self.artifacts.put(f.sha256, f.filename, path)
            log.info("stored %s in %s", f.filename, self.artifacts.shown)

    def _drop_download(self, f: IndexFile, path: Path) -> None:
        """Remove a download, unless it is the artifact store's own file (the cache folder)."""
        assert f.sha256 is not None
        store = self.artifacts
        if isinstance(store, Folder) and store.path(f.sha256, f.filename) == path:
            return
        path.unlink(missing_ok=True)

    def _download(self, project: str, f: IndexFile) -> Path:
        def stop_when_abandoned(_: int) -> None:
            # called after each chunk: an abandoned download ends here, its part file removed
            if self._abandon.is_set():
                log.warning("abandoning the download of %s: the server is stopping", f.filename)
                raise Refused(503, _STOPPING, retry_after=5)

        try:
            return self.source(project).fetch(
                f.url, f.filename, f.sha256, size=f.size, progress=stop_when_abandoned
            )
        except HashMismatch as exc:
            log.warning("refusing %s: %s", f.filename, exc)
            raise Refused(
                502,
                f"{f.filename}: the upstream sent bytes whose sha256 ({exc.actual}) is not the "
                f"one it announced ({exc.expected}); nothing was served or stored",
            ) from None
        except PipwardenError as exc:
            raise Refused(502, f"the upstream index failed: {redact_text(str(exc))}") from None

    def _vetting(self, project: str, f: IndexFile) -> Future[StoredVerdict]:
        """The one vetting of this file in this instance (started when not running)."""
        assert f.sha256 is not None
        with self._lock:
            running = self._inflight.get(f.sha256)
            if running is not None:
                return running
            future = self._pool.submit(self._vet_once, project, f)
            self._inflight[f.sha256] = future
        key = f.sha256

        def forget(_: Future[StoredVerdict]) -> None:
            with self._lock:
                self._inflight.pop(key, None)

        future.add_done_callback(forget)
        return future

    def _vet_once(self, project: str, f: IndexFile) -> StoredVerdict:
        """The stored verdict, vetting the file here unless another instance is vetting it."""
        assert f.sha256 is not None
        deadline = time.monotonic() + 2 * self.config.stale_claim
        while time.monotonic() < deadline:
            stored = self.db.verdict(f.sha256, self.rules)
            if stored is not None:
                return stored
            if self.db.claim(f.sha256, self.rules, self.instance, self.config.stale_claim):
                done = threading.Event()
                beat = threading.Thread(
                    target=self._heartbeat, args=(f.sha256, done), name="pw-claim", daemon=True
                )
                beat.start()
                try:
                    stored = self._vet(project, f)
                except BaseException:
                    done.set()
                    self.db.release(f.sha256, self.rules, self.instance)
                    raise
                finally:
                    done.set()
                    beat.join()
                return self.db.record(stored)
            if self._abandon.is_set():
                raise Refused(503, _STOPPING, retry_after=5)
            self._drop_dead_claim(f.sha256)
            time.sleep(0.05)  # another instance is vetting it: wait for its verdict
        raise Refused(503, f"{f.filename}: no verdict in time; retry later", retry_after=10)

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
        while not done.wait(self.config.stale_claim / 4):
            try:
                self.db.refresh(sha256, self.rules, self.instance)
            except Exception:  # the database is away: the claim may be taken over
                log.warning("could not refresh the vetting claim on %s", sha256)

    def _vet(self, project: str, f: IndexFile) -> StoredVerdict:
        """Download, check and judge one file (never executing it)."""
        from pipwarden.vet import run_checks

        started = time.monotonic()
        path = self._download(project, f)
        try:
            c = self._candidate(project, f, path)
            ctx = VetContext(policy=self.policy, store=self.store, index=self.source(project))
            quiet = Console(file=io.StringIO(), stderr=False)
            findings = run_checks([c], ctx, quiet)[c.name]
            findings.sort(key=lambda x: (-x.severity, x.rule))
            verdict = self.policy.verdict(project, findings)
            if verdict != Verdict.BLOCK:  # stored before its verdict is recorded
                try:
                    self._keep(f, path)
                except ArtifactStoreError as exc:
                    log.warning("%s", exc)
                    raise Refused(502, str(exc)) from None
        finally:
            self._drop_download(f, path)
        seconds = time.monotonic() - started
        self.vetted += 1
        self.vet_seconds += seconds
        reason = _reason(self.policy, project, findings)
        log.info("%s %s (%.2fs): %s", verdict.label, f.filename, seconds, reason)
        return StoredVerdict(
            sha256=f.sha256 or "",
            rules_version=self.rules,
            project=canonicalize_name(project),
            version=c.version,
            filename=f.filename,
            verdict=verdict.label,
            reason=reason if verdict == Verdict.BLOCK else "",
            findings=findings_json(findings),
            decided_at=time.time(),
            seconds=seconds,
            instance=self.instance,
        )

    def _candidate(self, project: str, f: IndexFile, path: Path | None) -> Candidate:
        return Candidate(
            name=project,
            version=str(f.version or "unknown"),
            filename=f.filename,
            url=f.url,
            sha256=f.sha256,
            kind="wheel" if f.is_wheel else "sdist",
            requested=True,
            path=path,
            yanked=f.yanked,
            index_url=self.source(project).index_url,
        )


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


def _reason(policy: Policy, project: str, findings: list[Finding]) -> str:
    """The text a client is shown for a refusal: the findings that matter most."""
    lines = []
    if policy.is_denied(project):
        lines.append(f"{project} is on the policy deny list")
    blocking = [f for f in findings if f.severity >= policy.fail_on or is_check_error(f)]
    top = (blocking or findings)[:3]
    lines += [f"[{f.severity.label}] {f.rule}: {redact_text(f.message)}" for f in top]
    if not lines:
        return "no findings"
    if len(blocking or findings) > 3:
        lines.append(f"... and {len(blocking or findings) - 3} more")
    return "\n".join(lines)
