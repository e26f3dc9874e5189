"""The scanner's rules, one module per family (registered in `pipwarden.catalogue`)."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import Rule, family
from pipwarden.scan.facts import Fact, Observation
from pipwarden.scan.rules import (
    archive,
    binary_dropper,
    clipboard,
    deserialization,
    download_execute,
    endpoints,
    exfiltration,
    hidden_process,
    install_hook,
    metadata,
    model,
    obfuscation,
    parse,
    persistence,
    placeholder,
    reverse_shell,
    startup_hook,
)
from pipwarden.scan.rules._base import Combination, CommandRule, ScanRule

#: Every rule, in catalogue order.
CATALOGUE: list[Rule] = [
    *install_hook.RULES,
    *startup_hook.RULES,
    *obfuscation.RULES,
    *download_execute.RULES,
    *exfiltration.RULES,
    *reverse_shell.RULES,
    *persistence.RULES,
    *hidden_process.RULES,
    *endpoints.RULES,
    *clipboard.RULES,
    *binary_dropper.RULES,
    *deserialization.RULES,
    *archive.RULES,
    *placeholder.RULES,
    *metadata.RULES,
    *parse.RULES,
    *model.RULES,
]

#: Rule id -> Rule.
BY_ID: dict[str, Rule] = {r.id: r for r in CATALOGUE}

#: Fact -> the rules that claim it, in catalogue order.
CLAIMS: dict[Fact, tuple[ScanRule, ...]] = {
    fact: tuple(r for r in CATALOGUE if isinstance(r, ScanRule) and fact in r.when) for fact in Fact
}
#: The combination rules over a finished scope, and over a whole file, with their rule.
PER_SCOPE: tuple[tuple[ScanRule, Combination], ...] = tuple(
    (r, c) for r in CATALOGUE if isinstance(r, ScanRule) for c in r.per_scope
)
PER_FILE: tuple[tuple[ScanRule, Combination], ...] = tuple(
    (r, c) for r in CATALOGUE if isinstance(r, ScanRule) for c in r.per_file
)

PER_COMMAND: tuple[tuple[ScanRule, CommandRule], ...] = tuple(
    (r, c) for r in CATALOGUE if isinstance(r, ScanRule) for c in r.per_command
)


def claims(obs: Observation) -> list[tuple[ScanRule, Severity]]:
    """The rules `obs` makes fire, each with the severity of its finding."""
    out = []
    for r in CLAIMS[obs.fact]:
        severity = r.judge(obs)
        if severity is not None:
            out.append((r, severity))
    return out


__all__ = [
    "BY_ID",
    "CATALOGUE",
    "CLAIMS",
    "PER_COMMAND",
    "PER_FILE",
    "PER_SCOPE",
    "claims",
    "family",
]
