"""The ``publishers`` check: who may publish each package, and how its release came to be.

`prepare` fetches the evidence of the whole closure concurrently (a thread
pool over the shared index client, whose answers the store caches), so
`run` only compares. Trust on first use: the first vet of a project records
it; later vets raise every change against that record, or against the
team's reviewed trust file when one is in use (``--trust FILE`` sets
``ctx.scratch["trust_file"]``; otherwise policy ``trust-file`` or an existing
``pipwarden-trust.json``).

Evidence that cannot be read is a finding that warns, and blocks when a
trust record exists (it cannot be compared). A JSON API named on the command
line (``--json-url``, ``ctx.scratch["json_url"]``) must answer its first
non-404 request with a project document, or the run ends (exit 2).
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.errors import RunInputError
from pipwarden.findings import Finding, Severity
from pipwarden.index import IndexClient
from pipwarden.publishers import trust as trustmod
from pipwarden.publishers.evidence import Evidence, Release
from pipwarden.publishers.heuristics import RULES, evaluate, finding
from pipwarden.publishers.lookup import gather
from pipwarden.redact import redact_url

NAME = "publishers"
#: Concurrent requests while gathering evidence for a closure.
WORKERS = 16

_EVIDENCE = "publishers.evidence"
_CLIENTS = "publishers.clients"
_TRUST_FILE = "publishers.trust-records"
_JSON_URL_OK = "publishers.json-url-ok"
#: Findings about evidence that could not be read; high when a trust record exists.
_UNREADABLE = ("publishers.evidence-unreadable", "publishers.attestations-error")


def _client(candidate: Candidate, ctx: VetContext) -> IndexClient:
    """The index client for the index the candidate came from (the primary one by default)."""
    url = candidate.index_url
    primary = ctx.index
    if not url or url.rstrip("/") == primary.index_url.rstrip("/"):
        return primary
    clients: dict[str, IndexClient] = ctx.scratch.setdefault(_CLIENTS, {})
    if url not in clients:
        clients[url] = IndexClient(url, store=ctx.store, offline=primary.offline or ctx.offline)
    return clients[url]


def _key(candidate: Candidate) -> tuple[str, str, str]:
    return (candidate.key, candidate.version, candidate.filename)


def _gather(candidate: Candidate, ctx: VetContext) -> Evidence:
    return gather(_client(candidate, ctx), candidate.name, candidate.version, candidate.filename)


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Fetch the publisher evidence of every candidate, concurrently."""
    _trust_file_records(ctx)  # a malformed trust file ends the run before any request
    cache: dict[tuple[str, str, str], Evidence] = ctx.scratch.setdefault(_EVIDENCE, {})
    todo = {
        _key(c): c
        for c in candidates
        if _key(c) not in cache and not ctx.policy.is_internal(c.name)
    }
    for c in todo.values():
        _client(c, ctx)  # create per-index clients before the threads start
    if len(todo) <= 1:
        for key, c in todo.items():
            cache[key] = _gather(c, ctx)
    else:
        with ThreadPoolExecutor(max_workers=min(WORKERS, len(todo))) as pool:
            results = pool.map(lambda c: _gather(c, ctx), todo.values())
            for key, evidence in zip(todo, results, strict=True):
                cache[key] = evidence
    for key, c in todo.items():
        _check_json_url(cache[key], c, ctx)


def _check_json_url(evidence: Evidence, candidate: Candidate, ctx: VetContext) -> None:
    """A ``--json-url`` given by the user must answer its first non-404 request usably."""
    url = ctx.scratch.get("json_url")
    if not url or ctx.scratch.get(_JSON_URL_OK) or _client(candidate, ctx) is not ctx.index:
        return
    project = evidence.project
    if project.unreadable == "json-api":
        raise RunInputError(
            f"--json-url {redact_url(url)} returned nothing usable ({project.error}); "
            "give the root of a PyPI-style JSON API (…/pypi/), or leave --json-url out"
        )
    if project.found:
        ctx.scratch[_JSON_URL_OK] = True


def _trust_file_records(ctx: VetContext) -> dict[str, trustmod.TrustRecord]:
    """The records of the trust file in use (empty when there is none)."""
    if _TRUST_FILE in ctx.scratch:
        records: dict[str, trustmod.TrustRecord] = ctx.scratch[_TRUST_FILE]
        return records
    explicit = ctx.scratch.get("trust_file")
    path = Path(explicit) if explicit else trustmod.default_path(ctx.policy)
    records = {}
    if explicit or path.is_file():
        records = trustmod.read_file(path)
    ctx.scratch[_TRUST_FILE] = records
    return records


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Heuristic findings plus every change since the trusted record of the project."""
    if ctx.policy.is_internal(candidate.name):
        return []
    cache: dict[tuple[str, str, str], Evidence] = ctx.scratch.setdefault(_EVIDENCE, {})
    evidence = cache.get(_key(candidate))
    if evidence is None:
        evidence = cache[_key(candidate)] = _gather(candidate, ctx)
    _check_json_url(evidence, candidate, ctx)
    store = trustmod.TrustStore(ctx.store)
    from_file = _trust_file_records(ctx).get(candidate.key)
    record = from_file or store.get(candidate.key)
    out: list[Finding] = []
    new_owners: tuple[str, ...] | None = None
    if record is None:
        if evidence.project.found:
            first = trustmod.record_from(evidence)
            store.put(first)
            owners = trustmod.describe_owners(first)
            out.append(
                finding(
                    "publishers.trust-recorded",
                    f"first use of {evidence.project.name}: recorded owners {owners}, "
                    f"repository {first.repository or 'none'}, "
                    f"publisher {first.publisher or 'none'}, attested {_tri(first.attested)}",
                    evidence.project.name,
                    evidence.version,
                    details={"after": first.to_json()},
                )
            )
    else:
        comparison = trustmod.compare(record, evidence)
        out.extend(comparison.findings)
        new_owners = comparison.new_owners
        if from_file is None and not evidence.project.unreadable:
            filled = trustmod.fill_unknowns(record, evidence)
            if filled is not None:
                store.put(filled)
    heuristics = evaluate(evidence, ctx.policy, yanked=candidate.yanked, new_owners=new_owners)
    if record is not None:
        source = "the trust file" if from_file is not None else "the store"
        heuristics = [_uncomparable(f, record, source) for f in heuristics]
    return heuristics + out


def _uncomparable(f: Finding, record: trustmod.TrustRecord, source: str) -> Finding:
    """`f` as a block when it says evidence could not be read that the trusted record needs."""
    if f.rule not in _UNREADABLE:
        return f
    if f.rule == "publishers.attestations-error" and not (record.attested or record.publisher):
        return f
    return replace(
        f,
        severity=Severity.HIGH,
        message=f"{f.message}; {record.project} has a trusted record in {source} that "
        "cannot be compared, so a change of owners or publisher would go unseen",
        remediation="retry later; install only once the evidence can be read and compared "
        "with the trusted record",
    )


def _tri(value: bool | None) -> str:
    return "unknown" if value is None else "yes" if value else "no"


CHECK = Check(
    name=NAME,
    run=run,
    prepare=prepare,
    description="who may publish each package: owners, releases, attestations, trust on first use",
    rules=tuple(RULES.values()),
)


def releases_seen(ctx: VetContext) -> dict[str, tuple[Release, ...]]:
    """The releases (version, first upload, yank state) of each project whose evidence
    this check gathered in the run, by normalized name."""
    cache: dict[tuple[str, str, str], Evidence] = ctx.scratch.get(_EVIDENCE, {})
    return {key[0]: ev.project.releases for key, ev in cache.items() if ev.project.releases}
