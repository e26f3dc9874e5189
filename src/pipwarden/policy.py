"""Policy: which findings block, which warn, and the exceptions a team grants.

Read from ``pipwarden.toml`` (top-level keys) or ``[tool.pipwarden]`` in
``pyproject.toml``, searched from the working directory upwards. Unknown keys
and wrong types are errors that name the file and the key.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pipwarden.errors import PolicyError
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.limits import loads_toml
from pipwarden.pep503 import canonicalize_name
from pipwarden.rules import Registry

#: The registry, or a function that builds it when it is first needed.
Rules = Registry | Callable[[], Registry]


@dataclass(frozen=True)
class Ignore:
    """A reviewed exception: a rule or advisory id, optionally for one package, until a date."""

    id: str
    reason: str
    package: str | None = None
    expires: dt.date | None = None

    def expired(self, today: dt.date | None = None) -> bool:
        """True once the expiry date has passed."""
        return self.expires is not None and (today or dt.date.today()) > self.expires

    def matches(self, finding: Finding) -> bool:
        """True when this ignore covers `finding` (by rule id or advisory id/alias)."""
        if (
            self.package
            and finding.package
            and canonicalize_name(self.package) != (canonicalize_name(finding.package))
        ):
            return False
        ids = {finding.rule, *finding.details.get("ids", ())}
        return self.id in ids


@dataclass(frozen=True)
class Policy:
    """Everything configurable about how findings become verdicts."""

    fail_on: Severity = Severity.HIGH
    warn_on: Severity = Severity.MEDIUM
    allow: tuple[str, ...] = ()
    deny: tuple[str, ...] = ()
    allow_sdist: tuple[str, ...] = ()
    #: Projects that may be requested as a VCS reference (``git+https://…``).
    allow_vcs: tuple[str, ...] = ()
    #: Projects that may be requested as editables (``-e DIR``).
    allow_editable: tuple[str, ...] = ()
    cooldown_days: int = 7
    new_project_days: int = 30
    internal: tuple[str, ...] = ()
    private_index: str | None = None
    allow_root: bool = False
    db_max_age_days: int = 7
    trust_file: str | None = None
    #: What a check that could not finish does to its package: "block" or "warn".
    on_error: str = "block"
    #: An advisory database that is missing, empty or stale blocks every package.
    require_advisories: bool = False
    ignore: tuple[Ignore, ...] = ()
    source: str | None = field(default=None, compare=False)

    # -- lookups -------------------------------------------------------
    @staticmethod
    def _matches(name: str, patterns: tuple[str, ...]) -> bool:
        norm = canonicalize_name(name)
        return any(fnmatch.fnmatchcase(norm, canonicalize_name_pattern(p)) for p in patterns)

    def is_allowed(self, name: str) -> bool:
        """The project is on the allow list."""
        return self._matches(name, self.allow)

    def is_denied(self, name: str) -> bool:
        """The project is on the deny list."""
        return self._matches(name, self.deny)

    def sdist_allowed(self, name: str) -> bool:
        """The project may be installed from a source distribution."""
        return (
            self._matches(name, self.allow_sdist)
            or self.editable_allowed(name)
            or self.vcs_allowed(name)
        )

    def vcs_allowed(self, name: str) -> bool:
        """The project may be requested as a VCS reference."""
        return self._matches(name, self.allow_vcs)

    def editable_allowed(self, name: str) -> bool:
        """The project may be requested as an editable (it is then built from its folder)."""
        return self._matches(name, self.allow_editable)

    def is_internal(self, name: str) -> bool:
        """The name belongs to the team's private namespace (dependency confusion)."""
        return self._matches(name, self.internal)

    def ignored(self, finding: Finding) -> Ignore | None:
        """The ignore entry covering `finding`, if any (expired ones included)."""
        for ign in self.ignore:
            if ign.matches(finding):
                return ign
        return None

    def _ignored_now(self, finding: Finding) -> bool:
        ign = self.ignored(finding)
        return ign is not None and not ign.expired()

    # -- verdicts ------------------------------------------------------
    def verdict(self, name: str, findings: list[Finding]) -> Verdict:
        """The verdict for one package given its findings.

        Integrity failures (a hash mismatch) and known malware (unless its
        report id is ignored) block whatever the lists say; the
        deny list blocks; the allow list allows; a check that could not finish
        (``<check>.error``) blocks whatever ``fail-on`` says, or warns with
        ``on-error = "warn"``; otherwise the worst non-ignored finding decides
        against ``fail-on`` and ``warn-on``.
        """
        if any(f.check == "integrity" for f in findings):
            return Verdict.BLOCK
        if any(f.check == "malware" and not self._ignored_now(f) for f in findings):
            return Verdict.BLOCK
        if self.is_denied(name):
            return Verdict.BLOCK
        if self.is_allowed(name):
            return Verdict.ALLOW
        result = Verdict.ALLOW
        for f in findings:
            ign = self.ignored(f)
            if ign is not None and not ign.expired():
                continue
            if is_check_error(f):
                if self.on_error != "warn":
                    return Verdict.BLOCK
                result = Verdict.WARN
                continue
            if f.severity >= self.fail_on:
                return Verdict.BLOCK
            if f.severity >= self.warn_on:
                result = Verdict.WARN
        return result


def is_check_error(finding: Finding) -> bool:
    """True for the finding of a check that could not finish (rule ``<check>.error``)."""
    return finding.rule == f"{finding.check}.error"


def canonicalize_name_pattern(pattern: str) -> str:
    """Normalize a name or glob (``acme-*``) the way PEP 503 normalizes names."""
    parts = pattern.split("*")
    return "*".join(canonicalize_name(p) if p.strip("-_.") else p for p in parts)


_LISTS = {"allow", "deny", "allow-sdist", "allow-vcs", "allow-editable", "internal"}
_INTS = {"cooldown-days", "new-project-days", "db-max-age-days"}
#: The largest number of days a policy may hold (a century; dates stay computable).
MAX_DAYS = 36500
_SEVERITIES = {"fail-on", "warn-on"}
_STRS = {"private-index", "trust-file"}
_BOOLS = {"allow-root", "require-advisories"}
#: Keys whose value is one of a few words.
_CHOICES = {"on-error": ("block", "warn")}
KNOWN_KEYS = _LISTS | _INTS | _SEVERITIES | _STRS | _BOOLS | set(_CHOICES) | {"ignore"}


def from_mapping(data: dict[str, Any], source: str, rules: Rules | None = None) -> Policy:
    """Build a Policy from a TOML table; every bad key or value is a PolicyError.

    With `rules` (the registry, `pipwarden.catalogue.registry`, or that function
    itself, called only when there are ignore entries), an ``ignore`` entry must
    name a rule of it or an advisory id.
    """
    kwargs: dict[str, Any] = {"source": source}
    for key, value in data.items():
        where = f"{source}: key {key!r}"
        attr = key.replace("-", "_")
        if key not in KNOWN_KEYS:
            known = ", ".join(sorted(KNOWN_KEYS))
            raise PolicyError(f"{where} is not a pipwarden setting (known: {known})")
        if key in _LISTS:
            if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
                raise PolicyError(f"{where} must be a list of project names")
            kwargs[attr] = tuple(value)
        elif key in _INTS:
            if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_DAYS:
                raise PolicyError(
                    f"{where} must be a whole number of days from 0 to {MAX_DAYS}"
                    + (
                        f", not {value}"
                        if isinstance(value, int) and not isinstance(value, bool)
                        else ""
                    )
                )
            kwargs[attr] = value
        elif key in _SEVERITIES:
            if not isinstance(value, str):
                raise PolicyError(f"{where} must be a severity name")
            try:
                kwargs[attr] = Severity.parse(value)
            except ValueError as exc:
                raise PolicyError(f"{where}: {exc}") from None
        elif key in _STRS:
            if not isinstance(value, str) or not value:
                raise PolicyError(f"{where} must be a non-empty string")
            kwargs[attr] = value
        elif key in _BOOLS:
            if not isinstance(value, bool):
                raise PolicyError(f"{where} must be true or false")
            kwargs[attr] = value
        elif key in _CHOICES:
            choices = _CHOICES[key]
            if value not in choices:
                words = " or ".join(f'"{c}"' for c in choices)
                shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:39] + "…"
                raise PolicyError(f"{where} must be {words}, not {shown}")
            kwargs[attr] = value
        else:  # ignore
            kwargs["ignore"] = tuple(_parse_ignore(value, where, rules))
    return Policy(**kwargs)


def _parse_ignore(value: Any, where: str, rules: Rules | None) -> list[Ignore]:
    if not isinstance(value, list):
        raise PolicyError(f"{where} must be a list of tables with id, reason and expires")
    out = []
    allowed = {"id", "reason", "package", "expires"}
    if callable(rules) and value:
        rules = rules()
    for i, item in enumerate(value):
        at = f"{where}[{i}]"
        if not isinstance(item, dict):
            raise PolicyError(f"{at} must be a table with id, reason and expires")
        extra = set(item) - allowed
        if extra:
            raise PolicyError(f"{at} has unknown key(s): {', '.join(sorted(extra))}")
        if not isinstance(item.get("id"), str) or not item["id"]:
            raise PolicyError(f"{at} needs an id (a rule or advisory id)")
        if isinstance(rules, Registry) and item["id"] not in rules:
            shown = repr(item["id"]) if len(item["id"]) <= 80 else repr(item["id"][:79] + "…")
            raise PolicyError(
                f"{at}: id {shown} is neither a rule id (see `pipwarden rules`) nor an advisory id"
            )
        if not isinstance(item.get("reason"), str) or not item["reason"].strip():
            raise PolicyError(f"{at} needs a reason: say why this is safe to ignore")
        expires = item.get("expires")
        if expires is not None:
            if isinstance(expires, str):
                try:
                    expires = dt.date.fromisoformat(expires)
                except ValueError:
                    raise PolicyError(f"{at}: expires must be a date (YYYY-MM-DD)") from None
            elif isinstance(expires, dt.datetime):
                expires = expires.date()
            elif not isinstance(expires, dt.date):
                raise PolicyError(f"{at}: expires must be a date (YYYY-MM-DD)")
        package = item.get("package")
        if package is not None and not isinstance(package, str):
            raise PolicyError(f"{at}: package must be a project name")
        out.append(Ignore(id=item["id"], reason=item["reason"], package=package, expires=expires))
    return out


def load_file(path: Path, rules: Rules | None = None) -> Policy:
    """Load a policy from `path` (pipwarden.toml or pyproject.toml); see `from_mapping`."""
    try:
        data = loads_toml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise PolicyError(f"cannot read policy file {path}: {exc.strerror}") from None
    except ValueError as exc:  # TOMLDecodeError, UnicodeDecodeError, TooDeeplyNested
        raise PolicyError(f"{path}: not valid TOML: {exc}") from None
    if path.name == "pyproject.toml":
        tool = data.get("tool", {})
        table = tool.get("pipwarden", {}) if isinstance(tool, dict) else {}
        if not isinstance(table, dict):
            raise PolicyError(f"{path}: [tool.pipwarden] must be a table")
        return from_mapping(table, f"{path} [tool.pipwarden]", rules)
    return from_mapping(data, str(path), rules)


def discover(start: Path | None = None) -> Path | None:
    """The nearest pipwarden.toml, or pyproject.toml with a [tool.pipwarden] table."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pipwarden.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file():
            try:
                text = pyproject.read_text(encoding="utf-8")
            except OSError:
                continue
            if "[tool.pipwarden" in text:
                return pyproject
    return None


def load(path: Path | None = None, start: Path | None = None, rules: Rules | None = None) -> Policy:
    """The policy from `path`, or the discovered one, or the defaults.

    With `rules`, ignore entries are checked against the registry (`from_mapping`).
    """
    found = path or discover(start)
    if found is None:
        return Policy()
    return load_file(found, rules)
