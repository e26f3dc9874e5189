"""Publisher evidence for one project: who may publish it and how its releases came to be.

The facts, and the pure parsers that read them from the index's documents:
the PyPI JSON API document (``/pypi/NAME/json``: ownership roles, releases
with upload times and yank state, project URLs, emails, description,
classifiers), the simple API's PEP 691 JSON page (the upload time of each
file and, where the index implements PEP 740, which files carry a provenance
object) and a PEP 740 provenance object (the attestations of one file and the
trusted publisher that made them). `publishers.lookup` asks the index for
them; `publishers.repository` reads repository URLs.

Every field is optional: a missing or malformed field is treated as absent.
Attestation signatures are *not* verified here (that needs sigstore and its
online trust root); the publisher identity is read from the provenance object
as the index serves it, and `Attestation.verified` says so.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field
from typing import Any

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.index import filename_version
from pipwarden.publishers.repository import repository_url
from pipwarden.wording import plural

#: Bumped whenever the cached form of `ProjectEvidence` changes.
_CACHE_FORMAT = 3

_EMAIL = re.compile(r"[A-Za-z0-9._%+\-]+@((?:[A-Za-z0-9\-]+\.)+[A-Za-z]{2,})")


@dataclass(frozen=True)
class Release:
    """One release of a project: its version, first upload and yank state."""

    version: str
    uploaded: dt.datetime | None
    yanked: bool = False
    yanked_reason: str | None = None


@dataclass(frozen=True)
class ProjectEvidence:
    """What the index says about a project (absent facts are None or empty).

    `roles` maps each user who may publish to their role ("Owner",
    "Maintainer"); None when the index does not expose ownership (or lists
    nobody and no organization, which no real project has); empty for a
    project an `organization` owns without individual collaborators. `releases`
    are in version order, oldest first (unparseable versions last).
    `pep740` is true when the index's simple API announces provenance for
    files, and `provenance` maps attested file names to their provenance URL.
    `error` says why the evidence is incomplete (HTTP error, no JSON API);
    `unreadable` is set when that is because an answer could not be read
    (an HTTP error after retries, not JSON, JSON of the wrong shape), as
    opposed to a project the index does not have.
    """

    name: str
    index: str
    found: bool = False
    roles: dict[str, str] | None = None
    organization: str | None = None
    releases: tuple[Release, ...] = ()
    repository: str | None = None
    project_urls: dict[str, str] = field(default_factory=dict)
    emails: tuple[str, ...] = ()
    description_length: int = 0
    summary: str = ""
    classifiers: tuple[str, ...] = ()
    latest: str | None = None
    pep740: bool = False
    provenance: dict[str, str] = field(default_factory=dict)
    files: dict[str, tuple[str, ...]] = field(default_factory=dict)
    error: str | None = None
    #: Which source answered something unreadable ("json-api", "simple-api"), None when
    #: every answer could be read (an absent project is readable). Never cached.
    unreadable: str | None = None

    @property
    def owners(self) -> tuple[str, ...] | None:
        """The users who may publish, sorted; None when unknown."""
        return None if self.roles is None else tuple(sorted(self.roles))

    def release(self, version: str) -> Release | None:
        """The release with this version (compared as versions when possible)."""
        want = _version_or_none(version)
        for rel in self.releases:
            if rel.version == version:
                return rel
            if want is not None and _version_or_none(rel.version) == want:
                return rel
        return None

    @property
    def first_upload(self) -> dt.datetime | None:
        """When the project's first file was uploaded."""
        times = [r.uploaded for r in self.releases if r.uploaded is not None]
        return min(times) if times else None

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready mapping (the store's cache form)."""
        return {
            "format": _CACHE_FORMAT,
            "name": self.name,
            "index": self.index,
            "found": self.found,
            "roles": self.roles,
            "organization": self.organization,
            "releases": [
                [
                    r.version,
                    r.uploaded.isoformat() if r.uploaded else None,
                    r.yanked,
                    r.yanked_reason,
                ]
                for r in self.releases
            ],
            "repository": self.repository,
            "project_urls": self.project_urls,
            "emails": list(self.emails),
            "description_length": self.description_length,
            "summary": self.summary,
            "classifiers": list(self.classifiers),
            "latest": self.latest,
            "pep740": self.pep740,
            "provenance": self.provenance,
            "files": {k: list(v) for k, v in self.files.items()},
            "error": self.error,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ProjectEvidence:
        """The inverse of `to_json`; KeyError/TypeError/ValueError on a foreign shape."""
        if data.get("format") != _CACHE_FORMAT:
            raise ValueError("old cache format")
        return cls(
            name=data["name"],
            index=data["index"],
            found=bool(data["found"]),
            roles=data["roles"],
            organization=data["organization"],
            releases=tuple(
                Release(v, parse_time(t), bool(y), r) for v, t, y, r in data["releases"]
            ),
            repository=data["repository"],
            project_urls=dict(data["project_urls"]),
            emails=tuple(data["emails"]),
            description_length=int(data["description_length"]),
            summary=data["summary"],
            classifiers=tuple(data["classifiers"]),
            latest=data["latest"],
            pep740=bool(data["pep740"]),
            provenance=dict(data["provenance"]),
            files={k: tuple(v) for k, v in data["files"].items()},
            error=data["error"],
        )


@dataclass(frozen=True)
class Attestation:
    """The PEP 740 state of one file.

    `status` is "attested" (a provenance object was served), "none" (the
    index implements PEP 740 and the file has no attestation),
    "unavailable" (the index does not offer attestations) or "error".
    `publisher` is a stable identity string such as
    ``GitHub:pypa/sampleproject@release.yml``; `verified` is always False:
    signatures are not checked (see the module docstring).
    """

    filename: str | None
    status: str
    publisher: str | None = None
    publisher_details: dict[str, Any] = field(default_factory=dict)
    verified: bool = False
    message: str = ""

    @property
    def attested(self) -> bool | None:
        """True/False when the index answered; None when it could not say."""
        if self.status == "attested":
            return True
        if self.status == "none":
            return False
        return None


@dataclass(frozen=True)
class Evidence:
    """Everything gathered for one candidate: its project and its file's attestations."""

    project: ProjectEvidence
    attestation: Attestation
    version: str | None = None
    filename: str | None = None


# -- parsing helpers ------------------------------------------------------
def parse_time(value: Any) -> dt.datetime | None:
    """An aware UTC datetime from an ISO 8601 string, or None if absent or malformed."""
    if not isinstance(value, str) or not value:
        return None
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        parsed = dt.datetime.fromisoformat(text)
    except ValueError:
        # Python 3.10 accepts only 0, 3 or 6 fractional digits.
        m = re.fullmatch(r"(.*T\d\d:\d\d:\d\d)(\.\d+)?(.*)", text)
        if not m:
            return None
        frac = (m.group(2) or ".0")[1:7].ljust(6, "0")
        try:
            parsed = dt.datetime.fromisoformat(f"{m.group(1)}.{frac}{m.group(3)}")
        except ValueError:
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


@functools.lru_cache(maxsize=1 << 16)
def _version_or_none(text: str) -> Version | None:
    try:
        return Version(text)
    except (InvalidVersion, TypeError):
        return None


def _str(value: Any) -> str:
    return value if isinstance(value, str) else ""


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _roles(ownership: Any) -> tuple[dict[str, str] | None, str | None]:
    own = _dict(ownership)
    if "roles" not in own or not isinstance(own["roles"], list):
        return None, None
    roles: dict[str, str] = {}
    rank = {"owner": 0, "maintainer": 1}
    for item in own["roles"]:
        if not isinstance(item, dict):
            continue
        user, role = item.get("user"), item.get("role")
        if not isinstance(user, str) or not user:
            continue
        role = role if isinstance(role, str) and role else "Maintainer"
        previous = roles.get(user)
        if previous is None or rank.get(role.lower(), 9) < rank.get(previous.lower(), 9):
            roles[user] = role
    org = own.get("organization")
    org = org if isinstance(org, str) and org else None
    # Every project on PyPI has an owner: an empty list means the index does not say,
    # unless an organization owns the project (PyPI lists only its individual
    # collaborators, often none).
    if not roles and org is None:
        return None, None
    return roles, org


def _sort_releases(found: dict[str, Release]) -> tuple[Release, ...]:
    good: list[tuple[Version, Release]] = []
    bad: list[Release] = []
    for rel in found.values():
        ver = _version_or_none(rel.version)
        if ver is None:
            bad.append(rel)
        else:
            good.append((ver, rel))
    good.sort(key=lambda pair: pair[0])
    return tuple(r for _, r in good) + tuple(sorted(bad, key=lambda r: r.version))


def parse_project(
    name: str,
    index: str,
    doc: dict[str, Any] | None,
    simple: dict[str, Any] | None = None,
) -> ProjectEvidence:
    """Evidence from a JSON API document and a PEP 691 simple document (either may be None)."""
    key = canonicalize_name(name)
    if doc is None and simple is None:
        return ProjectEvidence(name=key, index=index)
    info = _dict((doc or {}).get("info"))
    roles, org = _roles((doc or {}).get("ownership"))
    found: dict[str, Release] = {}
    files: dict[str, list[str]] = {}
    for version, entries in _dict((doc or {}).get("releases")).items():
        if not isinstance(version, str):
            continue
        times: list[dt.datetime] = []
        yanked_flags: list[bool] = []
        reason: str | None = None
        for entry in entries if isinstance(entries, list) else []:
            if not isinstance(entry, dict):
                continue
            t = parse_time(entry.get("upload_time_iso_8601")) or parse_time(
                entry.get("upload_time")
            )
            if t is not None:
                times.append(t)
            yanked_flags.append(entry.get("yanked") is True)
            if isinstance(entry.get("yanked_reason"), str) and entry["yanked_reason"]:
                reason = entry["yanked_reason"]
            if isinstance(entry.get("filename"), str):
                files.setdefault(version, []).append(entry["filename"])
        found[version] = Release(
            version,
            min(times) if times else None,
            bool(yanked_flags) and all(yanked_flags),
            reason,
        )
    canon: dict[str, str] = {}
    for version in found:
        parsed_version = _version_or_none(version)
        canon[str(parsed_version) if parsed_version is not None else version] = version
    pep740 = False
    provenance: dict[str, str] = {}
    simple_times: dict[str, list[dt.datetime]] = {}
    simple_yanked: dict[str, list[bool]] = {}
    simple_files = simple.get("files") if isinstance(simple, dict) else None
    for item in simple_files if isinstance(simple_files, list) else []:
        if not isinstance(item, dict) or not isinstance(item.get("filename"), str):
            continue
        filename = item["filename"]
        parsed = filename_version(filename)
        file_version = None if parsed is None else str(parsed)
        if "provenance" in item:
            pep740 = True
            if isinstance(item["provenance"], str) and item["provenance"]:
                provenance[filename] = item["provenance"]
        if file_version is None:
            continue
        file_version = canon.get(file_version, file_version)
        t = parse_time(item.get("upload-time"))
        if t is not None:
            simple_times.setdefault(file_version, []).append(t)
        simple_yanked.setdefault(file_version, []).append(bool(item.get("yanked")))
        if filename not in files.get(file_version, ()):
            files.setdefault(file_version, []).append(filename)
    for version, times in simple_times.items():
        rel = found.get(version)
        if rel is None:
            flags = simple_yanked.get(version, [])
            found[version] = Release(version, min(times), bool(flags) and all(flags))
        elif rel.uploaded is None:
            found[rel.version] = Release(rel.version, min(times), rel.yanked, rel.yanked_reason)
    urls_raw = _dict(info.get("project_urls"))
    project_urls = {str(k): v for k, v in urls_raw.items() if isinstance(v, str) and v.strip()}
    emails = sorted(
        {
            m.group(0).lower()
            for fieldname in ("author_email", "maintainer_email")
            for m in _EMAIL.finditer(_str(info.get(fieldname)))
        }
    )
    description = _str(info.get("description")).strip()
    if description.upper() == "UNKNOWN":
        description = ""
    summary = _str(info.get("summary")).strip()
    if summary.upper() == "UNKNOWN":
        summary = ""
    classifiers = tuple(c for c in info.get("classifiers") or () if isinstance(c, str))
    latest = info.get("version") if isinstance(info.get("version"), str) else None
    releases = _sort_releases(found)
    if latest is None and releases:
        latest = releases[-1].version
    return ProjectEvidence(
        name=key,
        index=index,
        found=doc is not None,
        roles=roles,
        organization=org,
        releases=releases,
        repository=repository_url(project_urls, _str(info.get("home_page"))),
        project_urls=project_urls,
        emails=tuple(emails),
        description_length=len(description),
        summary=summary,
        classifiers=classifiers,
        latest=latest,
        pep740=pep740,
        provenance=provenance,
        files={k: tuple(v) for k, v in files.items()},
        error=None if doc is not None else f"no JSON API document at {index}",
    )


def publisher_identity(publisher: dict[str, Any]) -> str | None:
    """A stable, human-readable identity of a PEP 740 publisher object.

    ``GitHub:owner/repo@workflow.yml[env]``, ``GitLab:group/project@.gitlab-ci.yml``,
    ``Google:email``; other kinds list their string fields in key order.
    """
    kind = publisher.get("kind")
    if not isinstance(kind, str) or not kind:
        return None
    fields = {k: v for k, v in publisher.items() if isinstance(v, str) and v and k != "kind"}
    repo = fields.pop("repository", None)
    workflow = fields.pop("workflow", None) or fields.pop("workflow_filepath", None)
    env = fields.pop("environment", None)
    if repo:
        text = f"{kind}:{repo}"
        if workflow:
            text += f"@{workflow}"
        if env:
            text += f"[{env}]"
        return text
    if fields:
        return f"{kind}:" + ",".join(f"{k}={fields[k]}" for k in sorted(fields))
    return kind


def parse_provenance(filename: str, doc: Any) -> Attestation:
    """The attestation state from a PEP 740 provenance object (malformed -> "error")."""
    bundles = _dict(doc).get("attestation_bundles")
    if not isinstance(bundles, list) or not bundles:
        return Attestation(
            filename, "error", message="provenance object has no attestation bundles"
        )
    identities: list[str] = []
    details: dict[str, Any] = {}
    count = 0
    for bundle in bundles:
        if not isinstance(bundle, dict):
            continue
        pub = _dict(bundle.get("publisher"))
        ident = publisher_identity(pub)
        if ident and ident not in identities:
            identities.append(ident)
            details = {k: v for k, v in pub.items() if k != "claims" and isinstance(v, str)}
        atts = bundle.get("attestations")
        count += len(atts) if isinstance(atts, list) else 0
    if count == 0:
        return Attestation(filename, "error", message="provenance object holds no attestations")
    return Attestation(
        filename,
        "attested",
        publisher=" | ".join(sorted(identities)) or None,
        publisher_details=details,
        message=f"{plural(count, 'attestation')}; signatures not verified by pipwarden",
    )


def json_api_problem(doc: Any) -> str | None:
    """Why `doc` is not a PyPI JSON API project document, or None when it is one.

    Only what the publisher checks read is required: ``info`` and
    ``releases`` objects, each release a list of file objects, and
    ``ownership`` (when present) an object whose ``roles`` are objects
    naming a user.
    """
    if not isinstance(doc, dict):
        return f"answered JSON {type(doc).__name__} instead of a project object"
    for key in ("info", "releases"):
        if not isinstance(doc.get(key), dict):
            return f"answered an object without {key!r} (an object), not a project document"
    for version, files in doc["releases"].items():
        if not isinstance(files, list) or not all(isinstance(f, dict) for f in files):
            return f"key 'releases.{version}' is not a list of file objects"
    urls = doc["info"].get("project_urls")
    if urls is not None and not isinstance(urls, dict):
        return "key 'info.project_urls' is not an object"
    ownership = doc.get("ownership")
    if ownership is None:
        return None
    if not isinstance(ownership, dict):
        return "key 'ownership' is not an object"
    roles = ownership.get("roles")
    if roles is None:
        return None
    if not isinstance(roles, list):
        return "key 'ownership.roles' is not a list"
    for i, role in enumerate(roles):
        if not isinstance(role, dict) or not isinstance(role.get("user"), str):
            return f"key 'ownership.roles[{i}]' is not an object with a 'user' string"
        if not isinstance(role.get("role", ""), str):
            return f"key 'ownership.roles[{i}].role' is not a string"
    return None
