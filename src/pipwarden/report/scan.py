"""Output of `scan`: text (each target as it is scanned), JSON as DESIGN.md specifies, SARIF."""

from __future__ import annotations

import io
import json
import os
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from rich.console import Console

from pipwarden import __version__
from pipwarden.catalogue import scanner_rules
from pipwarden.findings import Finding, Severity
from pipwarden.report import sarif, text
from pipwarden.report.interface import Format, by_name
from pipwarden.scan import TargetResult
from pipwarden.scan.archive import kind_of
from pipwarden.verdict import LEVELS

#: What a scan's formats render: the targets' results, in order, as they complete.
Results = Iterable[TargetResult]

_STYLE = {
    Severity.CRITICAL: "bold red",
    Severity.HIGH: "red",
    Severity.MEDIUM: "yellow",
    Severity.LOW: "cyan",
    Severity.INFO: "dim",
}
_VERDICT_STYLE = {"clean": "green", "suspicious": "yellow", "malicious": "bold red"}


def _json_target(r: TargetResult) -> dict[str, Any]:
    return {
        "target": r.target,
        "verdict": r.verdict,
        "findings": [
            {
                "rule": f.rule,
                "severity": f.severity.label,
                "path": f.file,
                "line": f.line,
                "message": f.message,
                "evidence": f.evidence,
            }
            for f in r.findings
        ],
        "error": r.error,
    }


def _sarif_uri(r: TargetResult, f: Finding) -> str:
    """Where a finding lives, relative to the current directory when possible."""
    if r.target.startswith("installed:"):
        return f"{r.target.split(':', 1)[1]}/{f.file or ''}".rstrip("/")
    target = Path(r.target)
    if target.is_dir():
        full = target / (f.file or "")
    elif kind_of(target) == "file":
        full = target
    else:
        full = target / (f.file or "")
    try:
        rel = os.path.relpath(full)
    except ValueError:
        rel = str(full)
    return rel.replace(os.sep, "/")


class TextFormat(Format[Results]):
    """Each target with its verdict and findings, worst first, then a count of verdicts."""

    name = "text"

    def render(self, result: Results) -> str:
        out = io.StringIO()
        self.write(result, out)
        return out.getvalue()

    def write(self, result: Results, out: IO[str]) -> None:
        """Print each target as soon as its result comes."""
        console = Console(
            file=out,
            highlight=False,
            no_color=not self.color,
            width=10_000 if not self.color else None,
        )
        counts: dict[str, int] = dict.fromkeys(LEVELS, 0)
        for r in result:
            text.render_scan_target(console, r)
            counts[r.verdict] = counts.get(r.verdict, 0) + 1
        text.render_scan_summary(console, counts)


class JsonFormat(Format[Results]):
    """``{"tool", "targets": [{"target", "verdict", "findings", "error"}]}``."""

    name = "json"

    def render(self, result: Results) -> str:
        doc = {
            "tool": {"name": "pipwarden", "version": __version__},
            "targets": [_json_target(r) for r in result],
        }
        return json.dumps(doc, indent=2) + "\n"


class SarifFormat(Format[Results]):
    """SARIF 2.1.0 with the scanner's rules, locations relative to the current directory."""

    name = "sarif"

    def render(self, result: Results) -> str:
        located = [replace(f, file=_sarif_uri(r, f)) for r in result for f in r.findings]
        return json.dumps(sarif.build(located, scanner_rules()), indent=2) + "\n"


#: `scan --format`: its formats by name.
FORMATS = by_name([TextFormat, JsonFormat, SarifFormat])
