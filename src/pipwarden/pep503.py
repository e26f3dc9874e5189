"""PEP 503 project names, without importing packaging.utils.

packaging.utils imports its wheel-tag machinery (subprocess, logging,
sysconfig, platform detection) with it; the commands that only compare
names (an audit) start faster without it.
"""

from __future__ import annotations


def canonicalize_name(name: str) -> str:
    """The PEP 503 normalized name: exactly `packaging.utils.canonicalize_name` (tested equal)."""
    value = name.lower().replace("_", "-").replace(".", "-")
    while "--" in value:
        value = value.replace("--", "-")
    return value
