"""Fetching and scanning what pip considers while it still resolves.

pip's resolution of a large closure takes many seconds, most of them waiting
on the network, while the code scan that follows it takes as long again. pip
names each wheel it considers as it goes ("Downloading NAME.whl",
"Processing PATH.whl"); a `Speculation` follows those lines, looks each file
up on the indexes pipwarden itself reads, downloads it into the artifact
cache (hash-verified, exactly as the fetch after resolution would) and hands
it to the scanner's workers, keyed by its sha256.

Nothing here decides anything: the closure is still only what pip's report
says, and a package is judged only on the file the report names. A scan
started here is used only for an artifact whose sha256 is that of the
report's file; a candidate pip discards costs a download and a scan, never a
verdict. The work is bounded (files, versions per project, bytes declared).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from pipwarden.pipview import candidate_file, project_of

if TYPE_CHECKING:
    from pipwarden.index import IndexClient, IndexFile

#: At most this many files are fetched ahead of the report, this many versions of
#: one project, and this many bytes (as the indexes declare them) in all.
MAX_FILES = 400
MAX_PER_PROJECT = 3
MAX_BYTES = 1 << 30
#: Concurrent look-ups and downloads.
WORKERS = 8


class Scanner(Protocol):
    """Where fetched artifacts go to be scanned (`pipwarden.checks.code.EarlyScans`)."""

    def submit(self, sha256: str | None, path: Path) -> bool:
        """Start scanning the artifact with this sha256 at `path`."""
        ...


class Speculation:
    """Fetches and scans, ahead of pip's report, the wheels pip names while it resolves.

    `follow` reads pip's output lines (from a thread of its own, `start`); `stop`
    ends it once the resolution is over. Errors of any kind only end the work on
    that one file: the fetch after resolution does it again, and reports them.
    """

    def __init__(
        self,
        index: IndexClient,
        scanner: Scanner,
        *,
        evidence_for: Callable[[str], bool] | None = None,
    ) -> None:
        self.index = index
        self.scanner = scanner
        #: For which project names the publishers' evidence (JSON API, attestations) is
        #: fetched ahead too, into the store where the publishers check reads it; None: none.
        self.evidence_for = evidence_for
        #: The files this speculation fetched and handed to the scanner: sha256 -> name.
        self.submitted: dict[str, str] = {}
        self._seen: set[str] = set()
        self._per_project: dict[str, int] = {}
        self._bytes = 0
        self._lock = threading.Lock()
        self._stopped = threading.Event()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="pw-speculate")
        self._thread: threading.Thread | None = None

    @property
    def stopped(self) -> bool:
        """Whether `stop` was called."""
        return self._stopped.is_set()

    def start(self, lines: Callable[[Callable[[], bool]], Iterable[str]]) -> None:
        """Follow `lines(stopped)` (pip's output as it comes) in a thread of its own."""
        self._thread = threading.Thread(
            target=lambda: self.follow(lines(lambda: self.stopped)),
            name="pw-speculate-follow",
            daemon=True,
        )
        self._thread.start()

    def follow(self, lines: Iterable[str]) -> None:
        """Queue a fetch and scan of each wheel named in `lines`, within the bounds."""
        for line in lines:
            if self.stopped:
                return
            filename = candidate_file(line)
            if filename is not None and self._admit(filename):
                try:
                    self._pool.submit(self._one, filename)
                except RuntimeError:  # stopped meanwhile
                    return

    def _admit(self, filename: str) -> bool:
        project = project_of(filename) or ""
        with self._lock:
            if filename in self._seen or len(self._seen) >= MAX_FILES:
                return False
            if self._per_project.get(project, 0) >= MAX_PER_PROJECT:
                return False
            self._seen.add(filename)
            self._per_project[project] = self._per_project.get(project, 0) + 1
            return True

    def _find(self, filename: str) -> IndexFile | None:
        """The file with this name on the first index that lists it with a sha256."""
        project = project_of(filename)
        if project is None:
            return None
        for base in (self.index.index_url, *self.index.extra_index_urls):
            if not base or self.stopped:
                continue
            for f in self.index.project_files(project, base) or []:
                if f.filename == filename and f.sha256:
                    return f
        return None

    def _one(self, filename: str) -> None:
        if self.stopped:
            return
        try:
            f = self._find(filename)
            if f is None or f.sha256 is None or self.stopped:
                return
            with self._lock:
                if f.size is not None and self._bytes + f.size > MAX_BYTES:
                    return
                self._bytes += f.size or 0
            path = self.index.fetch(f.url, f.filename, f.sha256, size=f.size)
        except Exception:  # speculation only: the fetch after resolution reports errors
            return
        # The scan of these verified bytes, keyed by their sha256; whether it is ever
        # read depends only on pip's report naming a file with this sha256. Once the
        # report is in, the fetch after resolution submits what the closure needs.
        sha = f.sha256.lower()
        if not self.stopped and self.scanner.submit(sha, path):
            with self._lock:
                self.submitted[sha] = f.filename
        self._evidence(f.filename)

    def _evidence(self, filename: str) -> None:
        """Fetch the publishers' evidence for the file's project and release into the store
        (what the publishers check fetches first after resolution)."""
        from packaging.utils import parse_wheel_filename

        from pipwarden.publishers.lookup import gather

        name, version = parse_wheel_filename(filename)[:2]
        if self.stopped or self.evidence_for is None or not self.evidence_for(name):
            return
        try:
            gather(self.index, name, str(version), filename)
        except Exception:  # the check fetches it again, and reports what fails
            return

    def stop(self) -> None:
        """End the speculation: no new look-up, download or scan starts from here on
        (those under way finish in the background)."""
        self._stopped.set()
        self._pool.shutdown(wait=False, cancel_futures=True)
