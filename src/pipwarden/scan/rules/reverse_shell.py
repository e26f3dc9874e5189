"""reverse-shell.*: a shell handed to a remote host."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, rule

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
]
