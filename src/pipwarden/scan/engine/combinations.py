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
from pipwarden.scan.facts import Event, Where
from pipwarden.scan.rules import (
    binary_dropper,
    download_execute,
    exfiltration,
)


class Combinations(Expressions):
    """Judges each scope's events when its walk ends (`finish`, `finish_setup`)."""

    def finish(self, scope: _Scope) -> None:
        """Combination rules over one function (or the module)."""
        ev = scope.events
        if not ev:
            return
        if Event.SOCKET_CONNECT in ev and (
            (Event.DUP2 in ev and (Event.PROCESS in ev or Event.SHELL in ev))
            or (Event.SHELL in ev and Event.PROCESS in ev)
        ):
            self.report(
                "reverse-shell.socket-shell",
                ev[Event.SOCKET_CONNECT],
                "socket connected, then wired to a shell",
            )
        if Event.DOWNLOAD_FILE in ev and (Event.PROCESS in ev or Event.EXEC in ev):
            # Tools do fetch and run helpers on request (torch fetches flamegraph.pl);
            # doing so on import, install or start is what droppers do.
            on_load = (
                ((scope is self.module or scope.entry) and not self.script)
                or self.is_setup
                or self.startup_file
            )
            # A downloaded program (an .exe, code from a paste site) or a hidden start is
            # a dropper wherever it runs; fetching a helper tool and running it is not.
            strong = (
                Event.DOWNLOAD_PROGRAM in ev
                or Event.HIDDEN_START in ev
                # The downloaded file started itself, its digest unchecked: installers of
                # release binaries check a hash, droppers do not.
                or (Event.RUN_DOWNLOADED in ev and Event.HASH_CHECK not in ev)
            )
            self.report(
                "download-execute.drop-and-run",
                ev[Event.DOWNLOAD_FILE],
                "downloads a file and runs a process in the same function"
                + (
                    " (a downloaded program, the downloaded file itself, or started hidden)"
                    if strong and not on_load
                    else ""
                ),
                download_execute.drop_and_run_severity(on_load, strong),
            )
        if Event.SECRET_SEEN in ev and Event.NET in ev:
            self.report(
                "exfiltration.credentials",
                ev[Event.NET],
                "names credential, browser or wallet files and sends network data "
                "in the same function",
                exfiltration.NAMED_AND_SENT,
            )
        for k, line in ev.items():
            self.file_events.setdefault(k, line)
            if (scope is self.module or scope.entry) and not self.script:
                self.import_events.setdefault(k, line)
        if Event.EXEC_MEM in ev and Event.RUN_MEM in ev:
            self.report(
                "binary-dropper.shellcode",
                ev[Event.EXEC_MEM],
                "allocates executable memory and runs it (a shellcode loader)",
                binary_dropper.shellcode_severity(payload=Event.EXEC_MEM_PAYLOAD in ev),
            )
        if (Event.DROP_NATIVE in ev or (Event.WRITE_DECODED in ev and Event.CHMOD in ev)) and (
            Event.PROCESS in ev or Event.EXEC in ev
        ):
            # No package writes out an executable decoded from its own data and runs it.
            on_load = ((scope is self.module or scope.entry) and not self.script) or self.is_setup
            self.report(
                "download-execute.drop-and-run",
                ev.get(Event.DROP_NATIVE) or ev[Event.WRITE_DECODED],
                "writes an executable decoded from the package and runs it",
                download_execute.drop_and_run_severity(on_load, strong=True),
            )
        if Event.WRITE_DECODED in ev and Event.LOAD_NATIVE in ev:
            where = self.scope_where(scope)
            self.report(
                "binary-dropper.run-shipped",
                ev[Event.LOAD_NATIVE],
                "unpacks data into a file and loads it as native code"
                + (" on import" if where is not Where.RUNTIME else ""),
                where=where,
            )
        if Event.FORK in ev and Event.SETSID in ev:
            where = self.scope_where(scope)
            self.report(
                "hidden-process.detached",
                ev[Event.SETSID],
                "daemonises itself (fork + setsid)"
                + (" on import" if where is not Where.RUNTIME else ""),
                where=where,
            )

    def install_payload(self, name: str, events: dict[Event, int]) -> None:
        """A function setup.py's install command class calls (directly or through the
        package's modules) reaches the network or runs a program."""
        for event, what in _INSTALL_PAYLOAD:
            if event in events:
                self.report(
                    "install-hook.package-payload",
                    events[event],
                    f"{name}(), run by setup.py's install command, {what}",
                )
                return

    def finish_setup(self) -> None:
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
            install_like = any(b in P.INSTALL_COMMANDS for b in bases)
            if install_like and (Event.NET in events or Event.DOWNLOAD_FILE in events):
                self.report(
                    "install-hook.cmdclass-payload",
                    cls_line,
                    f"install command override {name} uses the network",
                )
            elif install_like and Event.RUN_PROGRAM in events:
                self.report(
                    "install-hook.run-program",
                    events[Event.RUN_PROGRAM],
                    f"install command override {name} runs a program that is not a build tool",
                )
            elif name in registered:
                self.report(
                    "install-hook.cmdclass",
                    cls_line,
                    f"setup.py overrides {'/'.join(b for b in bases if b)} with {name}",
                )


#: What a function run by an install command class must not do, and how to say it.
_INSTALL_PAYLOAD = (
    (Event.DOWNLOAD_PROGRAM, "downloads a program"),
    (Event.DOWNLOAD_FILE, "downloads a file"),
    (Event.SHELL, "starts a shell"),
    (Event.HIDDEN_START, "starts a hidden process"),
    (Event.SOCKET_CONNECT, "opens a network connection"),
    (Event.NET, "uses the network"),
    (Event.RUN_PROGRAM, "runs a program that is not a build tool"),
)
