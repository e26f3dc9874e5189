"""Where a project wants vulnerability reports: its SECURITY.md, or the
metadata of an installed distribution."""

from __future__ import annotations

import importlib.metadata
import re
from dataclasses import dataclass, field
from pathlib import Path

from pipwarden.errors import PipwardenError
from pipwarden.limits import loads_toml

#: Where GitHub looks for a security policy, in its order.
POLICY_LOCATIONS: tuple[str, ...] = (".github", ".", "docs")
_POLICY_NAMES = ("security.md", "security.rst", "security.txt", "security")

_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+")
#: URLs that are a reporting channel rather than documentation.
_CHANNEL_URL = re.compile(
    r"security/advisories|/security(?:[/#?]|$)|hackerone\.com|bugcrowd\.com|huntr\.(?:dev|com)"
    r"|tidelift\.com/security|intigriti\.com|yeswehack\.com|security\.txt|vulnerab|/report",
    re.IGNORECASE,
)
#: Domains reserved for documentation and tests (RFC 2606, RFC 6761) and the usual
#: template stand-ins: an address there reaches nobody.
_PLACEHOLDER_DOMAIN = re.compile(
    r"(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test|localhost"
    r"|your-?(?:domain|project|company|org)(?:\.[a-z]+)*|domain\.com)$",
    re.I,
)
_URL_HOST = re.compile(r"^https?://(?:[^@/?#]*@)?([^/:?#]+)", re.I)


def placeholder_reason(contact: str) -> str | None:
    """Why `contact` (an email address or URL) is a placeholder that reaches nobody, or None.

    The one rule `policy init` (which refuses such a contact) and `policy check`
    (which does not count it) share.
    """
    value = contact.strip()
    if value.lower().startswith("mailto:"):
        value = value[len("mailto:") :]
    url = _URL_HOST.match(value)
    domain = url.group(1) if url else value.rpartition("@")[2]
    domain = domain.rstrip(".").lower()
    if domain and _PLACEHOLDER_DOMAIN.search(domain):
        return (
            f"{value} is a placeholder ({domain} is an example domain, not one that receives "
            "reports); give the address that really receives them"
        )
    return None


@dataclass(frozen=True)
class Contact:
    """One way to reach the project's security team, with where it was found."""

    value: str
    file: str | None = None
    line: int | None = None

    @property
    def kind(self) -> str:
        """``email``, ``url`` or ``github`` (private vulnerability reporting)."""
        if self.value == GITHUB_PRIVATE_REPORTING:
            return "github"
        return "url" if self.value.startswith(("http://", "https://")) else "email"


@dataclass(frozen=True)
class Channel:
    """A project's reporting channel: contacts, where they came from, and notes."""

    source: str
    contacts: tuple[Contact, ...] = ()
    notes: tuple[str, ...] = field(default_factory=tuple)

    @property
    def found(self) -> bool:
        """Whether at least one contact is known."""
        return bool(self.contacts)


def find_policy_file(root: Path) -> Path | None:
    """The project's security policy file (SECURITY.md and variants), or None."""
    for folder in POLICY_LOCATIONS:
        base = root / folder
        if not base.is_dir():
            continue
        for entry in sorted(base.iterdir()):
            if entry.is_file() and entry.name.lower() in _POLICY_NAMES:
                return entry
    return None


#: Wording that points to GitHub's private vulnerability reporting (no URL needed).
_GITHUB_PRIVATE = re.compile(
    r"private vulnerability report|report a vulnerability\W{0,3} button"
    r"|security advisor(?:y|ies) tab|security tab",
    re.IGNORECASE,
)
GITHUB_PRIVATE_REPORTING = "GitHub private vulnerability reporting (the repository's Security tab)"


def contacts_in(text: str, file: str | None = None) -> tuple[Contact, ...]:
    """The email addresses and reporting URLs in a security policy text, in order, unique.

    A mention of GitHub's private vulnerability reporting counts as a contact.
    """
    seen: set[str] = set()
    found: list[Contact] = []
    for number, line in enumerate(text.splitlines(), 1):
        if _GITHUB_PRIVATE.search(line) and GITHUB_PRIVATE_REPORTING not in seen:
            seen.add(GITHUB_PRIVATE_REPORTING)
            found.append(Contact(GITHUB_PRIVATE_REPORTING, file, number))
        for match in _URL.finditer(line):
            url = match.group(0).rstrip(".,;:*_")
            if _CHANNEL_URL.search(url) and url not in seen and not placeholder_reason(url):
                seen.add(url)
                found.append(Contact(url, file, number))
        for match in _EMAIL.finditer(line):
            email = match.group(0)
            if email.lower() not in seen and not placeholder_reason(email):
                seen.add(email.lower())
                found.append(Contact(email, file, number))
    return tuple(found)


def placeholders_in(text: str) -> tuple[tuple[int, str], ...]:
    """(line, why) for each placeholder email address or reporting URL in a policy text."""
    found: dict[str, tuple[int, str]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        urls = [m.group(0).rstrip(".,;:*_") for m in _URL.finditer(line)]
        emails = [m.group(0) for m in _EMAIL.finditer(line)]
        for value in [u for u in urls if _CHANNEL_URL.search(u)] + emails:
            reason = placeholder_reason(value)
            if reason and value.lower() not in found:
                found[value.lower()] = (number, reason)
    return tuple(found.values())


def from_path(root: Path) -> Channel:
    """The reporting channel of the project checked out at `root`.

    Reads its SECURITY.md; when there is none or it names no contact, falls back
    to the maintainer and author emails of its pyproject.toml, saying so.
    """
    if not root.exists():
        raise PipwardenError(f"project path {root} does not exist")
    if not root.is_dir():
        raise PipwardenError(f"project path {root} is not a directory")
    notes: list[str] = []
    policy = find_policy_file(root)
    if policy is not None:
        rel = policy.relative_to(root).as_posix()
        text = policy.read_text(encoding="utf-8", errors="replace")
        contacts = contacts_in(text, rel)
        if contacts:
            return Channel(f"{rel} of {root}", contacts)
        notes.append(f"{rel} names no contact (no email address or reporting URL)")
    else:
        notes.append(f"{root} has no SECURITY.md")
    fallback = _pyproject_emails(root / "pyproject.toml")
    if fallback:
        notes.append("falling back to the maintainer email in pyproject.toml")
    return Channel(f"{root}", fallback, tuple(notes))


def _pyproject_emails(path: Path) -> tuple[Contact, ...]:
    if not path.is_file():
        return ()
    try:
        data = loads_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):  # unreadable, not TOML, or nested too deeply
        return ()
    project = data.get("project", {})
    found: list[Contact] = []
    for key in ("maintainers", "authors"):
        for person in project.get(key, []) or []:
            if isinstance(person, dict) and isinstance(person.get("email"), str):
                found.append(Contact(person["email"], "pyproject.toml"))
    return tuple(dict.fromkeys(found))


def from_distribution(name: str) -> Channel:
    """The reporting channel of the installed distribution `name`, from its metadata.

    A ``Project-URL`` labelled security (or a SECURITY.md shipped in the
    distribution) is the channel; otherwise the maintainer or author email,
    with a note that no security policy was available.
    """
    try:
        dist = importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        raise PipwardenError(
            f"{name} is not installed here; pass --project-path to its source checkout"
        ) from None
    meta = dist.metadata
    source = f"metadata of installed {meta['Name'] or name} {meta['Version'] or ''}".strip()
    contacts: list[Contact] = []
    notes: list[str] = []
    for entry in meta.get_all("Project-URL") or []:
        label, _, url = entry.partition(",")
        if re.search(r"secur|vulnerab|disclos", label, re.I) and url.strip():
            contacts.append(Contact(url.strip(), "Project-URL"))
    try:
        files = dist.files or []
    except (TypeError, ValueError):  # a malformed RECORD
        files = []
    for file in files:
        if file.name.lower() in _POLICY_NAMES:
            try:
                text = file.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            contacts.extend(contacts_in(text, str(file)))
    if contacts:
        return Channel(source, tuple(dict.fromkeys(contacts)))
    notes.append(f"{name} publishes no security policy (no Project-URL Security, no SECURITY.md)")
    emails: list[Contact] = []
    for key in ("Maintainer-email", "Author-email"):
        for value in meta.get_all(key) or []:
            for match in _EMAIL.finditer(value):
                emails.append(Contact(match.group(0), key))
    if emails:
        notes.append("falling back to the maintainer email; ask it for a private channel first")
    return Channel(source, tuple(dict.fromkeys(emails)), tuple(notes))
