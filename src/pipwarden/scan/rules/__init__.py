"""The scanner's rules, one module per family (registered in `pipwarden.catalogue`)."""

from __future__ import annotations

from pipwarden.rules import Rule, family
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
    model,
    obfuscation,
    parse,
    persistence,
    reverse_shell,
    startup_hook,
)

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
    *parse.RULES,
    *model.RULES,
]

#: Rule id -> Rule.
BY_ID: dict[str, Rule] = {r.id: r for r in CATALOGUE}

__all__ = ["BY_ID", "CATALOGUE", "family"]
