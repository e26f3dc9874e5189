"""Defanged building blocks of the rules' samples: an inert payload, its encodings, a host
under example.invalid, and archives built only when a test runs."""

from __future__ import annotations

import base64

#: The payload every sample carries: it prints a line.
INERT = "print('inert sample')"
#: `INERT` in base64.
B64 = base64.b64encode(INERT.encode()).decode()
#: An address that cannot resolve (RFC 6761).
URL = "https://example.invalid/x"
#: The start of an ELF executable (its header, no code), in base64.
ELF_B64 = base64.b64encode(b"\x7fELF" + bytes(60)).decode()
#: Printable characters but quotes and backslashes: the alphabet of a noisy literal.
NOISY = "".join(c for c in map(chr, range(33, 127)) if c not in "'\"\\")
#: A small library (1.3 KiB of statements): more code than a shim or a name holder has.
LIBRARY = "".join(
    f"def convert_{i}(value, scale={i}):\n    return (value * scale) // {i + 1}\n\n"
    for i in range(24)
)


def pkg_info(name: str, summary: str = "", *extra: str, body: str = "") -> str:
    """Core metadata of project `name` (version 9.0.0) with a summary, `extra` header
    fields (``Requires-Dist: ...``) and a description `body`."""
    lines = ["Metadata-Version: 2.1", f"Name: {name}", "Version: 9.0.0"]
    if summary:
        lines.append(f"Summary: {summary}")
    text = "\n".join([*lines, *extra]) + "\n"
    return text + ("\n" + body if body else "")


def zip_of(files: dict[str, str]) -> bytes:
    """A zip archive holding `files` (name -> text)."""
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()
