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
one of them vet and the others wait for its verdict (`serve.vetting`). Files
and listings come from `serve.upstream`.

Files are served from the artifact store (`serve.artifacts`: the cache folder,
a shared folder or an S3-compatible bucket). A file goes into it after its
sha256 was verified and its verdict is not block, before the verdict is
recorded; with a store other than the cache folder, the download is only a
temporary file, removed once vetted and stored.

On shutdown, running vettings get until `ServeConfig.shutdown_timeout`
seconds after the stop began; those still running then are abandoned: their
downloads stop at the next chunk (the partial file removed), their claims are
released, and the file is vetted again when next asked for (`serve.vetting`).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from packaging.utils import canonicalize_name
from rich.console import Console

from pipwarden import __version__
from pipwarden.candidate import Candidate, VetContext
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Verdict
from pipwarden.index import PYPI_SIMPLE, IndexClient, IndexFile, is_sha256
from pipwarden.policy import Policy, is_check_error
from pipwarden.redact import redact_text
from pipwarden.serve.artifacts import ArtifactStoreError, Opened, open_store
from pipwarden.serve.cooldown import Advisories, cooldown_ends, fixed_advisory
from pipwarden.serve.db import Database, StoredVerdict, findings_json
from pipwarden.serve.refused import Refused
from pipwarden.serve.upstream import MEMORY_ENTRIES, Upstream
from pipwarden.serve.vetting import STOPPING, NoVerdict, Vettings
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
        self.rules = rules_version(self.policy)
        private = self.policy.private_index
        self.upstream = Upstream(
            self._client(config.upstream, config.json_url),
            self._client(private, None) if private else None,
            self.policy,
            config.page_max_age,
        )
        self.vettings = Vettings(
            db,
            self.rules,
            workers=config.workers,
            hold=config.hold,
            stale_claim=config.stale_claim,
            shutdown_timeout=config.shutdown_timeout,
        )
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
        self._lock = threading.Lock()
        #: Verdicts already read (they never change under one rules version): warm
        #: requests need no I/O.
        self._known: dict[str, StoredVerdict] = {}
        #: The projects' known advisories: a young release that fixes one passes the cooldown.
        self.advisories = Advisories()
        #: Counters for /metrics: vettings run here, refusals by reason kind.
        self.vetted = 0
        self.held_out = 0
        self.vet_seconds = 0.0

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

    @property
    def client(self) -> IndexClient:
        """The public upstream."""
        return self.upstream.client

    @property
    def abandoned(self) -> bool:
        """True when close() left a vetting running (its claim released, its part file gone)."""
        return self.vettings.abandoned

    def stopping(self) -> None:
        """Note that a stop began: the work in flight gets `shutdown_timeout` seconds from now,
        then it is abandoned (downloads stop, requests waiting for a verdict get 503)."""
        self.vettings.stopping()

    def close(self) -> None:
        """Stop the vettings within the shutdown bound (see `Vettings.close`), then release
        connections."""
        self.vettings.close()
        self.upstream.close()
        self.artifacts.close()

    # -- pages -----------------------------------------------------------
    def source(self, project: str) -> IndexClient:
        """Where a project's files come from; internal names never from the public upstream."""
        return self.upstream.source(project)

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
        files = self.upstream.files(project)
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
            fix = fixed_advisory(f, files, self.advisories.of(project), days, now)
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

    def _sdist_findings(self, project: str, f: IndexFile) -> list[Finding]:
        """The sdist check's findings on a source distribution (they need no bytes)."""
        from pipwarden.checks import sdist

        c = self._candidate(project, f, None)
        ctx = VetContext(policy=self.policy, store=self.store, index=self.client)
        return sdist.run(c, ctx)

    # -- files -----------------------------------------------------------
    def decide(self, project: str, filename: str) -> tuple[IndexFile, Opened]:
        """The vetted artifact to serve, opened; Refused when it may not be (403, 404, 502, 503).

        Blocks the calling thread up to `ServeConfig.hold` seconds while the file is vetted.
        """
        f, files = self.upstream.find(project, filename)
        why = self.early_refusal(project, f, files)
        if why is not None:
            self.held_out += 1
            raise Refused(403, why)
        assert f.sha256 is not None
        stored = self.verdicts([f.sha256]).get(f.sha256)
        if stored is None:
            future = self.vettings.start(f.sha256, filename, lambda: self._vet(project, f))
            try:
                stored = self.vettings.wait(future, filename)
            except NoVerdict as exc:
                raise Refused(503, exc.reason, retry_after=exc.retry_after) from None
            except Refused:
                raise
            except Exception as exc:
                log.exception("vetting %s failed", filename)
                raise Refused(500, f"vetting {filename} failed: {type(exc).__name__}") from None
        if stored.blocked:
            self.held_out += 1
            raise Refused(403, stored.reason)
        return f, self._artifact(project, f)

    def metadata(self, project: str, filename: str) -> bytes:
        """The PEP 658 core metadata of a file the page may list, hash-verified when announced."""
        f, files = self.upstream.find(project, filename)
        why = self.early_refusal(project, f, files)
        stored = self.verdicts([f.sha256]).get(f.sha256) if f.sha256 else None
        if why is None and stored is not None and stored.blocked:
            why = stored.reason
        if why is not None:
            raise Refused(403, why)
        return self.upstream.metadata(project, f)

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
                            self.artifacts.discard(f.sha256, f.filename, path)
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

    def _download(self, project: str, f: IndexFile) -> Path:
        def stop_when_abandoned(_: int) -> None:
            # called after each chunk: an abandoned download ends here, its part file removed
            if self.vettings.abandoning:
                log.warning("abandoning the download of %s: the server is stopping", f.filename)
                raise Refused(503, STOPPING, retry_after=5)

        return self.upstream.download(project, f, stop_when_abandoned)

    def _vet(self, project: str, f: IndexFile) -> StoredVerdict:
        """Download, check and judge one file (never executing it)."""
        from pipwarden.vet import run_checks

        assert f.sha256 is not None
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
                    self.artifacts.keep(f.sha256, f.filename, path)
                except ArtifactStoreError as exc:
                    log.warning("%s", exc)
                    raise Refused(502, str(exc)) from None
        finally:
            self.artifacts.discard(f.sha256, f.filename, path)
        seconds = time.monotonic() - started
        self.vetted += 1
        self.vet_seconds += seconds
        reason = _reason(self.policy, project, findings)
        log.info("%s %s (%.2fs): %s", verdict.label, f.filename, seconds, reason)
        return StoredVerdict(
            sha256=f.sha256,
            rules_version=self.rules,
            project=canonicalize_name(project),
            version=c.version,
            filename=f.filename,
            verdict=verdict.label,
            reason=reason if verdict == Verdict.BLOCK else "",
            findings=findings_json(findings),
            decided_at=time.time(),
            seconds=seconds,
            instance=self.vettings.instance,
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
