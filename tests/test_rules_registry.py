"""The one registry of rules: complete, unique, and read by `rules`, SARIF and the policy."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

import pipwarden
from pipwarden import policy
from pipwarden.catalogue import registry, scanner_rules
from pipwarden.checks import registry as checks
from pipwarden.errors import PolicyError
from pipwarden.findings import Finding, Severity
from pipwarden.report import sarif
from pipwarden.rules import DuplicateRule, Registry, Rule
from pipwarden.scan.rules import CATALOGUE

SRC = Path(pipwarden.__file__).parent
#: A dotted rule id: family, dot, name (lower-case words joined by hyphens).
RULE_ID = re.compile(r"[a-z][a-z0-9-]*\.[a-z0-9]+(?:-[a-z0-9]+)*")
#: Strings in the source shaped like a rule id of a known family that are not rule ids.
NOT_RULE_IDS = {
    # keys of VetContext.scratch, where checks keep per-run state
    "code.results",
    "code.early",
    "names.detector",
    "publishers.evidence",
    "publishers.clients",
    "publishers.trust-records",
    "publishers.json-url-ok",
    "malware.reports",
    # functions of the `clipboard` package, named by the scanner's patterns
    "clipboard.paste",
    "clipboard.copy",
}


def _id_literals() -> dict[str, list[str]]:
    """Every string constant of the source shaped like a rule id of a registered family,
    with where it occurs (f-strings' constant parts included)."""
    families = registry().families
    found: dict[str, list[str]] = {}
    for path in sorted(SRC.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            text = node.value
            if RULE_ID.fullmatch(text) and text.split(".", 1)[0] in families:
                where = f"{path.relative_to(SRC)}:{node.lineno}"
                found.setdefault(text, []).append(where)
    return found


def test_every_rule_id_in_the_source_is_registered() -> None:
    literals = _id_literals()
    missing = {
        rule_id: where
        for rule_id, where in literals.items()
        if rule_id not in registry() and rule_id not in NOT_RULE_IDS
    }
    assert not missing, f"rule ids used in the code but not declared: {missing}"
    # The scan sees real uses: the rule ids of every family appear in the code.
    assert {"integrity.hash-mismatch", "sdist.only-source", "names.typosquat"} <= set(literals)
    assert "install-hook.cmdclass-payload" in literals
    # The exceptions are still needed (else they hide nothing and must go).
    assert set(literals) >= NOT_RULE_IDS


def test_ids_built_at_run_time_are_registered() -> None:
    reg = registry()
    for check in checks():
        assert f"{check.name}.error" in reg  # the pipeline's finding for a check that failed
        for r in check.rules:
            assert reg[r.id] is r
    for r in CATALOGUE:
        assert reg[r.id] is r
    for advisory in ("PYSEC-2023-74", "GHSA-j8r2-6x86-q33q", "CVE-2023-32681", "MAL-2024-1"):
        assert reg[advisory].id == "advisories.vulnerability"
    for unknown in ("names.no-such-rule", "X", "pysec-2023-74", ""):
        assert unknown not in reg
    from pipwarden.disclosure.posture import CHECKS as POSTURE

    assert {f"posture.{c.id}" for c in POSTURE} <= set(reg.ids)


def test_rules_are_complete_and_unique() -> None:
    reg = registry()
    assert len(reg.ids) == len(set(reg.ids)) == len(reg)
    for r in reg:
        assert RULE_ID.fullmatch(r.id), r.id
        assert r.title and r.description, r.id
        assert r.fix or r.severity < Severity.MEDIUM, r.id  # notes need no fix
        assert r.cwe is None or re.fullmatch(r"CWE-\d+", r.cwe), r.id
    with pytest.raises(DuplicateRule):
        Registry([Rule("a.b", "one"), Rule("a.b", "two")])


def test_scanner_rules_are_the_catalogue() -> None:
    """The scanner's catalogue, then the names rules scan reports about an archive's name."""
    from pipwarden.checks.names import RULES as NAME_RULES
    from pipwarden.checks.names import SCAN_RULES

    assert scanner_rules() == [*CATALOGUE, *(NAME_RULES[r] for r in SCAN_RULES)]


def test_rules_command_lists_the_registry(run_cli: Any) -> None:
    import json

    doc = json.loads(run_cli("rules", "--format", "json").stdout)
    assert [r["id"] for r in doc] == registry().ids
    text = run_cli("rules").stdout
    for rule_id in ("names.typosquat", "integrity.hash-mismatch", "advisories.vulnerability"):
        assert rule_id in text


def test_rules_show_how_many_samples_test_each_rule_and_one_example(run_cli: Any) -> None:
    import json

    doc = {r["id"]: r for r in json.loads(run_cli("rules", "--format", "json").stdout)}
    network = registry()["install-hook.network"]
    example = network.example
    assert example is not None and example.fires
    assert doc[network.id]["samples"] == {
        "positive": 2,  # the network, and a service of this machine (medium)
        "negative": 1,
        "example": {"path": "p-1/setup.py", "kind": "sdist", "source": example.source},
    }
    assert doc["names.typosquat"]["samples"] == {"positive": 0, "negative": 0, "example": None}
    assert "    samples: 2 positive, 1 negative\n" in run_cli("rules").stdout
    described = sarif.build([], [network])["runs"][0]["tool"]["driver"]["rules"][0]
    assert described["help"]["text"] == network.fix
    assert f"```python\n{str(example.source).rstrip()}\n```" in described["help"]["markdown"]


def test_sarif_describes_findings_with_their_registered_rule() -> None:
    rule = registry()["sdist.only-source"]
    finding = Finding("sdist", rule.id, Severity.HIGH, "only an sdist", package="p")
    doc = sarif.build([finding], registry())
    run = doc["runs"][0]
    described = run["tool"]["driver"]["rules"][run["results"][0]["ruleIndex"]]
    assert described["id"] == rule.id
    assert described["shortDescription"]["text"] == rule.title
    assert described["help"]["text"] == rule.fix


def test_policy_ignore_ids_are_checked_against_the_registry(tmp_path: Path) -> None:
    path = tmp_path / "pipwarden.toml"
    entry = '[[ignore]]\nid = "{}"\nreason = "reviewed"\n'
    for good in ("names.typosquat", "PYSEC-2023-74", "code.error", "install-hook.cmdclass"):
        path.write_text(entry.format(good))
        assert policy.load(path, rules=registry).ignore[0].id == good
    path.write_text(entry.format("names.typposquat"))
    with pytest.raises(PolicyError, match=r"names\.typposquat.*neither a rule id"):
        policy.load(path, rules=registry)
    # Without the registry (library use), ids are not checked.
    assert policy.load(path).ignore[0].id == "names.typposquat"


def test_policy_loads_the_registry_only_for_ignore_entries(tmp_path: Path) -> None:
    path = tmp_path / "pipwarden.toml"
    path.write_text('fail-on = "critical"\n')
    calls: list[int] = []

    def rules() -> Registry:
        calls.append(1)
        return registry()

    assert policy.load(path, rules=rules).fail_on == Severity.CRITICAL
    assert not calls


def test_cli_refuses_an_unknown_ignore_id(tmp_path: Path, run_cli: Any) -> None:
    (tmp_path / "pipwarden.toml").write_text(
        '[[ignore]]\nid = "names.typposquat"\nreason = "reviewed"\n'
    )
    res = run_cli("audit", "--policy", str(tmp_path / "pipwarden.toml"), "-r", "nothing.txt")
    assert res.exit_code == 2
    assert "neither a rule id" in res.stderr
