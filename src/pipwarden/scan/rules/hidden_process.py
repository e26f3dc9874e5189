"""hidden-process.*: processes started so that nobody sees them."""

from __future__ import annotations

from pipwarden.scan.rules._base import MEDIUM, rule

RULES = [
    rule(
        "hidden-process.detached",
        MEDIUM,
        "CWE-506",
        "Process hidden or detached",
        "A process is started with a hidden window (CREATE_NO_WINDOW, SW_HIDE, pythonw) or "
        "daemonised (fork + setsid).",
        "Check what runs in the background.",
    ),
]
