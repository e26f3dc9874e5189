"""Where the firewall index takes files from: the public upstream and a private index.

A project the policy marks internal is never taken from the public upstream,
only from the policy's private index. Project listings are reused for
`page_max_age` seconds; files and core metadata come with the sha256 the
index announced, and bytes that do not have it are refused.
"""

from __future__ import annotations

import hashlib
import logging
import time
from collections.abc import Callable
from pathlib import Path

from pipwarden.errors import PipwardenError
from pipwarden.index import HashMismatch, IndexClient, IndexFile
from pipwarden.policy import Policy
from pipwarden.redact import redact_text
from pipwarden.serve.refused import Refused

log = logging.getLogger("pipwarden.serve")

#: How many entries each memory of one instance holds (upstream listings here; verdicts,
#: advisories and download locks in the gate and the cooldown) before old entries go.
MEMORY_ENTRIES = 50_000

#: The largest core-metadata file passed through (PyPI's are a few KiB).
MAX_METADATA = 4 << 20


class Upstream:
    """The indexes of one server instance; failures are Refused (404 absent, 502 failed)."""

    def __init__(
        self, client: IndexClient, private: IndexClient | None, policy: Policy, page_max_age: float
    ) -> None:
        #: The public upstream.
        self.client = client
        #: The policy's private index, for internal projects (None when it names none).
        self.private = private
        self.policy = policy
        self.page_max_age = page_max_age
        #: Upstream listings of the last `page_max_age` seconds.
        self._pages: dict[str, tuple[float, list[IndexFile]]] = {}

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

    def files(self, project: str) -> list[IndexFile]:
        """The project's files on its source index; Refused 404 when absent, 502 when unreachable."""
        client = self.source(project)
        hit = self._pages.get(project)
        if hit is not None and time.monotonic() - hit[0] < self.page_max_age:
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

    def find(self, project: str, filename: str) -> tuple[IndexFile, list[IndexFile]]:
        """The upstream entry of one file and its project's files; Refused 404 when absent."""
        files = self.files(project)
        for f in files:
            if f.filename == filename:
                return f, files
        raise Refused(404, f"{project} has no file named {filename} on the upstream index")

    def metadata(self, project: str, f: IndexFile) -> bytes:
        """The PEP 658 core metadata of a file, hash-verified when announced."""
        filename = f.filename
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

    def download(self, project: str, f: IndexFile, progress: Callable[[int], None]) -> Path:
        """The file, downloaded and hash-verified (`progress` is called after each chunk)."""
        try:
            return self.source(project).fetch(
                f.url, f.filename, f.sha256, size=f.size, progress=progress
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

    def close(self) -> None:
        """Release the connections."""
        self.client.close()
        if self.private is not None:
            self.private.close()
