"""reverse-shell.*: a shell handed to a remote host."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, rule

_FIX = "Do not install; report the project."
RULES = [
    rule(
        "reverse-shell.socket-shell",
        CRITICAL,
        "CWE-506",
        "Socket wired to a shell",
        "A connected socket is duplicated onto standard streams or handed to a shell/pty.",
        _FIX,
    ),
    rule(
        "reverse-shell.command",
        CRITICAL,
        "CWE-506",
        "Reverse-shell command line",
        "A command such as 'bash -i >& /dev/tcp/...' or 'nc -e /bin/sh'.",
        _FIX,
    ),
    rule(
        "reverse-shell.remote-control",
        HIGH,
        "CWE-506",
        "Remote-control agent started on import",
        "Code that runs when the package is imported (module level, the functions and "
        "classes it starts) both talks to the network and starts processes: the shape of a "
        "C2 agent or backdoor, even when the command's path through the code is not traced.",
        "Check what the network traffic decides; libraries do not run processes for a server.",
    ),
]


def unused_command_severity(install_or_startup_file: bool) -> Severity:
    """command, for a reverse-shell literal not seen run, written or sent: high in
    install-time or start-up files (a shell command there is there to run), else medium."""
    return HIGH if install_or_startup_file else MEDIUM
