"""The scanner's engine observes facts and names no rule; rules claim the facts.

Every fact the engine can observe is claimed by a rule, every rule fires on facts or
combinations it declares (or is raised by the scanner's code outside the engine, the
archive checks), and no rule id is written in the engine's source.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pipwarden.scan
from pipwarden.catalogue import registry
from pipwarden.findings import Severity
from pipwarden.scan.facts import Endpoint, Fact, Observation
from pipwarden.scan.rules import CATALOGUE, CLAIMS, claims
from pipwarden.scan.rules._base import ScanRule

SCAN = Path(pipwarden.scan.__file__).parent
ENGINE = SCAN / "engine"


def _source(folder: Path) -> str:
    return "\n".join(p.read_text() for p in sorted(folder.glob("*.py")))


def test_engine_names_no_rule() -> None:
    """No registered rule id appears in the engine's source (code, strings or comments)."""
    text = _source(ENGINE)
    named = [r.id for r in registry() if re.search(rf"(?<![\w.-]){re.escape(r.id)}(?![\w-])", text)]
    assert named == []


def test_every_fact_is_claimed() -> None:
    """An unclaimed fact is an observation no rule judges: a bug."""
    assert [f for f in Fact if not CLAIMS[f]] == []


def test_every_fact_is_observed() -> None:
    """Every fact is observed somewhere in the scanner's code (none is dead)."""
    text = _source(ENGINE) + _source(SCAN)
    assert [f.name for f in Fact if f"Fact.{f.name}" not in text] == []


def test_declared_facts_exist_and_no_rule_is_orphan() -> None:
    """Each rule claims facts of the enum, or declares combinations, or is raised by the
    scanner's code outside the engine (archive structure, the model): else it never fires."""
    outside = _source(SCAN)
    for r in CATALOGUE:
        assert isinstance(r, ScanRule), r.id
        assert all(isinstance(f, Fact) for f in r.when), r.id
        assert len(set(r.when)) == len(r.when), r.id
        if not (r.when or r.per_scope or r.per_file or r.per_command):
            assert f'"{r.id}"' in outside, f"{r.id} is claimed by no fact and raised nowhere"


@pytest.mark.parametrize("kind", list(Endpoint))
def test_each_endpoint_kind_has_one_rule(kind: Endpoint) -> None:
    """A named endpoint fires exactly the rule of its kind."""
    fired = claims(Observation(Fact.ENDPOINT_NAMED, endpoint=kind))
    assert [r.id for r, _ in fired] == [f"suspicious-endpoint.{kind.value}"]


def test_conditions_choose_between_rules() -> None:
    """One fact, two rules told apart by a condition: a .pth line that runs a payload."""
    quiet = Observation(Fact.PTH_EXEC, found=(("obfuscation.hidden-name", Severity.MEDIUM),))
    [(r, _)] = claims(quiet)
    assert r.id == "startup-hook.pth-exec"
    assert r.message(quiet, "runs") == "runs (runs on every interpreter start)"
    loud = Observation(
        Fact.PTH_EXEC,
        found=(("startup-hook.import-network", Severity.MEDIUM), ("x.y", Severity.LOW)),
    )
    [(r, _)] = claims(loud)
    assert r.id == "startup-hook.pth-payload"
    assert r.message(loud, "runs") == "runs (startup-hook.import-network)"
