"""The combination rules over a finished scope (a function or the module) and over
setup.py's command classes: the events a scope gathered become findings.
"""

from __future__ import annotations

from pipwarden.scan import patterns as P
from pipwarden.scan.engine.expressions import Expressions
from pipwarden.scan.engine.values import (
    _COMMANDS,
    _Scope,
)
from pipwarden.scan.facts import CommandFacts, Label, ScopeFacts
from pipwarden.scan.rules import PER_COMMAND, PER_FILE, PER_SCOPE


class Combinations(Expressions):
    """Judges each scope's events when its walk ends (`finish`, `finish_file`,
    `finish_setup`)."""

    def finish(self, scope: _Scope, name: str = "") -> None:
        """The combination rules over one function (`name`) or the module, as declared
        (`pipwarden.scan.rules.PER_SCOPE`)."""
        ev = scope.events
        if not ev:
            return
        runs_on_load = (scope is self.module or scope.entry) and not self.script
        facts = ScopeFacts(
            ev,
            self.scope_where(scope),
            runs_on_load,
            self.is_setup,
            self.startup_file,
            name=name,
            install_call=scope is not self.module and scope.entry and self.ctx.install_entry,
        )
        for r, combination in PER_SCOPE:
            found = combination(facts)
            if found is not None:
                self.hit(r, found)
        for k, line in ev.items():
            self.file_events.setdefault(k, line)
            if runs_on_load:
                self.import_events.setdefault(k, line)

    def finish_file(self) -> None:
        """The combination rules over the whole file (`pipwarden.scan.rules.PER_FILE`)."""
        if not self.file_events:
            return
        facts = ScopeFacts(
            self.file_events,
            self.scope_where(self.module),
            not self.script,
            self.is_setup,
            self.startup_file,
            import_events=self.import_events,
            module_events=self.module.events,
            script=self.script,
            wallet_addresses=Label.WALLET_ADDR in self.labels_seen,
        )
        for r, combination in PER_FILE:
            found = combination(facts)
            if found is not None:
                self.hit(r, found)

    def finish_setup(self) -> None:
        """The rules over setup.py's command classes (`pipwarden.scan.rules.PER_COMMAND`)."""
        registered = {name for name, _line in self.cmdclass}
        # An install command class of setup.py that no literal cmdclass names is still
        # one (cmdclass=get_cmdclass(), setup(**options)): what it does is judged too.
        unnamed = [
            (name, 0)
            for name, (bases, _events, _line) in self.classes.items()
            if name not in registered
            and self.root_setup
            and any(b in P.INSTALL_COMMANDS for b in bases)
        ]
        for name, _line in [*self.cmdclass, *unnamed]:
            info = self.classes.get(name)
            if info is None:
                continue
            bases, events, cls_line = info
            if not any(b in _COMMANDS for b in bases):
                continue
            facts = CommandFacts(
                name,
                tuple(bases),
                events,
                cls_line,
                name in registered,
                any(b in P.INSTALL_COMMANDS for b in bases),
            )
            for r, judge in PER_COMMAND:
                found = judge(facts)
                if found is not None:
                    self.hit(r, found)
