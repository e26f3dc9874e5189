"""The rule catalogue: every rule the scanner can report, one module per family."""

from __future__ import annotations

from pipwarden.report.sarif import RuleInfo
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
    obfuscation,
    parse,
    persistence,
    reverse_shell,
    startup_hook,
)

#: Every rule, in catalogue order.
CATALOGUE: list[RuleInfo] = [
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
    *parse.RULES,
]

#: Rule id -> RuleInfo.
BY_ID: dict[str, RuleInfo] = {r.id: r for r in CATALOGUE}


def family(rule_id: str) -> str:
    """The family of a rule id (the part before the first dot)."""
    return rule_id.split(".", 1)[0]
