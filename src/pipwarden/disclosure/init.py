"""`policy init`: write the generated files into a project, never overwriting
one unless asked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from pipwarden.disclosure import channel
from pipwarden.disclosure.templates import PolicyInputs, render_all
from pipwarden.errors import PipwardenError

_EMAIL = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[A-Za-z]{2,}$")
_URL = re.compile(r"^https://\S+\.\S+$")


@dataclass(frozen=True)
class InitResult:
    """Which files were written and which were left alone (they existed)."""

    root: Path
    written: tuple[str, ...]
    skipped: tuple[str, ...]


def validate_contact(contact: str) -> str:
    """`contact` stripped, if it is a real email address or https URL; PipwardenError otherwise.

    A placeholder (a reserved example domain, see `channel.placeholder_reason`) is refused:
    `policy check` would not count it as a contact.
    """
    value = contact.strip()
    if value.startswith("mailto:"):
        value = value[len("mailto:") :]
    if not (_EMAIL.match(value) or _URL.match(value)):
        raise PipwardenError(
            f"--contact {contact!r} is neither an email address nor an https:// URL"
        )
    reason = channel.placeholder_reason(value)
    if reason:
        # The rule `policy check` applies: it would report this SECURITY.md as naming no contact.
        raise PipwardenError(f"--contact {reason}")
    return value


def validate_project(project: str) -> str:
    """`project` stripped, if it is a non-empty single line; PipwardenError otherwise."""
    value = project.strip()
    if not value or "\n" in value:
        raise PipwardenError("--project must be a non-empty name on one line")
    return value


def dependency_files(root: Path) -> tuple[str, ...]:
    """The files a generated audit should read: requirements*.txt in `root`, else pyproject.toml.

    Falls back to ``requirements.txt`` when the project has neither.
    """
    reqs = sorted(p.name for p in root.glob("requirements*.txt") if p.is_file())
    if reqs:
        return tuple(reqs)
    if (root / "pyproject.toml").is_file():
        return ("pyproject.toml",)
    return ("requirements.txt",)


def write_policy_files(root: Path, inputs: PolicyInputs, *, force: bool = False) -> InitResult:
    """Write every generated file under `root`; existing files are skipped unless `force`."""
    if not root.is_dir():
        raise PipwardenError(f"{root} is not a directory")
    written: list[str] = []
    skipped: list[str] = []
    for rel, text in render_all(inputs).items():
        target = root / rel
        if target.exists() and not force:
            skipped.append(rel)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(rel)
    return InitResult(root, tuple(written), tuple(skipped))
