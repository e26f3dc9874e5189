"""A local index that also speaks PEP 740 (integrity API, provenance in the simple API),
and synthetic provenance objects, for the publishers tests and benchmark."""

from __future__ import annotations

import json
import re
from http.server import BaseHTTPRequestHandler
from typing import Any

from packaging.utils import canonicalize_name

from tests.support.indexserver import LocalIndex


def provenance(
    repository: str = "example/proj", workflow: str = "release.yml", kind: str = "GitHub"
) -> dict[str, Any]:
    """A PEP 740 provenance object with one (inert, unsigned) attestation."""
    return {
        "version": 1,
        "attestation_bundles": [
            {
                "publisher": {
                    "kind": kind,
                    "repository": repository,
                    "workflow": workflow,
                    "environment": None,
                    "claims": {"sha": "0" * 40},
                },
                "attestations": [
                    {
                        "version": 1,
                        "verification_material": {
                            "certificate": "AAAA",
                            "transparency_entries": [],
                        },
                        "envelope": {"statement": "AAAA", "signature": "AAAA"},
                    }
                ],
            }
        ],
    }


class AttestingIndex(LocalIndex):
    """`LocalIndex` plus ``/integrity/NAME/VERSION/FILE/provenance``.

    `attest(name, version, filename, doc)` serves a provenance object. With
    `pep740` true, the simple API JSON lists a ``provenance`` key per file
    (its URL, or null), as PyPI does.
    """

    def __init__(self) -> None:
        self.provenances: dict[tuple[str, str, str], dict[str, Any]] = {}
        self.pep740 = False
        super().__init__()

    def attest(self, name: str, version: str, filename: str, doc: dict[str, Any] | None) -> None:
        """Serve `doc` as the provenance of a file (None: stop serving it)."""
        key = (canonicalize_name(name), version, filename)
        if doc is None:
            self.provenances.pop(key, None)
        else:
            self.provenances[key] = doc

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base: Any = super()._handler()
        index = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                m = re.fullmatch(r"/integrity/([^/]+)/([^/]+)/([^/]+)/provenance", path)
                if m:
                    index.requests[path] += 1
                    key = (canonicalize_name(m.group(1)), m.group(2), m.group(3))
                    doc = index.provenances.get(key)
                    if doc is None:
                        self._send(404, b'{"message": "Not Found"}', "application/json")
                    else:
                        self._send(200, json.dumps(doc).encode(), "application/json")
                    return
                m = re.fullmatch(r"/simple/([^/]+)/", path)
                accept = self.headers.get("Accept", "")
                if m and index.pep740 and "application/vnd.pypi.simple.v1+json" in accept:
                    index.requests[path] += 1
                    proj = index.projects.get(m.group(1))
                    if proj is None or not proj.files:
                        self._send(404, b"not found")
                        return
                    files = []
                    for f in proj.files:
                        has = (proj.name, f.version, f.filename) in index.provenances
                        files.append(
                            {
                                "filename": f.filename,
                                "url": f"/files/{proj.name}/{f.filename}",
                                "hashes": {"sha256": f.sha256},
                                "upload-time": f.upload_time,
                                "yanked": f.yanked,
                                "provenance": (
                                    f"{index.base}/integrity/{proj.name}/{f.version}/"
                                    f"{f.filename}/provenance"
                                    if has
                                    else None
                                ),
                            }
                        )
                    doc = {"meta": {"api-version": "1.3"}, "name": proj.name, "files": files}
                    self._send(200, json.dumps(doc).encode(), "application/vnd.pypi.simple.v1+json")
                    return
                super().do_GET()

        return Handler


class FaultyIndex(AttestingIndex):
    """`AttestingIndex` whose answers can be replaced, per path prefix, by a fault.

    `fail(prefix, status, body, ctype)` makes every GET whose path starts with
    `prefix` answer that instead (a 500, garbage, an HTML page, JSON of the
    wrong shape); `heal(prefix)` stops it.
    """

    def __init__(self) -> None:
        self.faults: dict[str, tuple[int, bytes, str]] = {}
        super().__init__()

    def fail(
        self, prefix: str, status: int = 500, body: bytes = b"oops", ctype: str = "text/plain"
    ) -> None:
        """Answer `status`/`body` to every path starting with `prefix`."""
        self.faults[prefix] = (status, body, ctype)

    def fail_json(self, prefix: str, doc: Any) -> None:
        """Answer `doc` (any JSON value) with status 200 to paths starting with `prefix`."""
        self.fail(prefix, 200, json.dumps(doc).encode(), "application/json")

    def heal(self, prefix: str) -> None:
        """Stop the fault at `prefix`."""
        self.faults.pop(prefix, None)

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        base: Any = super()._handler()
        index = self

        class Handler(base):  # type: ignore[misc, valid-type]
            def do_GET(self) -> None:
                path = self.path.split("?", 1)[0]
                for prefix, (status, body, ctype) in list(index.faults.items()):
                    if path.startswith(prefix):
                        index.requests[path] += 1
                        self._send(status, body, ctype)
                        return
                super().do_GET()

        return Handler
