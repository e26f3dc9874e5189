"""Output of `rules`: every rule of the registry, as text or JSON."""

from __future__ import annotations

import json

from pipwarden.report.interface import Format, by_name
from pipwarden.rules import Registry, Rule


def _samples(rule: Rule) -> dict[str, int]:
    positive = sum(s.fires for s in rule.samples)
    return {"positive": positive, "negative": len(rule.samples) - positive}


class TextFormat(Format[Registry]):
    """Per rule: id, default severity, CWE and title; then its description, fix and how
    many samples test it."""

    name = "text"

    def render(self, result: Registry) -> str:
        lines: list[str] = []
        for r in result:
            lines.append(f"{r.id:<40} {r.severity.label:<8} {r.cwe or '':<8} {r.title}")
            lines.append(f"    {r.description}")
            lines.append(f"    fix: {r.fix}")
            if r.samples:
                n = _samples(r)
                lines.append(f"    samples: {n['positive']} positive, {n['negative']} negative")
        return "".join(f"{line}\n" for line in lines)


class JsonFormat(Format[Registry]):
    """``[{"id", "title", "severity", "cwe", "description", "fix", "samples"}]``;
    ``samples``: how many positive and negative samples test the rule, and ``example``,
    one positive sample (``{"path", "kind", "source"}``) or null."""

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
                "samples": {**_samples(r), "example": _example(r)},
            }
            for r in result
        ]
        return json.dumps(doc, indent=2) + "\n"


def _example(rule: Rule) -> dict[str, str] | None:
    sample = rule.example
    if sample is None:
        return None
    return {"path": sample.path, "kind": sample.kind, "source": sample.data().decode()}


#: `rules --format`: its formats by name.
FORMATS = by_name([TextFormat, JsonFormat])
