"""download-execute.*: code fetched from the network and run."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, HIGH, rule

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
    rule(
        "download-execute.runtime-install",
        HIGH,
        "CWE-494",
        "Installs packages when imported",
        "Import-time or setup.py code runs pip install: code nobody vetted is fetched and "
        "built outside the resolver (critical when it comes from a URL or a VCS).",
        "Declare dependencies in the package metadata instead; do not install meanwhile.",
    ),
    rule(
        "download-execute.direct-url-dependency",
        HIGH,
        "CWE-494",
        "Dependency fetched from a URL",
        "The package metadata or build configuration requires another project from a URL "
        "(name @ https://..., git+https://...): pip fetches and builds it outside the index.",
        "Depend on index releases; do not install until the URL is explained.",
    ),
]
