"""obfuscation.*: code hidden from readers (decoded payloads, folded names, blobs)."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import Where
from pipwarden.scan.rules._base import CRITICAL, HIGH, LOW, MEDIUM, rule

RULES = [
    rule(
        "obfuscation.exec-decoded",
        CRITICAL,
        "CWE-506",
        "Decoded or obfuscated data is executed",
        "Data decoded from a literal (base64, hex, zlib, rot13, chr chains, reversed strings, "
        "marshal) reaches exec/eval/compile or a process: a hidden payload.",
        "Do not install; decode the payload offline to see what it does.",
    ),
    rule(
        "obfuscation.marshal-literal",
        HIGH,
        "CWE-506",
        "Bytecode or pickle loaded from a literal",
        "marshal/pickle loads of a literal embed compiled code that no reader can review.",
        "Ask the maintainers for the source; do not install meanwhile.",
    ),
    rule(
        "obfuscation.hidden-name",
        HIGH,
        "CWE-506",
        "Dangerous name built from pieces",
        "A sensitive function or module (exec, eval, os, subprocess, ...) is named through a "
        "computed string (concatenation, chr, decoding) in getattr/__import__.",
        "Review the code; normal code names these directly.",
    ),
    rule(
        "obfuscation.builtin-alias",
        HIGH,
        "CWE-506",
        "Code-running builtins renamed",
        "exec, eval, compile or __import__ is bound to another name together with other "
        "builtins in one tuple assignment (`a, b, c = exec, str, globals`): obfuscators do this "
        "so the call that runs the payload names none of them.",
        "Review the code; normal code calls these builtins by their names.",
    ),
    rule(
        "obfuscation.encoded-blob",
        LOW,
        "CWE-506",
        "Long encoded blob",
        "A long base64 or hex literal; may be data, may be a payload.",
        "Check what decodes and uses the blob.",
    ),
    rule(
        "obfuscation.high-entropy",
        LOW,
        "CWE-506",
        "High-entropy literal",
        "A long literal with near-random characters (encrypted or compressed data).",
        "Check what uses the literal.",
    ),
    rule(
        "obfuscation.bytecode-only",
        HIGH,
        "CWE-506",
        "Bytecode shipped without source",
        "A .pyc module ships outside __pycache__, or code loads bytecode with "
        "SourcelessFileLoader on import: the code cannot be reviewed (fshec2-style loaders).",
        "Ask for the source; do not install code nobody can read.",
    ),
    rule(
        "obfuscation.hidden-archive",
        HIGH,
        "CWE-506",
        "Python code hidden in an archive",
        "A data file (.dat, .png, ...) is really a zip holding Python modules, imported through "
        "zipimport or sys.path: the code escapes review. Its strong findings are reported too.",
        "Unpack and review the hidden modules; do not install meanwhile.",
    ),
    rule(
        "obfuscation.custom-codec",
        HIGH,
        "CWE-506",
        "Source in a custom encoding",
        "A Python file declares a source encoding Python does not have (`# -*- coding: x -*-`): "
        "a codec registered at start-up (by a .pth) rewrites it as it is read, so what runs is "
        "not what a reviewer sees.",
        "Do not install; decode the file with the package's codec and review the result.",
    ),
]

#: hidden-name, for a builtin's name spelled backwards in a literal.
REVERSED_NAME = MEDIUM


def pyarmor_severity(where: Where) -> Severity:
    """marshal-literal, for PyArmor-encrypted code: high at install time, medium elsewhere
    (some vendors ship their libraries so)."""
    return HIGH if where is Where.INSTALL else MEDIUM


def compiled_module_severity(names_danger: bool) -> Severity:
    """bytecode-only, for a .pyc shipped as a module: high when its constants name
    commands, code or network calls, else medium."""
    return HIGH if names_danger else MEDIUM


def hidden_archive_severity(disguised: bool) -> Severity:
    """hidden-archive: high for a Python module inside a data file, medium inside a real
    archive."""
    return HIGH if disguised else MEDIUM
