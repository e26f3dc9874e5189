"""The `advisories` check: a candidate's name and version against the local OSV database."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pipwarden.audit import engine, osv
from pipwarden.audit.sources import Dependency
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.findings import Finding, Severity
from pipwarden.rules import Rule

NAME = "advisories"
_DB_FIX = "Run `pipwarden db update`."

#: What reports say about each rule of this check (the vulnerabilities' own are the audit's).
RULES: tuple[Rule, ...] = (
    *engine.RULES,
    Rule(
        "advisories.db-missing",
        "No advisory database",
        "Known vulnerabilities are not checked until the database has been downloaded.",
        _DB_FIX,
        Severity.MEDIUM,
    ),
    Rule(
        "advisories.db-empty",
        "Empty advisory database",
        "The advisory database holds no advisory, so known vulnerabilities were not checked.",
        _DB_FIX,
        Severity.MEDIUM,
    ),
    Rule(
        "advisories.db-stale",
        "Advisory database older than db-max-age-days",
        "Advisories published since the last update may be missed.",
        _DB_FIX,
        Severity.MEDIUM,
    ),
    Rule(
        "advisories.db-required",
        "Advisory database required but not usable",
        "require-advisories is set and the database is missing, empty or stale: every package "
        "is blocked until it is updated.",
        "Run `pipwarden db update`, then vet again.",
        Severity.CRITICAL,
    ),
)
DESCRIPTION = "Known vulnerabilities (OSV advisories for PyPI, from the local database)"
_SCRATCH = "advisories"


def prepare(candidates: Sequence[Candidate], ctx: VetContext) -> None:
    """Load the advisories of every candidate in one query, and the database's state."""
    with osv.AdvisoryDB() as db:
        state = _db_state(db, ctx)
        if not state["empty"]:
            state["by_name"] = db.advisories(c.name for c in candidates)
    ctx.scratch[_SCRATCH] = state


def _db_state(db: osv.AdvisoryDB, ctx: VetContext) -> dict[str, Any]:
    """Whether the database is missing or empty, and its age when over the limit."""
    status = db.status()
    state: dict[str, Any] = {"empty": db.empty, "missing": status is None, "stale_days": None}
    if status is not None and not state["empty"]:
        age = status.age_days()
        state["stale_days"] = age if age > ctx.policy.db_max_age_days else None
    return state


def _state(ctx: VetContext) -> dict[str, Any]:
    """The state `prepare` left, or the database's state alone (no advisory is read)."""
    state: dict[str, Any] | None = ctx.scratch.get(_SCRATCH)
    if state is None:
        with osv.AdvisoryDB() as db:
            state = _db_state(db, ctx)
    return state


def database_warning(ctx: VetContext) -> Finding | None:
    """The run-level warning when the database is missing, empty or older than
    ``db-max-age-days`` (None when it can be relied on)."""
    state = _state(ctx)
    if state["missing"]:
        rule, problem = "advisories.db-missing", "there is no advisory database"
    elif state["empty"]:
        rule, problem = "advisories.db-empty", "the advisory database is empty"
    elif state["stale_days"] is not None:
        rule = "advisories.db-stale"
        problem = (
            f"the advisory database is {state['stale_days']:.0f} days old "
            f"(db-max-age-days = {ctx.policy.db_max_age_days})"
        )
    else:
        return None
    checked = "were not checked" if state["empty"] else "may be missed"
    return Finding(
        check=NAME,
        rule=rule,
        severity=Severity.MEDIUM,
        message=f"{problem}, so known vulnerabilities {checked}",
        remediation="run `pipwarden db update`"
        + ("" if ctx.policy.require_advisories else "; --require-advisories makes this a block"),
    )


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """Findings for each known vulnerability of the candidate's version.

    With ``require-advisories``, a database that cannot be relied on blocks
    the candidate (whatever ``fail-on`` says); otherwise it is one warning for
    the whole run (`database_warning`), not a finding of each package.
    """
    state = ctx.scratch.get(_SCRATCH)
    if state is None or (not state["empty"] and candidate.key not in state["by_name"]):
        prepare([*ctx.closure, candidate], ctx)
        state = ctx.scratch[_SCRATCH]
    out: list[Finding] = []
    if ctx.policy.require_advisories:
        warning = database_warning(ctx)
        if warning is not None:
            out.append(_required(candidate, warning))
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


def _required(candidate: Candidate, warning: Finding) -> Finding:
    return Finding(
        check=NAME,
        rule="advisories.db-required",
        severity=Severity.CRITICAL,  # blocks under every fail-on: the user required it
        message=f"require-advisories is set and {warning.message.replace(', so', ':', 1)} "
        f"for {candidate.name} {candidate.version}",
        package=candidate.name,
        version=candidate.version,
        remediation="run `pipwarden db update`, then vet again",
        details={"reason": warning.rule},
    )


CHECK = Check(name=NAME, run=run, prepare=prepare, description=DESCRIPTION, rules=RULES)
