"""Where dependencies come from: requirement files, pyproject.toml, lock files, environments.

Every source yields `Dependency` records. A dependency that cannot be audited
(a URL or VCS requirement, a local path, an unpinned range) is still yielded,
with `skip` saying why, so nothing is dropped silently.
"""

from __future__ import annotations

import email.parser
import json
import re
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

from pipwarden.errors import PipwardenError
from pipwarden.limits import (
    MAX_REQUIREMENT_LENGTH,
    clip,
    loads_json,
    loads_toml,
    validate_name,
    validate_requirement_text,
)
from pipwarden.request import egg_name, requirement_lines

NOT_PINNED = "not pinned"


@dataclass(frozen=True)
class Dependency:
    """One dependency as a source states it.

    `version` is the exact version when the source pins one. `skip` is None
    for an auditable dependency, otherwise the reason it is not audited
    ("not pinned", "URL requirement", ...). `file`/`line` locate it.
    """

    name: str
    version: str | None
    file: str | None = None
    line: int | None = None
    skip: str | None = None
    #: The requirement as written (for messages and --fix), if it has a text form.
    text: str = ""
    #: True when the line carries --hash options (a fix would invalidate them).
    hashed: bool = False
    #: The PEP 508 requirement, for unpinned ones (what a resolver is asked for).
    requirement: str = ""
    #: How the version was found when the source does not pin it ("resolved by pip").
    via: str | None = None

    @property
    def key(self) -> str:
        """The PEP 503 normalized name."""
        return canonicalize_name(self.name)


class SourceError(PipwardenError):
    """A dependency source that cannot be read (with file and line when known)."""


# ---------------------------------------------------------------------------
# Pins
# ---------------------------------------------------------------------------
def pinned_version(req: Requirement) -> str | None:
    """The exact version `req` pins (``==X`` without wildcard, or ``===X``), else None."""
    specs = list(req.specifier)
    if len(specs) != 1:
        return None
    spec = specs[0]
    if spec.operator == "===" or (spec.operator == "==" and not spec.version.endswith(".*")):
        return spec.version
    return None


def from_requirement(
    req: Requirement, file: str | None, line: int | None, text: str = "", hashed: bool = False
) -> Dependency:
    """A Dependency from a PEP 508 requirement."""
    if req.url:
        kind = "VCS requirement" if re.match(r"^\w+\+", req.url) else "URL requirement"
        return Dependency(req.name, None, file, line, f"{kind} ({req.url}): not auditable", text)
    version = pinned_version(req)
    if version is None:
        spec = str(req.specifier) or "any version"
        return Dependency(
            req.name, None, file, line, f"{NOT_PINNED} ({spec})", text, hashed, str(req)
        )
    return Dependency(req.name, version, file, line, None, text, hashed)


# ---------------------------------------------------------------------------
# Requirements files (pip's syntax)
# ---------------------------------------------------------------------------
_SIMPLE_PIN = re.compile(
    r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)\s*==\s*([A-Za-z0-9][A-Za-z0-9.+!_-]*)$"
)


def parse_requirements(
    path: Path,
    *,
    constraints: dict[str, Dependency] | None = None,
    _seen: frozenset[Path] = frozenset(),
) -> list[Dependency]:
    """The dependencies of a requirements file, following -r and -c includes."""
    path = Path(path)
    resolved = path.resolve()
    if resolved in _seen:
        raise SourceError(f"{path}: includes itself (-r cycle)")
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError:
        raise SourceError(f"{path}: not UTF-8 text") from None
    _check_line_lengths(text, path)
    seen = _seen | {resolved}
    deps: list[Dependency] = []
    constraints = constraints if constraints is not None else {}
    for first, raw, line in requirement_lines(text):
        where = f"{path}:{first}"
        validate_requirement_text(line, where)
        tokens = line.split()
        head = tokens[0]
        include = _include(tokens)
        if include is not None:
            opt, value = include
            if not value:
                raise SourceError(f"{where}: {opt} needs a file name")
            if value.startswith(("http://", "https://")):
                raise SourceError(f"{where}: remote includes ({value}) are not supported")
            target = Path(value) if Path(value).is_absolute() else path.parent / value
            if opt in ("-r", "--requirement"):
                deps += parse_requirements(target, constraints=constraints, _seen=seen)
            else:
                for dep in parse_requirements(target, _seen=seen):
                    if dep.version is not None:
                        constraints[dep.key] = dep
            continue
        if head in ("-e", "--editable") or head.startswith("--editable="):
            value = head.partition("=")[2] or (tokens[1] if len(tokens) > 1 else "")
            name = egg_name(value) or value
            deps.append(Dependency(name, None, str(path), first, "editable: not auditable", raw))
            continue
        if head.startswith("-"):
            continue  # index options, --no-binary ... do not name packages
        # As pip does: the requirement runs up to the first token starting with "-".
        req_tokens: list[str] = []
        rest: list[str] = []
        for tok in tokens:
            if rest or tok.startswith("-"):
                rest.append(tok)
            else:
                req_tokens.append(tok)
        hashed = any(tok.startswith("--hash") for tok in rest)
        req_text = " ".join(req_tokens)
        simple = _SIMPLE_PIN.match(req_text)
        if simple:  # the common case, without the full PEP 508 parser
            name, version = simple.groups()
            deps.append(Dependency(name, version, str(path), first, None, raw, hashed))
            continue
        if _looks_like_path_or_url(req_text):
            name = egg_name(req_text) or req_text
            kind = "VCS requirement" if re.match(r"^\w+\+", req_text) else "URL/path requirement"
            deps.append(Dependency(name, None, str(path), first, f"{kind}: not auditable", raw))
            continue
        try:
            req = Requirement(req_text)
        except InvalidRequirement as exc:
            raise SourceError(f"{where}: invalid requirement {clip(req_text)!r}: {exc}") from None
        deps.append(from_requirement(req, str(path), first, raw, hashed))
    if _seen:
        return deps
    # Constraints (-c) pin what the requirements leave open, wherever they appear.
    return [_constrained(dep, constraints) for dep in deps]


def _check_line_lengths(text: str, path: Path) -> None:
    """SourceError for a physical line too long to be a requirement (before any regex runs)."""
    if len(text) <= MAX_REQUIREMENT_LENGTH:
        return
    for number, line in enumerate(text.splitlines(), 1):
        validate_requirement_text(line, f"{path}:{number}")


def _constrained(dep: Dependency, constraints: dict[str, Dependency]) -> Dependency:
    """`dep` pinned by a constraint; it then points at the constraint's line (for --fix)."""
    if dep.version is None and dep.skip and dep.skip.startswith(NOT_PINNED):
        pin = constraints.get(dep.key)
        if pin is not None:
            return replace(
                dep,
                version=pin.version,
                skip=None,
                file=pin.file,
                line=pin.line,
                hashed=pin.hashed,
                text=pin.text,
            )
    return dep


def _include(tokens: list[str]) -> tuple[str, str] | None:
    """(option, file) when the line is a -r/-c include."""
    head = tokens[0]
    for opt in ("--requirement", "--constraint"):
        if head == opt:
            return opt, tokens[1] if len(tokens) > 1 else ""
        if head.startswith(opt + "="):
            return opt, head[len(opt) + 1 :]
    if head[:2] in ("-r", "-c") and not head.startswith("--"):
        value = head[2:].lstrip("=") or (tokens[1] if len(tokens) > 1 else "")
        return head[:2], value
    return None


def _looks_like_path_or_url(text: str) -> bool:
    if re.match(r"^[A-Za-z0-9][A-Za-z0-9._-]*\s*(\[[^\]]*\])?\s*@", text):
        return False  # PEP 508 "name @ url": the requirement parser reports it
    if re.match(r"^[a-zA-Z][\w+.-]*://", text) or re.match(r"^\w+\+\w+://", text):
        return True
    return text.startswith((".", "/", "~")) or text.endswith((".whl", ".zip", ".tar.gz"))


# ---------------------------------------------------------------------------
# pyproject.toml and lock files
# ---------------------------------------------------------------------------
def _load_toml(path: Path) -> dict[str, Any]:
    try:
        data: dict[str, Any] = loads_toml(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    except ValueError as exc:  # TOMLDecodeError, UnicodeDecodeError, TooDeeplyNested
        raise SourceError(f"{path}: not valid TOML: {exc}") from None
    return data


def _req_list(values: Any, file: str, where: str) -> list[Dependency]:
    if not isinstance(values, list):
        raise SourceError(f"{file}: {where} must be a list of requirement strings")
    out = []
    for value in values:
        if not isinstance(value, str):
            raise SourceError(f"{file}: {where} must be a list of requirement strings")
        validate_requirement_text(value, f"{file}: {where}")
        try:
            req = Requirement(value)
        except InvalidRequirement as exc:
            raise SourceError(
                f"{file}: {where}: invalid requirement {clip(value)!r}: {exc}"
            ) from None
        out.append(from_requirement(req, file, _line_of(file, value), value))
    return out


def _line_of(file: str, needle: str) -> int | None:
    try:
        for n, line in enumerate(Path(file).read_text(encoding="utf-8").splitlines(), 1):
            if needle in line:
                return n
    except (OSError, UnicodeDecodeError):
        return None
    return None


def parse_pyproject(path: Path) -> list[Dependency]:
    """PEP 621 dependencies and optional dependencies, and PEP 735 dependency groups."""
    data = _load_toml(path)
    file = str(path)
    deps: list[Dependency] = []
    project = data.get("project", {})
    if isinstance(project, dict):
        deps += _req_list(project.get("dependencies", []), file, "project.dependencies")
        optional = project.get("optional-dependencies", {})
        if not isinstance(optional, dict):
            raise SourceError(f"{file}: project.optional-dependencies must be a table")
        for extra, values in optional.items():
            deps += _req_list(values, file, f"project.optional-dependencies.{extra}")
    groups = data.get("dependency-groups", {})
    if not isinstance(groups, dict):
        raise SourceError(f"{file}: dependency-groups must be a table")
    for group, values in groups.items():
        if not isinstance(values, list):
            raise SourceError(f"{file}: dependency-groups.{group} must be a list")
        # {include-group = "..."} entries name other groups, all of which are read anyway.
        strings = [v for v in values if not isinstance(v, dict)]
        deps += _req_list(strings, file, f"dependency-groups.{group}")
    return deps


def _entry_lines(path: Path, header: str) -> list[int]:
    """Line numbers of the ``name =`` key of each ``[[header]]`` table, in order."""
    out: list[int] = []
    inside = False
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == f"[[{header}]]"
            continue
        if inside and re.match(r"name\s*=", stripped):
            out.append(n)
            inside = False
    return out


def _line(lines: list[int], i: int) -> int | None:
    return lines[i] if i < len(lines) else None


def parse_pylock(path: Path) -> list[Dependency]:
    """PEP 751 pylock.toml: every ``[[packages]]`` entry."""
    data = _load_toml(path)
    packages = data.get("packages")
    if not isinstance(packages, list):
        raise SourceError(f"{path}: not a pylock file (no [[packages]])")
    lines = _entry_lines(path, "packages")
    deps = []
    for i, pkg in enumerate(packages):
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            raise SourceError(f"{path}: packages[{i}] has no name")
        version = pkg.get("version")
        skip = None
        if "vcs" in pkg:
            skip = "VCS package: not auditable"
        elif "directory" in pkg:
            skip = "local directory: not auditable"
        elif "archive" in pkg and not isinstance(version, str):
            skip = "archive without a version: not auditable"
        elif not isinstance(version, str):
            skip = "no version in the lock file"
        deps.append(
            Dependency(
                pkg["name"],
                version if skip is None else None,
                str(path),
                _line(lines, i),
                skip,
            )
        )
    return deps


def parse_uv_lock(path: Path) -> list[Dependency]:
    """uv.lock: every ``[[package]]``; local projects (editable, virtual) are not auditable."""
    data = _load_toml(path)
    packages = data.get("package")
    if not isinstance(packages, list):
        raise SourceError(f"{path}: not a uv lock file (no [[package]])")
    lines = _entry_lines(path, "package")
    deps = []
    for i, pkg in enumerate(packages):
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            raise SourceError(f"{path}: package[{i}] has no name")
        source = pkg.get("source", {})
        source = source if isinstance(source, dict) else {}
        version = pkg.get("version")
        skip = None
        if "git" in source:
            skip = "git source: not auditable"
        elif {"editable", "virtual", "directory", "path"} & set(source):
            skip = "local project: not auditable"
        elif not isinstance(version, str):
            skip = "no version in the lock file"
        deps.append(
            Dependency(
                pkg["name"],
                version if skip is None else None,
                str(path),
                _line(lines, i),
                skip,
            )
        )
    return deps


def parse_poetry_lock(path: Path) -> list[Dependency]:
    """poetry.lock: every ``[[package]]``; git, directory and file sources are not auditable."""
    data = _load_toml(path)
    packages = data.get("package")
    if not isinstance(packages, list):
        raise SourceError(f"{path}: not a poetry lock file (no [[package]])")
    lines = _entry_lines(path, "package")
    deps = []
    for i, pkg in enumerate(packages):
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            raise SourceError(f"{path}: package[{i}] has no name")
        source = pkg.get("source", {})
        kind = source.get("type") if isinstance(source, dict) else None
        version = pkg.get("version")
        skip = None
        if kind in ("git", "directory", "file", "url"):
            skip = f"{kind} source: not auditable"
        elif not isinstance(version, str):
            skip = "no version in the lock file"
        deps.append(
            Dependency(
                pkg["name"],
                version if skip is None else None,
                str(path),
                _line(lines, i),
                skip,
            )
        )
    return deps


def parse_pipfile_lock(path: Path) -> list[Dependency]:
    """Pipfile.lock: the ``default`` and ``develop`` sections."""
    try:
        data = loads_json(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    except (ValueError, UnicodeDecodeError) as exc:
        raise SourceError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not ({"default", "develop"} & set(data)):
        raise SourceError(f"{path}: not a Pipfile.lock (no default/develop sections)")
    deps = []
    for section in ("default", "develop"):
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise SourceError(f"{path}: {section} must be an object")
        for name, entry in entries.items():
            entry = entry if isinstance(entry, dict) else {}
            spec = entry.get("version")
            if any(k in entry for k in ("git", "hg", "svn", "bzr")):
                deps.append(Dependency(name, None, str(path), None, "VCS: not auditable"))
            elif any(k in entry for k in ("path", "file")):
                deps.append(Dependency(name, None, str(path), None, "path/URL: not auditable"))
            elif isinstance(spec, str) and spec.startswith("==") and "*" not in spec:
                deps.append(Dependency(name, spec[2:].strip(), str(path), None))
            else:
                deps.append(Dependency(name, None, str(path), None, f"{NOT_PINNED} ({spec})"))
    return deps


# ---------------------------------------------------------------------------
# Installed environments
# ---------------------------------------------------------------------------
def site_packages(root: Path) -> list[Path]:
    """The site-packages folders of a virtual environment (or `root` itself)."""
    from pipwarden.environment import venv_site_packages

    if list(root.glob("*.dist-info")):
        return [root]
    return venv_site_packages(root)


def parse_environment(root: Path) -> list[Dependency]:
    """Installed distributions, read from ``*.dist-info/METADATA`` (nothing is imported)."""
    if not root.is_dir():
        raise SourceError(f"{root}: no such environment folder")
    folders = site_packages(root)
    if not folders:
        raise SourceError(f"{root}: no site-packages found (is it a virtual environment?)")
    parser = email.parser.HeaderParser()
    deps = []
    for folder in folders:
        for info in sorted(folder.glob("*.dist-info")):
            meta = info / "METADATA"
            try:
                msg = parser.parsestr(meta.read_text(encoding="utf-8", errors="replace"))
            except OSError:
                continue
            name, version = msg.get("Name"), msg.get("Version")
            if not name or not version:
                continue
            direct = info / "direct_url.json"
            skip = None
            if direct.is_file():
                try:
                    url = json.loads(direct.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    url = {}
                if isinstance(url, dict) and ("vcs_info" in url or "dir_info" in url):
                    skip = "installed from a local folder or VCS: not auditable"
            deps.append(Dependency(name, version if skip is None else None, str(meta), None, skip))
    return deps


# ---------------------------------------------------------------------------
# Dispatch
# ---------------------------------------------------------------------------
def kind_of(path: Path) -> str:
    """Which parser reads `path`: requirements, pyproject, pylock, uv, poetry, pipfile."""
    name = path.name
    if name == "pyproject.toml":
        return "pyproject"
    if name == "pylock.toml" or re.fullmatch(r"pylock\.[^.]+\.toml", name):
        return "pylock"
    if name == "uv.lock":
        return "uv"
    if name == "poetry.lock":
        return "poetry"
    if name == "Pipfile.lock":
        return "pipfile"
    if name.endswith((".lock", ".toml", ".json")):
        raise SourceError(
            f"{path}: unknown lock file format (known: requirements files, pyproject.toml, "
            "pylock.toml, uv.lock, poetry.lock, Pipfile.lock)"
        )
    return "requirements"


_PARSERS = {
    "requirements": parse_requirements,
    "pyproject": parse_pyproject,
    "pylock": parse_pylock,
    "uv": parse_uv_lock,
    "poetry": parse_poetry_lock,
    "pipfile": parse_pipfile_lock,
}


def read(path: Path) -> list[Dependency]:
    """The dependencies of one file, chosen by its name."""
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    deps = _PARSERS[kind_of(path)](path)
    for dep in deps:
        validate_name(dep.name, f"{dep.file or path}:{dep.line}" if dep.line else str(path))
    return deps
