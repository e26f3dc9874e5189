"""Output of `check` and `install`: the table (drawn by report.text), or JSON as DESIGN.md
specifies."""

from __future__ import annotations

import io
import json
from typing import IO, Any

from rich.console import Console

from pipwarden import __version__
from pipwarden.findings import Finding
from pipwarden.policy import Policy
from pipwarden.report import text
from pipwarden.report.interface import Format, by_name
from pipwarden.vet import VetResult


def _finding(f: Finding, policy: Policy | None) -> dict[str, Any]:
    """A finding's JSON, with ``"ignored": {"reason", "expires"}`` when a live policy
    ignore covers it (it then counts for no verdict)."""
    data = f.to_json()
    ign = policy.ignored(f) if policy is not None else None
    if ign is not None and not ign.expired():
        data["ignored"] = {
            "id": ign.id,
            "reason": ign.reason,
            "expires": ign.expires.isoformat() if ign.expires is not None else None,
        }
    return data


def to_json(result: VetResult) -> dict[str, Any]:
    """``{"verdict", "warnings", "packages": [{"name", "version", "artifact", "sha256",
    "verdict", "findings"}], "notes", "held_back", "let_through"}``; `warnings` are
    findings about the whole run, `held_back` the packages the cooldown made pip take an
    older release of, `let_through` the young releases it let pass as security fixes."""
    return {
        "tool": {"name": "pipwarden", "version": __version__},
        "verdict": result.verdict.label,
        "warnings": [w.to_json() for w in result.warnings],
        "packages": [
            {
                "name": p.candidate.name,
                "version": p.candidate.version,
                "artifact": p.candidate.filename,
                "kind": p.candidate.kind,
                "sha256": p.candidate.sha256,
                "requested": p.candidate.requested,
                "verdict": p.verdict.label,
                "findings": [_finding(f, result.policy) for f in p.findings],
            }
            for p in result.packages
        ],
        "notes": list(result.notes),
        "held_back": [h.to_json() for h in result.held_back],
        "let_through": [ex.to_json() for ex in result.let_through],
    }


class TextFormat(Format[VetResult]):
    """The table, the verdict and the run's warnings and notes (`text.render`)."""

    name = "text"

    def render(self, result: VetResult) -> str:
        console = Console(record=True, file=io.StringIO(), width=80)
        text.render(result, console, verbose=self.verbose)
        return console.export_text()

    def write(self, result: VetResult, out: IO[str]) -> None:
        """Print to `out` through rich (colours and width when it is a terminal)."""
        text.render(result, Console(file=out), verbose=self.verbose)


class JsonFormat(Format[VetResult]):
    """`to_json`."""

    name = "json"

    def render(self, result: VetResult) -> str:
        return json.dumps(to_json(result), indent=2) + "\n"


#: `check --format` and `install --format`: their formats by name.
FORMATS = by_name([TextFormat, JsonFormat])
