"""The `advisories` check: a candidate's name and version against the local OSV database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipwarden.audit import engine, osv
from pipwarden.audit.sources import Dependency
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import Check
from pipwarden.findings import Finding, Severity

NAME = "advisories"
DESCRIPTION = "Known vulnerabilities (OSV advisories for PyPI, from the local database)"
_SCRATCH = "advisories"


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Load the advisories of every candidate in one query."""
    with osv.AdvisoryDB() as db:
        state: dict[str, Any] = {"empty": db.empty, "notice_given": False}
        if not state["empty"]:
            state["by_name"] = db.advisories(c.name for c in candidates)
            status = db.status()
            age = status.age_days() if status is not None else 0.0
            state["stale_days"] = age if age > ctx.policy.db_max_age_days else None
    ctx.scratch[_SCRATCH] = state


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings for each known vulnerability of the candidate's version."""
    state = ctx.scratch.get(_SCRATCH)
    if state is None or (not state["empty"] and candidate.key not in state["by_name"]):
        prepare([*ctx.closure, candidate], ctx)
        state = ctx.scratch[_SCRATCH]
    out: list[Finding] = []
    if state["empty"] or state.get("stale_days") is not None:
        if not state["notice_given"]:
            state["notice_given"] = True
            out.append(_notice(state))
        if state["empty"]:
            return out
    advisories = state["by_name"].get(candidate.key, [])
    hits = [a for a in advisories if a.affects(candidate.version)]
    if not hits:
        return out
    upgrade = engine.smallest_upgrade(candidate.version, advisories)
    dep = Dependency(candidate.name, candidate.version)
    for vuln in engine.merge(hits, candidate.version):
        out.append(engine.vuln_finding(dep, vuln, upgrade))
    return out


def _notice(state: dict[str, Any]) -> Finding:
    if state["empty"]:
        return Finding(
            check=NAME,
            rule="advisories.db-empty",
            severity=Severity.INFO,
            message="the advisory database is empty, so known vulnerabilities were not checked",
            remediation="run `pipwarden db update`",
        )
    return Finding(
        check=NAME,
        rule="advisories.db-stale",
        severity=Severity.LOW,
        message=f"the advisory database is {state['stale_days']:.0f} days old",
        remediation="run `pipwarden db update`",
    )


CHECK = Check(name=NAME, run=run, prepare=prepare, description=DESCRIPTION)
