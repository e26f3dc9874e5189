"""download-execute.*: code fetched from the network and run."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, rule

_FIX = "Do not install; report the project."
RULES = [
    rule(
        "download-execute.remote-code",
        CRITICAL,
        "CWE-494",
        "Downloaded data is executed",
        "A network response reaches exec/eval/compile.",
        _FIX,
    ),
    rule(
        "download-execute.remote-command",
        CRITICAL,
        "CWE-494",
        "Downloaded data runs as a command",
        "A network response reaches a process, or a command pipes a download into a shell.",
        _FIX,
    ),
    rule(
        "download-execute.drop-and-run",
        CRITICAL,
        "CWE-494",
        "Download written to disk and run",
        "One function downloads a file and starts a process or opens it.",
        _FIX,
    ),
]
