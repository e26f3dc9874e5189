"""Downloads of the artifacts pip will install: hash-verified, cached, concurrent.

`make_client` builds the index client for the indexes pip will use; a
`Fetcher` downloads into the cache (and links each file where pip's
``--find-links`` finds it), turning a file whose bytes do not match their
announced hash into an ``integrity.hash-mismatch`` finding.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor, as_completed
from pathlib import Path

from rich.console import Console
from rich.progress import BarColumn, DownloadColumn, Progress, TextColumn, TransferSpeedColumn

from pipwarden import paths
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.index import HashMismatch, IndexClient, IndexFile, NotCached, artifact_path
from pipwarden.pipoptions import PipOptions, effective_indexes
from pipwarden.resolve import Resolved
from pipwarden.store import Store
from pipwarden.wording import plural

DOWNLOAD_WORKERS = 16


def _publish_link(artifact: Path) -> None:
    link = paths.links_dir() / artifact.name
    tmp = link.with_name(f".{artifact.name}.{os.getpid()}.tmp")
    try:
        tmp.unlink(missing_ok=True)
        try:
            os.link(artifact, tmp)
        except OSError:
            import shutil

            shutil.copyfile(artifact, tmp)
        os.replace(tmp, link)
    except OSError:
        tmp.unlink(missing_ok=True)


def make_client(
    options: PipOptions,
    target: Target | None,
    store: Store,
    *,
    json_url: str | None,
    offline: bool,
    timeout: float,
    retries: int,
    trusted_hosts: tuple[str, ...] = (),
) -> IndexClient:
    """The index client for the indexes pip will use (options, else pip's config).

    `trusted_hosts` (pip's ``--trusted-host``) are reached without verifying TLS.
    """
    primary: str | None
    extras: list[str]
    if options.no_index:
        primary, extras = None, []
    else:
        primary, extras = effective_indexes(options, target)
    return IndexClient(
        primary,
        tuple(extras),
        json_url=json_url,
        store=store,
        offline=offline,
        timeout=timeout,
        retries=retries,
        credentials_from=options.find_links,
        trusted_hosts=tuple(dict.fromkeys(trusted_hosts)),
    )


def _size(p: Resolved) -> int | None:
    """The size the index declared for the artifact, where it is known (sdists)."""
    return p.sdist.size if p.sdist is not None and p.sdist.url == p.url else None


class Fetcher:
    """Concurrent, hash-verified downloads into the cache with one progress bar."""

    def __init__(self, index: IndexClient, console: Console) -> None:
        self.index = index
        self.console = console
        #: The progress bar of the last `fetch_all` (its task's total: the declared bytes).
        self.progress: Progress | None = None

    def fetch_one(
        self, url: str, filename: str, sha256: str | None, size: int | None = None
    ) -> Path:
        """One artifact (used for sdists during resolution), no larger than `size` if known."""
        path = self.index.fetch(url, filename, sha256, size=size)
        _publish_link(path)
        return path

    def fetch_sdist(self, f: IndexFile) -> Path:
        """An sdist found on the simple index."""
        try:
            return self.fetch_one(f.url, f.filename, f.sha256, f.size)
        except HashMismatch as exc:
            raise PipwardenError(f"tampered artifact: {exc}") from None
        except NotCached:
            raise PipwardenError(f"offline: {f.filename} is not in the cache") from None

    def declared_size(self, p: Resolved) -> int | None:
        """The size the index's project page declares for `p`'s file (pip's report has none).

        Looked up only for a download from an index that is not yet in the cache;
        None when the page does not say or cannot be read (the download's own
        deadline and hash still hold).
        """
        if p.sha256 and artifact_path(p.sha256, p.filename).is_file():
            return None
        f = index_file(self.index, p)
        return f.size if f is not None else None

    def fetch_all(
        self,
        packages: Sequence[Resolved],
        on_fetched: Callable[[Resolved, Path], object] | None = None,
    ) -> dict[str, Path | Finding | str]:
        """Each package's cached path, or an integrity finding, or an error string.

        `on_fetched` is called (in this thread) with each artifact as soon as it is
        in the cache and its hash verified, while the others still download.
        """
        results: dict[str, Path | Finding | str] = {}
        progress = Progress(
            TextColumn("[bold]fetching[/] {task.description}"),
            BarColumn(),
            DownloadColumn(),
            TransferSpeedColumn(),
            console=self.console,
            transient=True,
            disable=not self.console.is_terminal,
        )
        self.progress = progress
        lock = threading.Lock()
        with progress, ThreadPoolExecutor(max_workers=DOWNLOAD_WORKERS) as pool:
            task = progress.add_task(plural(len(packages), "artifact"), total=None)
            #: Bytes the bar expects: the sizes the index declared for what is downloaded.
            expected = [0]

            def expect(n: int) -> None:
                with lock:
                    expected[0] += n
                    progress.update(task, total=expected[0])

            def fetch(p: Resolved) -> Path:
                size = _size(p)
                if size is None:
                    size = self.declared_size(p)
                cached = bool(p.sha256) and artifact_path(p.sha256 or "", p.filename).is_file()
                if size is not None and not cached:
                    expect(size)

                def advance(n: int) -> None:
                    if size is None:  # undeclared: the bar grows with what arrives
                        expect(n)
                    progress.advance(task, n)

                return self.index.fetch(p.url, p.filename, p.sha256, advance, size)

            futures = {
                pool.submit(fetch, p): p
                for p in packages
                if p.url  # a direct reference whose bytes failed its hash has none
            }
            for fut in as_completed(futures):
                p = futures[fut]
                try:
                    path = fut.result()
                except HashMismatch as exc:
                    results[p.name] = Finding(
                        check="integrity",
                        rule="integrity.hash-mismatch",
                        severity=Severity.CRITICAL,
                        message=(
                            f"{exc.filename} does not match the sha256 the index announced: "
                            "the artifact was altered in transit or on the mirror"
                        ),
                        package=p.name,
                        version=p.version,
                        evidence=f"expected {exc.expected}, got {exc.actual}",
                        remediation="do not install; retry later or from another mirror",
                    )
                except NotCached:
                    results[p.name] = f"{p.filename} (offline, not in the cache)"
                except PipwardenError as exc:
                    results[p.name] = str(exc)
                else:
                    _publish_link(path)
                    results[p.name] = path
                    if on_fetched is not None:
                        on_fetched(p, path)
        return results


def index_file(index: IndexClient, p: Resolved) -> IndexFile | None:
    """The entry of `p`'s file on its index's project page (size, yanked reason, upload
    time); None for a file from elsewhere, offline, or when the page cannot be read."""
    if not p.url.startswith(("http://", "https://")) or index.offline:
        return None
    try:
        found = index.find_project(p.name)
    except PipwardenError:
        return None
    for f in found[1] if found is not None else []:
        if f.filename == p.filename and f.url.split("#", 1)[0] == p.url.split("#", 1)[0]:
            return f
    return None
