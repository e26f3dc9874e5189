"""SARIF 2.1.0 output, in the shape GitHub code scanning accepts.

Every command that emits SARIF (scan, audit, policy check) builds a list of
`Finding` and calls `build` with the rules behind them (from the registry,
`pipwarden.catalogue`, or per-advisory rules for an audit).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from pipwarden import __version__
from pipwarden.findings import Finding, Severity
from pipwarden.rules import Rule

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFO_URI = "https://github.com/pipwarden/pipwarden"

_LEVEL = {
    Severity.INFO: "note",
    Severity.LOW: "note",
    Severity.MEDIUM: "warning",
    Severity.HIGH: "error",
    Severity.CRITICAL: "error",
}
# GitHub's `security-severity` (0.0-10.0) drives its critical/high/medium/low labels.
_SECURITY_SEVERITY = {
    Severity.INFO: "0.0",
    Severity.LOW: "2.0",
    Severity.MEDIUM: "5.0",
    Severity.HIGH: "8.0",
    Severity.CRITICAL: "9.5",
}


def _rule_json(rule: Rule) -> dict[str, Any]:
    tags = ["security"]
    if rule.cwe:
        tags.append(f"external/cwe/{rule.cwe.lower()}")
    data: dict[str, Any] = {
        "id": rule.id,
        "name": "".join(p.capitalize() for p in rule.id.replace("-", ".").split(".")),
        "shortDescription": {"text": rule.title},
        "fullDescription": {"text": rule.description or rule.title},
        "defaultConfiguration": {"level": _LEVEL[rule.severity]},
        "properties": {"tags": tags, "security-severity": _SECURITY_SEVERITY[rule.severity]},
    }
    if rule.fix:
        data["help"] = {"text": rule.fix, "markdown": rule.fix}
        example = rule.example
        if example is not None:
            source = example.data().decode()
            data["help"]["markdown"] = (
                f"{rule.fix}\n\nAn example it fires on (`{example.path}`, defanged):\n\n"
                f"```python\n{source.rstrip()}\n```"
            )
    return data


def build(
    findings: Iterable[Finding],
    rules: Iterable[Rule] = (),
    *,
    tool_name: str = "pipwarden",
    default_uri: str = ".",
) -> dict[str, Any]:
    """A complete SARIF log with one run.

    Findings without a file are located at `default_uri` (a requirements or
    lock file, say). Rules referenced by findings but absent from `rules` are
    added with the finding's message as their title.
    """
    catalogue: dict[str, Rule] = {r.id: r for r in rules}
    results = []
    findings = list(findings)
    for f in findings:
        if f.rule not in catalogue:
            catalogue[f.rule] = Rule(f.rule, f.message.split("\n", 1)[0], severity=f.severity)
    index = {rule_id: i for i, rule_id in enumerate(catalogue)}
    for f in findings:
        region: dict[str, Any] = {"startLine": max(1, f.line or 1)}
        text = f.message
        if f.package:
            text = f"{f.package}{' ' + f.version if f.version else ''}: {text}"
        if f.remediation:
            text += f" Fix: {f.remediation}"
        result: dict[str, Any] = {
            "ruleId": f.rule,
            "ruleIndex": index[f.rule],
            "level": _LEVEL[f.severity],
            "message": {"text": text},
            "locations": [
                {
                    "physicalLocation": {
                        "artifactLocation": {"uri": (f.file or default_uri).replace("\\", "/")},
                        "region": region,
                    }
                }
            ],
            "properties": {"security-severity": _SECURITY_SEVERITY[f.severity]},
        }
        if f.evidence:
            result["properties"]["evidence"] = f.evidence[:500]
        results.append(result)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": tool_name,
                        "version": __version__,
                        "semanticVersion": __version__,
                        "informationUri": INFO_URI,
                        "rules": [_rule_json(r) for r in catalogue.values()],
                    }
                },
                "results": results,
            }
        ],
    }
