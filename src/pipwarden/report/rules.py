"""Output of `rules`: every rule of the registry, as text or JSON."""

from __future__ import annotations

import json

from pipwarden.report.interface import Format, by_name
from pipwarden.rules import Registry


class TextFormat(Format[Registry]):
    """Per rule: id, default severity, CWE and title; then its description and fix."""

    name = "text"

    def render(self, result: Registry) -> str:
        lines: list[str] = []
        for r in result:
            lines.append(f"{r.id:<40} {r.severity.label:<8} {r.cwe or '':<8} {r.title}")
            lines.append(f"    {r.description}")
            lines.append(f"    fix: {r.fix}")
        return "".join(f"{line}\n" for line in lines)


class JsonFormat(Format[Registry]):
    """``[{"id", "title", "severity", "cwe", "description", "fix"}]``."""

    name = "json"

    def render(self, result: Registry) -> str:
        doc = [
            {
                "id": r.id,
                "title": r.title,
                "severity": r.severity.label,
                "cwe": r.cwe,
                "description": r.description,
                "fix": r.fix,
            }
            for r in result
        ]
        return json.dumps(doc, indent=2) + "\n"


#: `rules --format`: its formats by name.
FORMATS = by_name([TextFormat, JsonFormat])
