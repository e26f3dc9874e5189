"""A vulnerability report with the four required parts, its completeness
check, its CVSS score and its OSV draft.

The four parts (THREAT-MODEL.md, T8): who reports (name, optional
affiliation); technical details with a step-by-step reproduction; who can
exploit it and what they gain; whether it is public or known to third parties.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from packaging.specifiers import InvalidSpecifier, Specifier, SpecifierSet
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError
from pipwarden.limits import loads_json, loads_toml

PUBLIC_CHOICES = ("yes", "no", "unknown")

_PLACEHOLDER_WHOLE = re.compile(
    r"^(?:todo|tbd|tba|fixme|xxx+|n/?a|none|null|nil|\?+|-+|\.\.\.+|…|<[^>]*>|\[[^\]]*\]|"
    r"placeholder|fill(?: me)?(?: in)?|changeme|asdf)\W*$",
    re.I,
)
_PLACEHOLDER_ANY = re.compile(r"lorem ipsum|<fill[^>]*>|<your [^>]*>|\bplaceholder\b", re.I)
_PLACEHOLDER_START = re.compile(r"^(?:todo|tbd|fixme)\b", re.I)
_STEP = re.compile(r"^\s*(?:\d+[.)]|[-*•]|step\s+\d+\s*[:.)-]?)\s+(\S.*)$", re.I)


def is_placeholder(text: str) -> bool:
    """Whether `text` is empty or a placeholder (TODO, TBD, N/A, lorem ipsum, "...", <fill>)."""
    value = text.strip()
    return (
        not value
        or bool(_PLACEHOLDER_WHOLE.match(value))
        or bool(_PLACEHOLDER_ANY.search(value))
        or bool(_PLACEHOLDER_START.match(value))
    )


def steps_in(text: str) -> tuple[str, ...]:
    """The numbered or bulleted steps written in `text`, in order."""
    return tuple(m.group(1).strip() for line in text.splitlines() if (m := _STEP.match(line)))


@dataclass(frozen=True)
class VulnReport:
    """A vulnerability report as the reporter gave it (flags, prompts or a file)."""

    name: str = ""
    affiliation: str = ""
    title: str = ""
    package: str = ""
    details: str = ""
    steps: tuple[str, ...] = ()
    impact: str = ""
    public: str = ""
    public_details: str = ""
    affected: tuple[str, ...] = ()
    cvss: str = ""

    @property
    def reproduction(self) -> tuple[str, ...]:
        """The reproduction steps: given explicitly, else those written in the details."""
        return self.steps or steps_in(self.details)

    @property
    def subject(self) -> str:
        """A one-line title for the report."""
        if self.title.strip():
            return self.title.strip()
        return f"Vulnerability in {self.package}" if self.package else "Security vulnerability"

    def merged(self, values: Mapping[str, Any]) -> VulnReport:
        """This report with the non-empty `values` (from flags) taking precedence."""
        given = {k: v for k, v in values.items() if v not in (None, "", ())}
        return replace(self, **given)


#: Report field -> (what it is, how to give it): used in "missing" messages.
FIELD_HELP: dict[str, str] = {
    "name": "reporter name (--name)",
    "affiliation": "reporter affiliation (--affiliation)",
    "details": "technical details (--details or --details-file)",
    "steps": "step-by-step reproduction, at least 2 steps (--steps, repeatable)",
    "impact": "who can exploit it and what they gain (--impact)",
    "public": "whether it is public or known to third parties (--public yes|no|unknown)",
    "package": "affected package (--package)",
    "affected": 'affected versions (--affected, e.g. "<2.0")',
}

REQUIRED = ("name", "details", "steps", "impact", "public")


def problems(report: VulnReport, *, need: tuple[str, ...] = ()) -> list[str]:
    """What is missing or a placeholder, one phrase per field; empty when complete.

    `need` adds fields a given output requires (``package``, ``affected`` for OSV).
    """
    out: list[str] = []
    for key in (*REQUIRED, *need):
        label = FIELD_HELP[key]
        if key == "steps":
            steps = report.reproduction
            if len(steps) < 2:
                out.append(f"{label}: {len(steps)} given")
            elif any(is_placeholder(s) for s in steps):
                out.append(f"{label}: a step is a placeholder")
        elif key == "affected":
            if not report.affected:
                out.append(label)
        elif key == "public":
            if report.public not in PUBLIC_CHOICES:
                out.append(label)
        else:
            value = getattr(report, key)
            if not value.strip():
                out.append(label)
            elif is_placeholder(value):
                out.append(f"{label} is a placeholder: {value.strip()[:40]!r}")
    if report.affiliation and is_placeholder(report.affiliation):
        out.append(f"{FIELD_HELP['affiliation']} is a placeholder (leave it out instead)")
    return out


def require_complete(report: VulnReport, *, need: tuple[str, ...] = ()) -> None:
    """Raise PipwardenError naming every missing part, when the report is incomplete."""
    missing = problems(report, need=need)
    if missing:
        raise PipwardenError("incomplete report, missing: " + "; ".join(missing))


# -- reading a report file ---------------------------------------------------

_FILE_KEYS = {f.name for f in fields(VulnReport)}


def _as_tuple(key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        if key == "steps":
            parsed = steps_in(value)
            return parsed or tuple(line.strip() for line in value.splitlines() if line.strip())
        return (value,)
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return tuple(value)
    raise PipwardenError(f"report file: {key!r} must be a string or a list of strings")


def load_file(path: Path) -> VulnReport:
    """A report from a TOML or JSON file whose keys are the report's fields."""
    if not path.is_file():
        raise PipwardenError(f"report file {path} does not exist")
    text = path.read_text(encoding="utf-8", errors="replace")
    data: Any
    try:
        if path.suffix.lower() == ".json":
            data = loads_json(text)
        else:
            data = loads_toml(text)
    except ValueError as exc:  # not JSON/TOML, or nested too deeply to follow
        raise PipwardenError(f"report file {path} is not valid: {exc}") from None
    if not isinstance(data, dict):
        raise PipwardenError(f"report file {path} must hold a table/object of fields")
    unknown = sorted(set(data) - _FILE_KEYS)
    if unknown:
        raise PipwardenError(
            f"report file {path}: unknown key(s) {', '.join(unknown)} "
            f"(known: {', '.join(sorted(_FILE_KEYS))})"
        )
    values: dict[str, Any] = {}
    for key, value in data.items():
        if key in ("steps", "affected"):
            values[key] = _as_tuple(key, value)
        elif isinstance(value, bool) and key == "public":
            values[key] = "yes" if value else "no"
        elif isinstance(value, str):
            values[key] = value.strip().lower() if key == "public" else value
        else:
            raise PipwardenError(f"report file {path}: {key!r} must be a string")
    return VulnReport(**values)


# -- CVSS ---------------------------------------------------------------------


@dataclass(frozen=True)
class CvssScore:
    """A validated CVSS vector with its base score and severity."""

    version: str
    vector: str
    score: float
    severity: str

    @property
    def osv_type(self) -> str:
        """The OSV severity type (CVSS_V3 or CVSS_V4)."""
        return "CVSS_V4" if self.version.startswith("4") else "CVSS_V3"


def score_cvss(vector: str) -> CvssScore:
    """Validate and score a CVSS v3.0, v3.1 or v4.0 vector (PipwardenError if it does not parse)."""
    from cvss import CVSS3, CVSS4
    from cvss.exceptions import CVSSError

    value = vector.strip()
    try:
        if value.startswith("CVSS:4.0/"):
            c4 = CVSS4(value)
            return CvssScore("4.0", c4.clean_vector(), float(c4.base_score), str(c4.severity))
        if value.startswith(("CVSS:3.0/", "CVSS:3.1/")):
            c3 = CVSS3(value)
            return CvssScore(
                value[5:8], c3.clean_vector(), float(c3.scores()[0]), str(c3.severities()[0])
            )
    except CVSSError as exc:
        raise PipwardenError(f"CVSS vector {value!r} does not parse: {exc}") from None
    raise PipwardenError(
        f"CVSS vector {value!r} does not parse: it must start with CVSS:3.0/, CVSS:3.1/ "
        "or CVSS:4.0/"
    )


# -- OSV ------------------------------------------------------------------------


def _compatible_upper(version: Version) -> str:
    release = list(version.release)
    if len(release) < 2:
        raise PipwardenError(f"~={version} is not a valid compatible-release specifier")
    prefix = release[:-1]
    prefix[-1] += 1
    return ".".join(str(p) for p in prefix)


def osv_range(spec_text: str) -> dict[str, Any]:
    """One OSV range (or exact version list) for a specifier set such as ``">=1.0,<2.0"``.

    Returns ``{"events": [...]}`` or ``{"versions": [...]}``; PipwardenError when
    the specifier cannot be expressed in OSV (``>``, ``!=``, wildcards).
    """
    try:
        specs = list(SpecifierSet(spec_text))
    except InvalidSpecifier:
        try:
            specs = [Specifier(spec_text)]
        except InvalidSpecifier:
            raise PipwardenError(f"--affected {spec_text!r} is not a version specifier") from None
    if not specs:
        raise PipwardenError(f"--affected {spec_text!r} is empty")
    lower: str | None = None
    upper: tuple[str, str] | None = None  # ("fixed" | "last_affected", version)

    def set_lower(value: str) -> None:
        nonlocal lower
        if lower is not None:
            raise PipwardenError(f"--affected {spec_text!r} has more than one lower bound")
        lower = value

    def set_upper(kind: str, value: str) -> None:
        nonlocal upper
        if upper is not None:
            raise PipwardenError(f"--affected {spec_text!r} has more than one upper bound")
        upper = (kind, value)

    for spec in specs:
        op, version = spec.operator, spec.version
        if "*" in version or op in ("!=", "===", ">"):
            raise PipwardenError(
                f"--affected {spec_text!r}: {op}{version} cannot be expressed as an OSV range "
                "(use >=, <, <=, == or ~= with a full version)"
            )
        if op == "==":
            if len(specs) != 1:
                raise PipwardenError(f"--affected {spec_text!r}: use == alone")
            return {"versions": [version]}
        if op == ">=":
            set_lower(version)
        elif op == "<":
            set_upper("fixed", version)
        elif op == "<=":
            set_upper("last_affected", version)
        elif op == "~=":
            set_lower(version)
            set_upper("fixed", _compatible_upper(Version(version)))
    events: list[dict[str, str]] = [{"introduced": lower or "0"}]
    if upper is not None:
        if lower is not None:
            try:
                bad = Version(lower) > Version(upper[1]) or (
                    upper[0] == "fixed" and Version(lower) == Version(upper[1])
                )
            except InvalidVersion:  # pragma: no cover - SpecifierSet validated them
                bad = False
            if bad:
                raise PipwardenError(f"--affected {spec_text!r} matches no version")
        events.append({upper[0]: upper[1]})
    return {"events": events}


def osv_draft(
    report: VulnReport, cvss: CvssScore | None, *, now: _dt.datetime | None = None
) -> dict[str, Any]:
    """An OSV-format draft advisory for `report` (package and affected must be set)."""
    moment = (now or _dt.datetime.now(_dt.timezone.utc)).replace(microsecond=0)
    name = canonicalize_name(report.package)
    ranges: list[dict[str, Any]] = []
    versions: list[str] = []
    for spec in report.affected:
        part = osv_range(spec)
        if "versions" in part:
            versions += part["versions"]
        else:
            ranges.append({"type": "ECOSYSTEM", "events": part["events"]})
    affected: dict[str, Any] = {
        "package": {"ecosystem": "PyPI", "name": name, "purl": f"pkg:pypi/{name}"},
    }
    if ranges:
        affected["ranges"] = ranges
    if versions:
        affected["versions"] = versions
    details = report.details.strip() + "\n\n"
    if report.steps:
        steps = "\n".join(f"{i}. {s}" for i, s in enumerate(report.steps, 1))
        details += f"### Steps to reproduce\n\n{steps}\n\n"
    details += f"### Impact\n\n{report.impact.strip()}\n"
    draft: dict[str, Any] = {
        "schema_version": "1.6.0",
        "id": f"DRAFT-PYPI-{name}-{moment:%Y%m%d}",
        "modified": moment.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "summary": report.subject,
        "details": details,
        "affected": [affected],
    }
    if cvss is not None:
        draft["severity"] = [{"type": cvss.osv_type, "score": cvss.vector}]
    credit = report.name.strip()
    if report.affiliation.strip():
        credit += f" ({report.affiliation.strip()})"
    draft["credits"] = [{"name": credit, "type": "FINDER"}]
    draft["database_specific"] = {
        "draft": True,
        "public": report.public,
        "generated_by": "pipwarden report",
    }
    if cvss is not None:
        draft["database_specific"]["cvss_score"] = cvss.score
        draft["database_specific"]["cvss_severity"] = cvss.severity
    return draft
