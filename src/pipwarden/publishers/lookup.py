"""Publisher evidence looked up on the index, never raising for index trouble.

Facts come from three places beside the package index:

* the PyPI JSON API (``/pypi/NAME/json``);
* the simple API (PEP 691 JSON);
* the PEP 740 integrity API (``/integrity/NAME/VERSION/FILE/provenance``).

A project's evidence is cached in the store for the client's metadata age.
An index that does not answer is recorded as an error string, never raised;
`publishers.evidence` reads what the answers say.
"""

from __future__ import annotations

import json
import time
import urllib.parse
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden.errors import IndexError_
from pipwarden.index import SIMPLE_JSON, IndexClient, beside_simple
from pipwarden.publishers.evidence import (
    Attestation,
    Evidence,
    ProjectEvidence,
    json_api_problem,
    parse_project,
    parse_provenance,
)
from pipwarden.redact import redact_url

_DDL = """
CREATE TABLE IF NOT EXISTS publisher_evidence (
    key TEXT PRIMARY KEY,
    fetched REAL NOT NULL,
    data TEXT NOT NULL
)
"""


def integrity_base(index_url: str) -> str | None:
    """The PEP 740 integrity API root beside a simple index (``…/simple/`` → ``…/integrity/``)."""
    return beside_simple(index_url, "integrity")


def _simple_json(client: IndexClient, name: str) -> dict[str, Any] | None:
    """The PEP 691 JSON page of a project (cached); None when absent or HTML only."""
    base = client.index_url
    parsed = urllib.parse.urlsplit(base)
    if parsed.scheme not in ("http", "https"):
        return None
    url = f"{base}{canonicalize_name(name)}/"
    key = f"publishers-simple:{redact_url(url)}"
    if client.store is not None:
        hit = client.store.cache_get(key, None if client.offline else client.metadata_max_age)
        if hit is not None:
            return _loads_dict(hit[1]) if hit[0] == 200 else None
    if client.offline:
        return None
    resp = client._get(url, headers={"Accept": SIMPLE_JSON})
    ctype = resp.headers.get("content-type", "")
    ok = resp.status_code == 200 and ("json" in ctype)
    if resp.status_code not in (200, 404, 410):
        raise IndexError_(f"{redact_url(url)} answered HTTP {resp.status_code}")
    if client.store is not None:
        client.store.cache_put(key, 200 if ok else 404, resp.content if ok else b"")
    return _loads_dict(resp.content) if ok else None


def _loads_dict(body: bytes) -> dict[str, Any] | None:
    try:
        doc = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return doc if isinstance(doc, dict) else None


def _json_api_doc(client: IndexClient, name: str) -> tuple[dict[str, Any] | None, str | None]:
    """The JSON API document of a project (None when absent), and why it could not be read."""
    if not client.json_url:
        return None, None
    url = f"{client.json_url}{canonicalize_name(name)}/json"
    try:
        doc = client.get_json(url)
    except IndexError_ as exc:
        return None, str(exc)
    except (ValueError, RecursionError):  # a cached body, or JSON nested too deeply
        return None, f"{redact_url(url)} did not answer readable JSON"
    if doc is None:
        return None, None
    problem = json_api_problem(doc)
    if problem is not None:
        return None, f"{redact_url(url)} {problem}"
    return doc, None


def _cache_key(client: IndexClient, name: str) -> str:
    # The client's URLs hold no credentials; redacted again so that no caller can store one.
    index_url, json_url = redact_url(client.index_url), redact_url(client.json_url or "")
    return f"{index_url}|{json_url or None}|{canonicalize_name(name)}"


def project_evidence(client: IndexClient, name: str, *, refresh: bool = False) -> ProjectEvidence:
    """The evidence for a project, from the store when fresh, else from the index.

    Never raises for index trouble: the result's `error` says what failed.
    """
    where = redact_url(client.index_url)
    store = client.store
    key = _cache_key(client, name)
    if store is not None and not refresh:
        store.ensure("publishers", _DDL)
        rows = store.query("SELECT fetched, data FROM publisher_evidence WHERE key = ?", (key,))
        if rows and (client.offline or time.time() - rows[0][0] <= client.metadata_max_age):
            try:
                return ProjectEvidence.from_json(json.loads(rows[0][1]))
            except (KeyError, TypeError, ValueError):
                pass
    try:
        simple = _simple_json(client, name)
    except IndexError_ as exc:
        return ProjectEvidence(
            name=canonicalize_name(name), index=where, error=str(exc), unreadable="simple-api"
        )
    doc, problem = _json_api_doc(client, name)
    if problem is not None:  # what the simple API says is still used; nothing is cached
        evidence = parse_project(name, where, None, simple)
        return ProjectEvidence(**{**evidence.__dict__, "error": problem, "unreadable": "json-api"})
    if doc is None and client.json_url is None:
        evidence = parse_project(name, where, None, simple)
        evidence = _with_error(evidence, f"{where} has no JSON API beside it")
    else:
        evidence = parse_project(name, where, doc, simple)
        if doc is None and client.offline:
            evidence = _with_error(evidence, f"offline, and nothing about {name} is cached")
        elif doc is None:
            evidence = _with_error(evidence, f"{name} is not on the JSON API of {where}")
    if store is not None and not client.offline:
        store.ensure("publishers", _DDL)
        store.execute(
            "INSERT OR REPLACE INTO publisher_evidence (key, fetched, data) VALUES (?, ?, ?)",
            (key, time.time(), json.dumps(evidence.to_json(), separators=(",", ":"))),
        )
    return evidence


def _with_error(evidence: ProjectEvidence, error: str) -> ProjectEvidence:
    return ProjectEvidence(**{**evidence.__dict__, "error": error})


def attestation(
    client: IndexClient, project: ProjectEvidence, version: str | None, filename: str | None
) -> Attestation:
    """The PEP 740 state of one file of `project`; never raises for index trouble."""
    where = redact_url(client.index_url)
    if not filename or not version:
        return Attestation(filename, "unavailable", message="no file to look up")
    if project.pep740:
        url = project.provenance.get(filename)
        if url is None:
            return Attestation(filename, "none", message=f"{filename} has no attestations")
    else:
        base = integrity_base(client.index_url)
        if base is None:
            return Attestation(
                filename, "unavailable", message=f"attestations not available from {where}"
            )
        url = (
            f"{base}{canonicalize_name(project.name)}/{urllib.parse.quote(version)}/"
            f"{urllib.parse.quote(filename)}/provenance"
        )
    try:
        doc = client.get_json(url)
    except IndexError_ as exc:
        return Attestation(filename, "error", message=str(exc))
    if doc is None:
        if project.pep740:
            return Attestation(filename, "none", message=f"{filename} has no attestations")
        return Attestation(
            filename, "unavailable", message=f"attestations not available from {where}"
        )
    return parse_provenance(filename, doc)


def pick_file(project: ProjectEvidence, version: str | None) -> str | None:
    """A representative file of a release (a wheel when there is one)."""
    if version is None:
        return None
    names = project.files.get(version)
    if names is None:
        rel = project.release(version)
        names = project.files.get(rel.version) if rel else None
    if not names:
        return None
    wheels = sorted(n for n in names if n.endswith(".whl"))
    return wheels[0] if wheels else sorted(names)[0]


def gather(
    client: IndexClient,
    name: str,
    version: str | None = None,
    filename: str | None = None,
    *,
    refresh: bool = False,
) -> Evidence:
    """Project evidence plus the attestation state of `filename` (default: a file of `version`,
    default the latest release)."""
    project = project_evidence(client, name, refresh=refresh)
    version = version or project.latest
    filename = filename or pick_file(project, version)
    return Evidence(project, attestation(client, project, version, filename), version, filename)
