"""`check` and `install` as JSON, as DESIGN.md specifies (the table is in report.text)."""

from __future__ import annotations

from typing import Any

from pipwarden import __version__

if False:  # typing only, avoids an import cycle at runtime
    from pipwarden.vet import VetResult


def to_json(result: VetResult) -> dict[str, Any]:
    """``{"verdict", "warnings", "packages": [{"name", "version", "artifact", "sha256",
    "verdict", "findings"}]}``; `warnings` are findings about the whole run."""
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
                "findings": [f.to_json() for f in p.findings],
            }
            for p in result.packages
        ],
        "notes": list(result.notes),
    }
