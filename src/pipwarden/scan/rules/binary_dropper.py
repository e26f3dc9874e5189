"""binary-dropper.*: native executables where none belong."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, on_load, rule

RULES = [
    rule(
        "binary-dropper.native-in-pure-wheel",
        MEDIUM,
        "CWE-506",
        "Executable in a pure-Python wheel",
        "A wheel tagged none-any (pure Python) carries an ELF, PE or Mach-O binary.",
        "Ask the maintainers what the binary is; do not install meanwhile.",
    ),
    rule(
        "binary-dropper.embedded",
        MEDIUM,
        "CWE-506",
        "Executable hidden in an encoded literal",
        "A literal decodes (base64, hex, zlib, ...) to an ELF, PE or Mach-O binary.",
        "Do not install; nobody can review an embedded binary.",
    ),
    rule(
        "binary-dropper.run-shipped",
        HIGH,
        "CWE-506",
        "Starts a program shipped in the package on import",
        "Module-level code (or setup.py) starts a file that lives next to it in the package.",
        "Check what the shipped program is; libraries do not run bundled programs on import.",
        severity_in=on_load(CRITICAL),
    ),
    rule(
        "binary-dropper.executable",
        MEDIUM,
        "CWE-506",
        "Prebuilt executable in a source distribution",
        "An sdist carries an ELF, PE or Mach-O binary that no one can review.",
        "Check what the binary is and whether the build uses it.",
    ),
    rule(
        "binary-dropper.shellcode",
        HIGH,
        "CWE-506",
        "Shellcode loader",
        "Code allocates executable memory (VirtualAlloc, mmap with PROT_EXEC, mprotect) and "
        "starts a thread or calls a function pointer at it: machine code run without a file.",
        "Do not install; nothing in a Python library needs to run raw machine code.",
    ),
]


def shellcode_severity(payload: bool) -> Severity:
    """shellcode: critical when what is run is a decoded or downloaded payload, else high."""
    return CRITICAL if payload else HIGH


def embedded_severity(disguised: bool) -> Severity:
    """embedded: high for an executable inside a data file posing as something else, medium
    inside a real archive."""
    return HIGH if disguised else MEDIUM


def native_binary_severity(disguised: bool) -> Severity | None:
    """native-in-pure-wheel and executable: high for a binary disguised under another name
    (Windows launchers ship as .exe), else the catalogued severity (None)."""
    return HIGH if disguised else None
