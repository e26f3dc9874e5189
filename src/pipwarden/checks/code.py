"""The code check (T5): static analysis of every file of an artifact before install.

Runs the scanner (`pipwarden.scan`) on the fetched artifact and reports its
findings at medium severity and above; the policy turns them into a verdict.
An artifact the scanner cannot read, or cannot read whole within its time and
memory budget, is a high finding (it blocks by default).
Which findings count, and how much, is `pipwarden.verdict.judge` in its
install context: low findings (pickle use, parse failures of old files)
matter when guarding a repository with `pipwarden scan`, not when deciding an
install, so they are left out; on a target judged clean, the rest are capped
at low.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

from pipwarden import checkcache
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.scan import TargetResult, scan_target
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import observe
from pipwarden.scan.rules import CATALOGUE
from pipwarden.store import Store
from pipwarden.verdict import INSTALL, judge

NAME = "code"
DESCRIPTION = "Static analysis of the artifact's code: payloads, exfiltration, install hooks (T5)."


def _scanner_fingerprint() -> str:
    """A digest of the scanner's own source and model weights, of the verdict and of
    this check: cached findings die with any change to a rule, to the model or to how
    findings are judged."""
    import hashlib

    import pipwarden.scan
    import pipwarden.verdict

    digest = hashlib.sha256()
    root = Path(pipwarden.scan.__file__).parent
    for path in sorted([*root.rglob("*.py"), *root.rglob("*.json")]):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    for path in (Path(pipwarden.verdict.__file__), Path(__file__)):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


#: Findings are cached per artifact sha256 under this version.
CACHE_VERSION = f"code-2-{_scanner_fingerprint()}"  # -2: capped findings get their own fix


_SCRATCH = "code.results"
EARLY = "code.early"


#: This process's connections to the stores the memo lives in, by process id and path
#: (a worker opens its own: a connection must not cross a fork).
_STORES: dict[tuple[int, Path], Store] = {}


def _scan(path: Path, db: Path | None = None) -> TargetResult | str:
    """Scan one artifact in a worker process, with the per-file memo of the store at
    `db` when given; an input error comes back as its message."""
    store = None
    if db is not None:
        store = _STORES.get((os.getpid(), db))
        if store is None:
            store = _STORES[(os.getpid(), db)] = Store(db)
    return _scan_with(path, store)


def _scan_with(path: Path, store: Store | None) -> TargetResult | str:
    """Scan one artifact, with the per-file memo of `store` when given."""
    memo = None if store is None else checkcache.FileMemo(store, CACHE_VERSION)
    try:
        return scan_target(path, memo=memo)
    except PipwardenError as exc:
        return str(exc)
    finally:
        if memo is not None:
            memo.flush()


def _ready() -> int:
    """Nothing: a task that makes the pool start a worker process."""
    return 0


class EarlyScans:
    """Scans of artifacts started as soon as each is fetched, on all cores, while the
    rest of the closure still downloads (and while the other checks fetch their
    evidence); `run` waits for each.

    Start it (`start`) while no other thread of the process runs: its worker
    processes are made then, not in the middle of the downloads.
    """

    def __init__(self, store: Store) -> None:
        self.store = store
        self.pool: ProcessPoolExecutor | None = None
        self.futures: dict[str, Future[TargetResult | str]] = {}
        self._lock = threading.Lock()

    def open(self) -> bool:
        """Start the worker processes now, whatever is to be scanned, when there are two
        cores (for scans that start before the closure is known: `submit` from any
        thread); False when there are not."""
        workers = os.cpu_count() or 1
        if workers < 2:
            return False
        if self.pool is None:
            self._make(workers)
        return True

    def _make(self, workers: int) -> None:
        self.pool = ProcessPoolExecutor(max_workers=workers)
        for started in [self.pool.submit(_ready) for _ in range(workers)]:
            started.result()

    def start(self, shas: Sequence[str | None]) -> None:
        """Start the worker processes when at least two of the artifacts with these
        sha256s are not in the cache and there are two cores (else `run` scans in-process).

        With the workers started already (`open`), scans of other artifacts that have
        not begun are dropped: these sha256s are the closure, and nothing else is judged.
        """
        wanted = {sha.lower() for sha in shas if sha}
        if self.pool is not None:
            with self._lock:
                for sha, future in list(self.futures.items()):
                    if sha not in wanted and future.cancel():
                        del self.futures[sha]
            return
        todo = {
            sha for sha in wanted if checkcache.get(self.store, NAME, CACHE_VERSION, sha) is None
        }
        workers = min(os.cpu_count() or 1, len(todo))
        if workers < 2:
            return
        self._make(workers)

    def submit(self, sha256: str | None, path: Path) -> bool:
        """Scan the artifact with this sha256 at `path`, unless already scanned or cached
        (from any thread); whether a scan of it is now under way or done."""
        if self.pool is None or not sha256:
            return False
        sha256 = sha256.lower()
        if sha256 in self.futures:
            return True
        if checkcache.get(self.store, NAME, CACHE_VERSION, sha256) is not None:
            return False
        with self._lock:
            if sha256 in self.futures:
                return True
            try:
                self.futures[sha256] = self.pool.submit(_scan, path, self.store.path)
            except RuntimeError:  # a broken or closed pool: `run` scans in-process
                return False
        return True

    def result(self, sha256: str | None) -> TargetResult | str | None:
        """The scan of this artifact, once finished; None when it was not submitted or
        its worker failed (then `run` scans it again in-process, where an error becomes
        that package's finding)."""
        future = self.futures.get((sha256 or "").lower())
        if future is None:
            return None
        try:
            return future.result()
        except Exception:  # a crashed or killed worker: redone by `run`
            return None

    def close(self) -> None:
        """Stop the workers, dropping scans not started."""
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
            self.pool = None


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Scan the artifacts not yet in the cache on all cores, largest first (with the
    pipeline's `EarlyScans`: add those not yet submitted, and do not wait)."""
    todo = {
        c.sha256: c.path
        for c in candidates
        if c.path is not None
        and c.sha256
        and checkcache.get(ctx.store, NAME, CACHE_VERSION, c.sha256) is None
    }
    early: EarlyScans | None = ctx.scratch.get(EARLY)
    if early is not None and early.pool is not None:
        for sha in sorted(todo, key=lambda sha: -todo[sha].stat().st_size):
            early.submit(sha, todo[sha])
        return
    workers = min(os.cpu_count() or 1, len(todo))
    if workers < 2:
        return
    order = sorted(todo, key=lambda sha: -todo[sha].stat().st_size)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        results = pool.map(_scan, [todo[sha] for sha in order], [ctx.store.path] * len(order))
        ctx.scratch[_SCRATCH] = dict(zip(order, results, strict=True))


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings of the static analyser for the candidate's artifact."""
    if candidate.path is None:
        return []
    done: dict[str, TargetResult | str] = ctx.scratch.get(_SCRATCH, {})
    result = done.get(candidate.sha256 or "")
    early: EarlyScans | None = ctx.scratch.get(EARLY)
    if result is None and early is not None:
        result = early.result(candidate.sha256)
    if result is None:
        result = _scan_with(candidate.path, ctx.store)
    if isinstance(result, str):
        # What cannot be read cannot be judged: the gate fails closed.
        return [
            replace(f, check=NAME, package=candidate.name, version=candidate.version)
            for f in observe(
                Fact.UNREADABLE, f"artifact could not be read: {result}", candidate.filename
            )
        ]
    judged = judge(result.findings, INSTALL)
    return [
        replace(
            f,
            check=NAME,
            package=candidate.name,
            version=candidate.version,
            details={"artifact": candidate.filename, "verdict": judged.verdict},
        )
        for f in judged.findings
    ]


CHECK = Check(
    name=NAME,
    run=run,
    prepare=prepare,
    description=DESCRIPTION,
    cache_version=CACHE_VERSION,
    rules=tuple(CATALOGUE),
)
