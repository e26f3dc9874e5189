"""Shared helpers of the rule families: declaring scanner rules compactly."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Rule, Sample, Where, archive, negative, positive
from pipwarden.scan.facts import CommandFacts, Event, Fact, Hit, Observation, ScopeFacts

#: A combination rule's named predicate: a finding, or None.
Combination = Callable[[ScopeFacts], "Hit | None"]
#: A named predicate over one of setup.py's command classes.
CommandRule = Callable[[CommandFacts], "Hit | None"]

INFO, LOW, MEDIUM, HIGH, CRITICAL = (
    Severity.INFO,
    Severity.LOW,
    Severity.MEDIUM,
    Severity.HIGH,
    Severity.CRITICAL,
)


@dataclass(frozen=True)
class ScanRule(Rule):
    """A scanner rule: which facts make it fire and how it judges them.

    It fires on every observation of a fact in `when` for which `only_if` (when set)
    holds, at the severity `severity_of` gives (when set and not None), else at its
    severity in the observation's execution context, else at its declared one. `per_scope`
    and `per_file` are its combination rules: named predicates over a finished scope's
    (a function's or the module's) or the whole file's events; `per_command`, over each
    of setup.py's command classes. `explain` adds to the message of its findings what the
    rule read in the observation.
    """

    when: tuple[Fact, ...] = ()
    only_if: Callable[[Observation], bool] | None = None
    severity_of: Callable[[Observation], Severity | None] | None = None
    per_scope: tuple[Combination, ...] = ()
    per_file: tuple[Combination, ...] = ()
    per_command: tuple[CommandRule, ...] = ()
    explain: Callable[[Observation], str] | None = None

    def message(self, obs: Observation, message: str) -> str:
        """The message of a finding on `obs`: the site's, and what `explain` adds."""
        return message if self.explain is None else message + self.explain(obs)

    def judge(self, obs: Observation) -> Severity | None:
        """The severity of a finding on `obs`; None when the rule does not claim it."""
        if obs.fact not in self.when or (self.only_if is not None and not self.only_if(obs)):
            return None
        severity = self.severity_of(obs) if self.severity_of is not None else None
        if severity is not None:
            return severity
        return self.severity_at(obs.where) if obs.where is not None else self.severity


def together(
    *events: Event,
    at: Event,
    message: str,
    severity: Severity | None = None,
    say_on_load: bool = False,
) -> Combination:
    """A combination rule declared as data: every one of `events` in one finished scope.

    The finding is at the line of `at`'s first occurrence, with `message` (and " on
    import" when `say_on_load` and the scope runs on load), at `severity` when given,
    else at the rule's severity in the scope's execution context.
    """

    def combination(s: ScopeFacts) -> Hit | None:
        ev = s.events
        if not all(e in ev for e in events):
            return None
        suffix = " on import" if say_on_load and s.where is not Where.RUNTIME else ""
        if severity is not None:
            return Hit(ev[at], message + suffix, severity)
        return Hit(ev[at], message + suffix, where=s.where)

    combination.__name__ = combination.__qualname__ = "together_" + "_".join(
        e.name.lower() for e in events
    )
    return combination


def rule(
    rule_id: str,
    severity: Severity,
    cwe: str,
    title: str,
    description: str,
    fix: str,
    *,
    severity_in: Mapping[Where, Severity] | None = None,
    whole_file: bool = False,
    samples: Iterable[Sample] = (),
    when: Iterable[Fact] = (),
    only_if: Callable[[Observation], bool] | None = None,
    severity_of: Callable[[Observation], Severity | None] | None = None,
    per_scope: Iterable[Combination] = (),
    per_file: Iterable[Combination] = (),
    per_command: Iterable[CommandRule] = (),
    explain: Callable[[Observation], str] | None = None,
) -> ScanRule:
    """A scanner rule's declaration; `severity_in`: its severity in the execution
    contexts where it differs from `severity` (for every finding in a file of that
    context with `whole_file`); `samples`: the positive and negative inputs that test it
    (`positive`, `negative`, `archive`); `when`, `only_if`, `severity_of`, `per_scope`,
    `per_file`: what makes it fire (`ScanRule`)."""
    return ScanRule(
        id=rule_id,
        title=title,
        description=description,
        fix=fix,
        severity=severity,
        cwe=cwe,
        severity_in=tuple((severity_in or {}).items()),
        whole_file=whole_file,
        samples=tuple(samples),
        when=tuple(when),
        only_if=only_if,
        severity_of=severity_of,
        per_scope=tuple(per_scope),
        per_file=tuple(per_file),
        per_command=tuple(per_command),
        explain=explain,
    )


def on_load(severity: Severity) -> dict[Where, Severity]:
    """`severity` wherever code runs merely because the package is installed, imported or
    started (install, import, start-up)."""
    return dict.fromkeys(ON_LOAD, severity)


def at_runtime(severity: Severity) -> dict[Where, Severity]:
    """`severity` in functions that run only when the package's user calls them."""
    return {Where.RUNTIME: severity}


__all__ = [
    "CRITICAL",
    "HIGH",
    "INFO",
    "LOW",
    "MEDIUM",
    "Combination",
    "CommandFacts",
    "CommandRule",
    "Event",
    "Fact",
    "Hit",
    "Observation",
    "Sample",
    "ScanRule",
    "ScopeFacts",
    "archive",
    "at_runtime",
    "negative",
    "on_load",
    "positive",
    "rule",
    "together",
]
