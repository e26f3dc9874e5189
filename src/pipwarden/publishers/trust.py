"""Trust on first use: who could publish a project when it was first vetted.

The first vet of a project records its owners (with their roles), the PyPI
organization that owns it, its repository URL, its trusted-publisher identity and whether its files were
attested. Later vets compare against that record and raise a finding, with
the before and after values in ``Finding.details``, for every change. The
record changes only when someone accepts the change (`accept`) or imports a
reviewed trust file.

Records live in the store's shared part (`pipwarden.store.SharedStore`): the
local SQLite file, or the database of `pipwarden serve`; `export_file` writes them to a reviewable
JSON file (stable ordering, one project per key) that a team keeps in its
repository, and `read_file` / `import_file` read it back.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden import paths
from pipwarden.errors import RunInputError
from pipwarden.findings import Finding
from pipwarden.limits import loads_json
from pipwarden.policy import Policy
from pipwarden.publishers.evidence import Evidence
from pipwarden.publishers.heuristics import finding
from pipwarden.store import SharedStore, Store

#: The default trust file name, in the project's repository.
DEFAULT_FILE = "pipwarden-trust.json"
FILE_FORMAT = 1


class TrustFileError(RunInputError):
    """A trust file is unreadable or malformed (the message names the file and key)."""


@dataclass(frozen=True)
class TrustRecord:
    """What was trusted about a project: None means "was not known".

    `owners` maps each user who may publish to their role (empty for a
    project an organization owns without individual collaborators);
    `organization` is the PyPI organization that owns the project, None for
    none, and is meaningful only when `organization_known` (records made
    before organizations were read lack it). `version` is the version vetted
    when the record was made; `source` says how the record came to be
    ("first-use", "accepted", "imported").
    """

    project: str
    owners: dict[str, str] | None = None
    organization: str | None = None
    organization_known: bool = False
    repository: str | None = None
    publisher: str | None = None
    attested: bool | None = None
    version: str | None = None
    recorded: str = ""
    source: str = "first-use"

    def to_json(self) -> dict[str, Any]:
        """The trust-file form (without the project name, which is the key)."""
        org = {"organization": self.organization} if self.organization_known else {}
        return {
            "owners": dict(sorted(self.owners.items())) if self.owners is not None else None,
            **org,
            "repository": self.repository,
            "publisher": self.publisher,
            "attested": self.attested,
            "version": self.version,
            "recorded": self.recorded,
            "source": self.source,
        }


def _now() -> str:
    return dt.datetime.now(dt.timezone.utc).replace(microsecond=0).isoformat()


def record_from(evidence: Evidence, source: str = "first-use") -> TrustRecord:
    """The record describing the project as `evidence` shows it now."""
    project = evidence.project
    att = evidence.attestation
    return TrustRecord(
        project=project.name,
        owners=dict(project.roles) if project.roles is not None else None,
        organization=project.organization,
        organization_known=project.roles is not None,
        repository=project.repository,
        publisher=att.publisher if att.status == "attested" else None,
        attested=att.attested,
        version=evidence.version,
        recorded=_now(),
        source=source,
    )


def describe_owners(record: TrustRecord) -> str:
    """Who may publish, for people: "organization pallets", "alice (Owner)", or "unknown"."""
    people = ", ".join(f"{u} ({r})" for u, r in sorted((record.owners or {}).items()))
    if record.organization:
        return f"organization {record.organization}" + (f" and {people}" if people else "")
    if record.owners is None:
        return "unknown"
    return people or "nobody listed"


# -- comparison ------------------------------------------------------------
@dataclass(frozen=True)
class Comparison:
    """The findings of comparing evidence with a record, and who is new since then."""

    findings: list[Finding]
    new_owners: tuple[str, ...]


def _older(version: str | None, than: str | None) -> bool:
    if version is None or than is None:
        return False
    try:
        return Version(version) < Version(than)
    except InvalidVersion:
        return False


def compare(record: TrustRecord, evidence: Evidence) -> Comparison:
    """Findings for every change between `record` and `evidence` (unknowns never alert)."""
    project = evidence.project
    name, version = project.name, evidence.version
    out: list[Finding] = []
    where = f"trusted record of {record.recorded[:10] or 'an unknown date'} ({record.source})"
    new_owners: tuple[str, ...] = ()
    if record.owners is not None and project.roles is not None:
        before, after = record.owners, project.roles
        added = sorted(set(after) - set(before))
        removed = sorted(set(before) - set(after))
        changed = sorted(u for u in set(before) & set(after) if before[u] != after[u])
        new_owners = tuple(added)
        details = {"before": dict(sorted(before.items())), "after": dict(sorted(after.items()))}
        if added:
            out.append(
                finding(
                    "publishers.owner-added",
                    f"{name}: {', '.join(added)} may publish now but not in the {where}",
                    name,
                    version,
                    details={**details, "added": added},
                )
            )
        if removed:
            out.append(
                finding(
                    "publishers.owner-removed",
                    f"{name}: {', '.join(removed)} could publish in the {where} but no longer",
                    name,
                    version,
                    details={**details, "removed": removed},
                )
            )
        if changed:
            what = ", ".join(f"{u} {before[u]} -> {after[u]}" for u in changed)
            out.append(
                finding(
                    "publishers.role-changed",
                    f"{name}: roles changed since the {where}: {what}",
                    name,
                    version,
                    details={**details, "changed": changed},
                )
            )
    if (
        record.organization_known
        and project.roles is not None
        and project.organization != record.organization
    ):
        out.append(
            finding(
                "publishers.organization-changed",
                f"{name}: owned by organization {project.organization or 'none'}, but by "
                f"{record.organization or 'no organization'} in the {where}",
                name,
                version,
                details={"before": record.organization, "after": project.organization},
            )
        )
    if record.repository is not None and project.found and project.repository != record.repository:
        out.append(
            finding(
                "publishers.repository-changed",
                f"{name}: repository changed from {record.repository} to "
                f"{project.repository or 'no repository'}",
                name,
                version,
                details={"before": record.repository, "after": project.repository},
            )
        )
    att = evidence.attestation
    if record.attested and att.attested is False and not _older(version, record.version):
        out.append(
            finding(
                "publishers.attestations-stopped",
                f"{name} {version}: {att.filename} has no attestations, but "
                f"{record.version or 'the trusted release'} was attested"
                + (f" by {record.publisher}" if record.publisher else ""),
                name,
                version,
                details={
                    "before": {"attested": True, "publisher": record.publisher},
                    "after": {"attested": False, "publisher": None},
                    "trusted_version": record.version,
                },
            )
        )
    if (
        record.publisher is not None
        and att.status == "attested"
        and att.publisher is not None
        and att.publisher != record.publisher
    ):
        out.append(
            finding(
                "publishers.publisher-changed",
                f"{name} {version}: attested by {att.publisher}, but the trusted publisher "
                f"is {record.publisher}",
                name,
                version,
                details={"before": record.publisher, "after": att.publisher},
            )
        )
    return Comparison(out, new_owners)


def fill_unknowns(record: TrustRecord, evidence: Evidence) -> TrustRecord | None:
    """`record` with facts it did not know filled from `evidence`; None when nothing is new.

    A project that starts attesting is recorded as attested (with its
    publisher) from then on, so that a later stop raises an alert.
    """
    fresh = record_from(evidence, record.source)
    changes: dict[str, Any] = {}
    if record.owners is None and fresh.owners is not None:
        changes["owners"] = fresh.owners
    if not record.organization_known and fresh.organization_known:
        changes.update(organization=fresh.organization, organization_known=True)
    if record.repository is None and fresh.repository is not None:
        changes["repository"] = fresh.repository
    if not record.attested and fresh.attested:
        changes.update(attested=True, version=fresh.version)
        if record.publisher is None:
            changes["publisher"] = fresh.publisher
    elif record.attested is None and fresh.attested is False:
        changes["attested"] = False
    if record.publisher is None and fresh.publisher is not None:
        changes["publisher"] = fresh.publisher
    return replace(record, **changes) if changes else None


# -- the store -------------------------------------------------------------
class TrustStore:
    """Trust records, one per project, in a store's shared part (or in `SharedStore` given)."""

    def __init__(self, store: Store | SharedStore) -> None:
        self.shared = store.shared if isinstance(store, Store) else store

    def get(self, project: str) -> TrustRecord | None:
        """The record of a project, if any."""
        key = canonicalize_name(project)
        data = self.shared.trust_get(key)
        if data is None:
            return None
        return _parse_record(key, json.loads(data), "the store", strict=False)

    def put(self, record: TrustRecord) -> None:
        """Write (or replace) the record of a project."""
        data = json.dumps(record.to_json(), sort_keys=True)
        self.shared.trust_put(canonicalize_name(record.project), data)

    def all(self) -> list[TrustRecord]:
        """Every record, sorted by project."""
        rows = self.shared.trust_all()
        return [_parse_record(p, json.loads(d), "the store", strict=False) for p, d in rows]


# -- the trust file --------------------------------------------------------
def default_path(policy: Policy | None = None) -> Path:
    """The trust file: policy ``trust-file`` (relative to the policy file), else
    ``pipwarden-trust.json`` beside the policy file or in the working directory."""
    base = Path.cwd()
    if policy is not None and policy.source:
        base = Path(policy.source.split(" [tool.pipwarden]", 1)[0]).resolve().parent
    if policy is not None and policy.trust_file:
        path = Path(policy.trust_file).expanduser()
        return path if path.is_absolute() else base / path
    return base / DEFAULT_FILE


_RECORD_KEYS = {
    "owners",
    "organization",
    "repository",
    "publisher",
    "attested",
    "version",
    "recorded",
    "source",
}


def _is_roles(value: Any) -> bool:
    return isinstance(value, dict) and all(
        isinstance(k, str) and k and isinstance(v, str) and v for k, v in value.items()
    )


def _parse_record(project: str, data: Any, where: str, *, strict: bool = True) -> TrustRecord:
    at = f"{where}: key 'projects.{project}"
    if not isinstance(data, dict):
        raise TrustFileError(f"{at}' must be an object")
    extra = set(data) - _RECORD_KEYS
    if extra and strict:
        raise TrustFileError(
            f"{at}.{sorted(extra)[0]}' is not a trust record field "
            f"(known: {', '.join(sorted(_RECORD_KEYS))})"
        )
    owners = data.get("owners")
    if owners is not None and not _is_roles(owners):
        raise TrustFileError(
            f'{at}.owners\' must map user names to roles ({{"alice": "Owner"}}) or be null'
        )
    for key in ("organization", "repository", "publisher", "version"):
        value = data.get(key)
        if value is not None and (not isinstance(value, str) or not value):
            raise TrustFileError(f"{at}.{key}' must be a non-empty string or null")
    attested = data.get("attested")
    if attested is not None and not isinstance(attested, bool):
        raise TrustFileError(f"{at}.attested' must be true, false or null")
    recorded = data.get("recorded", "")
    if not isinstance(recorded, str):
        raise TrustFileError(f"{at}.recorded' must be a date-time string")
    source = data.get("source", "imported")
    if not isinstance(source, str) or not source:
        raise TrustFileError(f"{at}.source' must be a string")
    return TrustRecord(
        project=canonicalize_name(project),
        owners=dict(owners) if owners is not None else None,
        organization=data.get("organization"),
        organization_known="organization" in data,
        repository=data.get("repository"),
        publisher=data.get("publisher"),
        attested=attested,
        version=data.get("version"),
        recorded=recorded,
        source=source,
    )


def read_file(path: Path) -> dict[str, TrustRecord]:
    """The records of a trust file by project; TrustFileError names the file and key."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise TrustFileError(f"trust file {path} does not exist") from None
    except OSError as exc:
        raise TrustFileError(f"cannot read trust file {path}: {exc.strerror}") from None
    except UnicodeDecodeError:
        raise TrustFileError(f"{path}: not UTF-8 text") from None
    try:
        data = loads_json(text)  # nesting too deep for the parser is a ValueError too
    except ValueError as exc:
        raise TrustFileError(f"{path}: not valid JSON: {exc}") from None
    except RecursionError:
        raise TrustFileError(f"{path}: not a trust file: JSON nested too deeply") from None
    if not isinstance(data, dict):
        raise TrustFileError(f"{path}: must be a JSON object with 'pipwarden-trust' and 'projects'")
    fmt = data.get("pipwarden-trust")
    if type(fmt) is not int or fmt != FILE_FORMAT:
        raise TrustFileError(
            f"{path}: key 'pipwarden-trust' must be {FILE_FORMAT} (the trust file format)"
        )
    extra = set(data) - {"pipwarden-trust", "projects"}
    if extra:
        raise TrustFileError(f"{path}: key {sorted(extra)[0]!r} is not a trust file field")
    if "projects" not in data:
        raise TrustFileError(f"{path}: key 'projects' is missing (an object of project records)")
    projects = data["projects"]
    if not isinstance(projects, dict):
        raise TrustFileError(f"{path}: key 'projects' must be an object of project records")
    out: dict[str, TrustRecord] = {}
    for name, record in projects.items():
        key = canonicalize_name(name)
        if not name or key in out:
            raise TrustFileError(f"{path}: key 'projects.{name}' is empty or a duplicate")
        out[key] = _parse_record(name, record, str(path))
    return out


def render(records: Iterable[TrustRecord]) -> str:
    """The trust file text: sorted keys, two-space indent, newline at the end."""
    projects = {canonicalize_name(r.project): r.to_json() for r in records}
    doc = {"pipwarden-trust": FILE_FORMAT, "projects": dict(sorted(projects.items()))}
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write_file(path: Path, records: Iterable[TrustRecord]) -> None:
    """Write a trust file atomically."""
    try:
        paths.write_atomic(path, render(records).encode("utf-8"))
    except OSError as exc:
        raise TrustFileError(f"cannot write trust file {path}: {exc.strerror}") from None


def export_file(trust: TrustStore, path: Path, *, replace_file: bool = False) -> tuple[int, int]:
    """Write the store's records to `path`: (records written, records new to the file).

    An existing file is merged, not overwritten: its (reviewed) records are
    kept and the store adds the projects the file does not name yet. With
    `replace_file`, the file holds exactly the store's records.
    """
    existing = read_file(path) if path.is_file() and not replace_file else {}
    merged = dict(existing)
    for record in trust.all():
        merged.setdefault(record.project, record)
    write_file(path, merged.values())
    return len(merged), len(merged) - len(existing)


def import_file(trust: TrustStore, path: Path) -> int:
    """Read `path` into the store (replacing the projects it names); the number read."""
    records = read_file(path)
    for record in records.values():
        trust.put(record)
    return len(records)


def accept(
    trust: TrustStore, evidence: Evidence, file: Path | None = None
) -> tuple[TrustRecord | None, TrustRecord]:
    """Record the project as it is now (a reviewed change): (before, after).

    With `file` (an existing trust file), the record there is replaced too.
    """
    before = trust.get(evidence.project.name)
    file_records: dict[str, TrustRecord] | None = None
    if file is not None and file.is_file():
        file_records = read_file(file)
        before = file_records.get(evidence.project.name, before)
    after = record_from(evidence, "accepted")
    trust.put(after)
    if file is not None and file_records is not None:
        file_records[after.project] = after
        write_file(file, file_records.values())
    return before, after
