"""The scanner observes facts and names no rule; rules claim the facts.

Every fact the engine or the container reader can observe is claimed by a rule, every
rule fires on facts or combinations it declares (the model's own rule aside, which its
model raises), and no rule id is written in the scanner's source outside the rules'
declarations.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import pipwarden.checks.code
import pipwarden.scan
from pipwarden.catalogue import registry
from pipwarden.findings import Severity
from pipwarden.rules import Where
from pipwarden.scan.facts import Endpoint, Fact, Observation
from pipwarden.scan.members import observe
from pipwarden.scan.rules import BY_ID, CATALOGUE, CLAIMS, claims
from pipwarden.scan.rules._base import ScanRule

SCAN = Path(pipwarden.scan.__file__).parent
ENGINE = SCAN / "engine"
RULES = SCAN / "rules"
#: The one rule the scanner's code raises by id: the model's own, raised by the model alone.
MODEL_RULE = ("model.malware-likely", SCAN / "model.py")


def _source(folder: Path) -> str:
    return "\n".join(p.read_text() for p in sorted(folder.glob("*.py")))


def _named(text: str) -> list[str]:
    """The registered rule ids written in `text` (code, strings or comments)."""
    return [r.id for r in registry() if re.search(rf"(?<![\w.-]){re.escape(r.id)}(?![\w-])", text)]


def test_engine_names_no_rule() -> None:
    """No registered rule id appears in the engine's source."""
    assert _named(_source(ENGINE)) == []


def _outside_rules() -> list[Path]:
    return sorted(p for p in SCAN.rglob("*.py") if RULES not in p.parents)


@pytest.mark.parametrize("path", _outside_rules(), ids=lambda p: str(p.relative_to(SCAN)))
def test_scanner_names_no_rule_outside_the_rules(path: Path) -> None:
    """No rule id is written anywhere in scan/ outside scan/rules/ (the container reader,
    the shadowing check and the budget observe facts the archive rules claim), except
    the model's own rule in the model."""
    allowed = [MODEL_RULE[0]] if path == MODEL_RULE[1] else []
    assert _named(path.read_text()) == allowed


def test_the_code_check_names_no_rule() -> None:
    """The code check's unreadable-artifact finding is a fact an archive rule claims too."""
    assert _named(Path(pipwarden.checks.code.__file__).read_text()) == []


def test_the_check_names_no_rule_outside_is_not_vacuous() -> None:
    """The rule-id search finds an id where one is written (the rules' own declarations)."""
    assert "archive.link" in _named(_source(RULES))
    assert _named('x = "archive.link"  # archive.too-large\n') == [
        "archive.link",
        "archive.too-large",
    ]


def test_every_fact_is_claimed() -> None:
    """An unclaimed fact is an observation no rule judges: a bug."""
    assert [f for f in Fact if not CLAIMS[f]] == []


def test_every_fact_is_observed() -> None:
    """Every fact is observed somewhere in the scanner's code (none is dead)."""
    text = "\n".join(p.read_text() for p in _outside_rules())
    assert [f.name for f in Fact if f"Fact.{f.name}" not in text] == []


def test_declared_facts_exist_and_no_rule_is_orphan() -> None:
    """Each rule claims facts of the enum or declares combinations (else it never fires),
    but the model's own rule, which its model raises."""
    for r in CATALOGUE:
        assert isinstance(r, ScanRule), r.id
        assert all(isinstance(f, Fact) for f in r.when), r.id
        assert len(set(r.when)) == len(r.when), r.id
        if r.id == MODEL_RULE[0]:
            assert not (r.when or r.per_scope or r.per_file or r.per_command)
            assert f'"{r.id}"' in MODEL_RULE[1].read_text()
        else:
            assert r.when or r.per_scope or r.per_file or r.per_command, r.id


def test_container_facts_are_judged_by_the_archive_rules() -> None:
    """The container reader observes; the archive rules give the rule id, the severity and
    the fix: a link is medium, a link leaving the tree high."""
    [inside] = observe(Fact.LINK_MEMBER, "symbolic link 'a' -> 'b'", "a")
    [outside] = observe(Fact.LINK_LEAVING_TREE, "symbolic link 'a' -> '../../b'", "a")
    assert (inside.rule, inside.severity) == ("archive.link", Severity.MEDIUM)
    assert (outside.rule, outside.severity) == ("archive.link", Severity.HIGH)
    assert outside.remediation == BY_ID["archive.link"].fix and outside.file == "a"
    assert outside.message == "symbolic link 'a' -> '../../b'" and outside.check == "code"
    [empty] = observe(Fact.NO_MEMBERS, "the archive has no members", None)
    assert (empty.rule, empty.severity) == ("archive.empty", Severity.LOW)
    # What reading met is a fact the rule reads; the rule, not the reader, weighs it.
    cut = (("archive.truncated", Severity.HIGH),)
    assert observe(Fact.NO_MEMBERS, "the archive has no members", None, found=cut) == []
    assert observe(Fact.DUPLICATE_MEMBER, "'a' twice, same bytes", "a", identical=True) == []
    [dup] = observe(Fact.DUPLICATE_MEMBER, "'a' twice", "a")
    assert (dup.rule, dup.severity) == ("archive.duplicate-member", Severity.HIGH)


@pytest.mark.parametrize("name", ["members.py", "tarball.py", "archive.py"])
def test_the_container_reader_weighs_no_severity(name: str) -> None:
    """A severity belongs to a rule's declaration: the container reader observes facts and
    passes on what it met, but never names or compares a severity."""
    text = (SCAN / name).read_text()
    assert not re.search(r"\bSeverity\.\w|\b(?:LOW|MEDIUM|HIGH|CRITICAL)\b", text)
    assert not re.search(r"severity\s*(?:[<>]=?|==|!=)", text)


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


@pytest.mark.parametrize(
    ("plain", "worse", "rule_id"),
    [
        # A different thing seen: its own fact.
        (
            Observation(Fact.HOST_INFO_SENT, Where.RUNTIME),
            Observation(Fact.HOST_INFO_SENT_TO_ODD_HOST, Where.RUNTIME),
            "exfiltration.host-info",
        ),
        (
            Observation(Fact.PASTE_OR_CHAT_CONTACTED, Where.RUNTIME),
            Observation(Fact.COVERT_HOST_CONTACTED, Where.RUNTIME),
            "suspicious-endpoint.contacted",
        ),
        (
            Observation(Fact.DOWNLOADED_ADDRESS_CONTACTED),
            Observation(Fact.DEAD_DROP_ADDRESS_CONTACTED),
            "suspicious-endpoint.hidden",
        ),
        # The same thing in a worse setting: a named attribute.
        (
            Observation(Fact.HIDDEN_PROCESS_STARTED, Where.RUNTIME),
            Observation(Fact.HIDDEN_PROCESS_STARTED, Where.RUNTIME, hidden_command=True),
            "hidden-process.detached",
        ),
        (
            Observation(Fact.COMPILED_MODULE),
            Observation(Fact.COMPILED_MODULE, names_danger=True),
            "obfuscation.bytecode-only",
        ),
        (
            Observation(Fact.TX_FUNCTION_REPLACED),
            Observation(Fact.TX_FUNCTION_REPLACED, drainer_file=True),
            "clipboard.wallet-hijack",
        ),
        (
            Observation(Fact.ENDPOINT_IN_BYTES, endpoint=Endpoint.TUNNEL),
            Observation(Fact.ENDPOINT_IN_BYTES, endpoint=Endpoint.TUNNEL, unparsed_file=True),
            "suspicious-endpoint.tunnel",
        ),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_worse_variants_are_judged_worse(
    plain: Observation, worse: Observation, rule_id: str
) -> None:
    """Each worse variant of a fact (its own fact, or a named attribute) fires the same
    rule as the plain one, at a higher severity."""
    [(r_plain, s_plain)] = claims(plain)
    [(r_worse, s_worse)] = claims(worse)
    assert r_plain.id == r_worse.id == rule_id
    assert s_worse > s_plain
