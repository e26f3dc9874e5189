"""The install plan as output: its JSON part (target, plan, counts) and its text lines."""

from __future__ import annotations

from typing import Any

from rich.markup import escape

from pipwarden.environment import Target
from pipwarden.findings import Verdict
from pipwarden.install import ACTIONS, Plan
from pipwarden.vet import VetResult
from pipwarden.wording import plural


def plan_json(target: Target, plan: Plan, result: VetResult) -> dict[str, Any]:
    """The install-only part of ``install --format json``: target, plan and summary counts."""
    counts = {a: len(plan.of(a)) for a in ACTIONS}
    counts["already_satisfied"] = len(plan.satisfied)
    counts |= {v.label: sum(1 for p in result.packages if p.verdict == v) for v in Verdict}
    counts["vetted"] = len(result.packages)
    return {
        "target": {
            "python": str(target.python),
            "venv": str(target.venv) if target.venv is not None else None,
        },
        "plan": plan.to_json(),
        "summary": counts,
    }


def write_plan(plan: Plan, where: str, *, dry_run: bool, console: Any) -> None:
    """The plan as text, before anything happens: one line per change, then the counts."""
    head = "would change" if dry_run else "changing"
    if not plan.changes:
        head = "nothing to change in"
    parts = [f"{len(plan.of(a))} to {a}" for a in ACTIONS if plan.of(a)]
    parts.append(f"{plural(len(plan.satisfied), 'package')} already satisfied")
    console.print(f"{head} {escape(where)}: " + ", ".join(parts), soft_wrap=True)
    width = max((len(c.action) for c in plan.changes), default=0)
    for c in plan.changes:
        versions = f"{c.from_} -> {c.to}" if c.from_ is not None else f"{c.to}"
        line = f"  {c.action:<{width}}  {escape(c.name)} {escape(versions)}"
        console.print(line, soft_wrap=True)
