"""Manifests and lock files: pyproject.toml, setup.cfg, Pipfile, Pipfile.lock,
pylock.toml, uv.lock, poetry.lock, pdm.lock and conda's environment.yml.

Each parser takes a file's path and text and returns a `Loaded`. Entries that
cannot be matched against advisories (VCS, local folders, unpinned ranges)
are kept with the reason, and a VCS entry names its commit.
"""

from __future__ import annotations

import configparser
import re
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement

from pipwarden.audit.dependency import (
    NOT_PINNED,
    Dependency,
    Loaded,
    SourceError,
    from_requirement,
    pin_of,
)
from pipwarden.limits import clip, loads_json, loads_toml, validate_requirement_text

#: The pylock.toml major version read here (PEP 751: refuse an unknown major).
PYLOCK_MAJOR = 1


def _toml(path: Path, text: str) -> dict[str, Any]:
    try:
        return loads_toml(text)
    except ValueError as exc:  # TOMLDecodeError, TooDeeplyNested
        raise SourceError(f"{path}: not valid TOML: {exc}") from None


def _vcs_skip(kind: str, url: str, commit: str | None) -> str:
    at = f" at commit {commit}" if commit else " (no commit recorded)"
    return f"VCS ({kind}) {url}{at}: not matched against advisories"


def _req(value: str, file: str, where: str, line: int | None) -> Dependency:
    validate_requirement_text(value, f"{file}: {where}")
    try:
        req = Requirement(value)
    except InvalidRequirement as exc:
        reason = str(exc).splitlines()[0]
        raise SourceError(
            f"{file}: {where}: invalid requirement {clip(value)!r}: {reason}"
        ) from None
    return from_requirement(req, file, line, value)


def _line_of(lines: list[str], needle: str, start: int = 0) -> int | None:
    for n in range(start, len(lines)):
        if needle in lines[n]:
            return n + 1
    return None


def _req_list(values: Any, file: str, where: str, lines: list[str]) -> list[Dependency]:
    if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
        raise SourceError(f"{file}: {where} must be a list of requirement strings")
    return [_req(v, file, where, _line_of(lines, v)) for v in values]


# ---------------------------------------------------------------- manifests


def parse_pyproject(path: Path, text: str) -> Loaded:
    """PEP 621 dependencies and optional dependencies, and PEP 735 dependency groups."""
    data = _toml(path, text)
    file, lines = str(path), text.splitlines()
    out = Loaded("pyproject")
    project = data.get("project")
    if isinstance(project, dict):
        out.dependencies += _req_list(
            project.get("dependencies", []), file, "project.dependencies", lines
        )
        optional = project.get("optional-dependencies", {})
        if not isinstance(optional, dict):
            raise SourceError(f"{file}: project.optional-dependencies must be a table")
        for extra, values in optional.items():
            where = f"project.optional-dependencies.{extra}"
            out.dependencies += _req_list(values, file, where, lines)
        if "dependencies" in project.get("dynamic", []):
            out.notes.append(f"{file}: project.dependencies is dynamic (decided by the build)")
    else:
        tool = data.get("tool")
        hint = ""
        if isinstance(tool, dict) and isinstance(tool.get("poetry"), dict):
            hint = " (a Poetry project: audit its poetry.lock)"
        elif isinstance(tool, dict) and isinstance(tool.get("pdm"), dict):
            hint = " (audit its pdm.lock)"
        out.notes.append(f"{file} has no [project] table: no PEP 621 dependencies{hint}")
    groups = data.get("dependency-groups", {})
    if not isinstance(groups, dict):
        raise SourceError(f"{file}: dependency-groups must be a table")
    for group, values in groups.items():
        if not isinstance(values, list):
            raise SourceError(f"{file}: dependency-groups.{group} must be a list")
        # {include-group = "..."} entries name other groups, all of which are read anyway.
        strings = [v for v in values if not isinstance(v, dict)]
        out.dependencies += _req_list(strings, file, f"dependency-groups.{group}", lines)
    return out


def parse_setup_cfg(path: Path, text: str) -> Loaded:
    """setuptools' ``[options] install_requires`` and ``[options.extras_require]``."""
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise SourceError(f"{path}: not a valid setup.cfg: {str(exc).splitlines()[0]}") from None
    file, lines = str(path), text.splitlines()
    out = Loaded("setup-cfg")
    fields: list[tuple[str, str]] = []
    if parser.has_option("options", "install_requires"):
        fields.append(("options.install_requires", parser.get("options", "install_requires")))
    if parser.has_section("options.extras_require"):
        for extra, value in parser.items("options.extras_require"):
            fields.append((f"options.extras_require.{extra}", value))
    if not parser.has_section("options"):
        out.notes.append(f"{file} has no [options] section: no install_requires")
    for where, value in fields:
        if value.strip().startswith("file:"):
            out.notes.append(f"{file}: {where} reads {value.strip()}: audit that file with -r")
            continue
        # setuptools: one requirement per line (or ';'-separated on one line), '#' comments
        items = value.splitlines() if "\n" in value.strip() else value.split(";")
        for item in items:
            item = item.split(" #", 1)[0].strip()
            if item and not item.startswith("#"):
                out.dependencies.append(_req(item, file, where, _line_of(lines, item)))
    return out


def parse_pipfile(path: Path, text: str) -> Loaded:
    """Pipfile ``[packages]`` and ``[dev-packages]``: a manifest, usually unpinned."""
    data = _toml(path, text)
    file, lines = str(path), text.splitlines()
    out = Loaded("pipfile")
    for section in ("packages", "dev-packages"):
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise SourceError(f"{file}: [{section}] must be a table")
        for name, entry in entries.items():
            line = _line_of(lines, f"{name} ") or _line_of(lines, f"{name}=")
            spec = entry if isinstance(entry, str) else None
            if isinstance(entry, dict):
                vcs = next((k for k in ("git", "hg", "svn", "bzr") if k in entry), None)
                if vcs is not None:
                    commit = entry.get("ref") if isinstance(entry.get("ref"), str) else None
                    skip = _vcs_skip(vcs, str(entry[vcs]), commit)
                    out.dependencies.append(Dependency(name, None, file, line, skip))
                    continue
                if "path" in entry or "file" in entry:
                    skip = "local path or file: not auditable"
                    out.dependencies.append(Dependency(name, None, file, line, skip))
                    continue
                spec = entry.get("version") if isinstance(entry.get("version"), str) else "*"
            spec = (spec or "*").strip()
            requirement = name if spec == "*" else f"{name}{spec}"
            version = pin_of(spec) if spec != "*" else None
            if version is not None:
                out.dependencies.append(Dependency(name, version, file, line, None, requirement))
            else:
                skip = f"{NOT_PINNED} ({'any version' if spec == '*' else spec})"
                out.dependencies.append(
                    Dependency(name, None, file, line, skip, requirement, requirement=requirement)
                )
    return out


# ---------------------------------------------------------------- lock files


def _entry_lines(lines: list[str], header: str) -> list[int]:
    """Line numbers of the ``name =`` key of each ``[[header]]`` table, in order."""
    out: list[int] = []
    inside = False
    for n, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = stripped == f"[[{header}]]"
            continue
        if inside and re.match(r"name\s*=", stripped):
            out.append(n)
            inside = False
    return out


def _packages(path: Path, data: dict[str, Any], key: str, what: str) -> list[dict[str, Any]]:
    packages = data.get(key, [])
    if not isinstance(packages, list):
        raise SourceError(f"{path}: not a {what} ([[{key}]] must be an array of tables)")
    for i, pkg in enumerate(packages):
        if not isinstance(pkg, dict) or not isinstance(pkg.get("name"), str):
            raise SourceError(f"{path}: {key}[{i}] has no name")
    return packages


def _entry(pkg: dict[str, Any], file: str, line: int | None, skip: str | None) -> Dependency:
    version = pkg.get("version")
    if skip is None and not isinstance(version, str):
        skip = "no version in the lock file"
    return Dependency(pkg["name"], version if skip is None else None, file, line, skip)


def parse_pylock(path: Path, text: str) -> Loaded:
    """PEP 751 pylock.toml: every ``[[packages]]`` entry, after checking ``lock-version``."""
    data = _toml(path, text)
    version = data.get("lock-version")
    if not isinstance(version, str):
        raise SourceError(f"{path}: not a pylock file (no lock-version)")
    major = version.split(".", 1)[0]
    if major != str(PYLOCK_MAJOR):
        raise SourceError(
            f"{path}: lock-version {clip(version)} is not supported (pipwarden reads "
            f"{PYLOCK_MAJOR}.x)"
        )
    out = Loaded("pylock")
    packages = _packages(path, data, "packages", "pylock file")
    if not packages:
        out.notes.append(f"{path}: no [[packages]]: nothing to audit")
    lines = _entry_lines(text.splitlines(), "packages")
    for i, pkg in enumerate(packages):
        skip = None
        vcs = pkg.get("vcs")
        if isinstance(vcs, dict):
            commit = vcs.get("commit-id")
            url = vcs.get("url") or vcs.get("path") or "?"
            skip = _vcs_skip(str(vcs.get("type", "VCS")), str(url), commit)
        elif "directory" in pkg:
            skip = "local directory: not auditable"
        elif "archive" in pkg and not isinstance(pkg.get("version"), str):
            skip = "archive without a version: not auditable"
        out.dependencies.append(_entry(pkg, str(path), _at(lines, i), skip))
    return out


def _at(lines: list[int], i: int) -> int | None:
    return lines[i] if i < len(lines) else None


def _git_url(source: str) -> tuple[str, str | None]:
    """uv's ``git = "URL?rev=…#COMMIT"``: (URL, commit)."""
    url, _, commit = source.partition("#")
    return url.split("?", 1)[0], commit or None


def _lock_packages(
    path: Path, text: str, kind: str, marker: str
) -> tuple[Loaded, list[dict[str, Any]], list[int]]:
    """A TOML lock file's ``[[package]]`` tables, the line of each, and the result they
    go into (noting when there are none). A file with neither `marker` nor any
    ``[[package]]`` is not a lock file of this `kind`."""
    what = _LOCK_NAMES[kind]
    data = _toml(path, text)
    if "package" not in data and marker not in data:
        label = f"[{marker}]" if marker == "metadata" else marker
        raise SourceError(f"{path}: not a {what} (no {label}, no [[package]])")
    out = Loaded(kind)
    packages = _packages(path, data, "package", what)
    if not packages:
        out.notes.append(f"{path}: no [[package]]: nothing to audit")
    return out, packages, _entry_lines(text.splitlines(), "package")


_LOCK_NAMES = {"uv": "uv lock file", "poetry": "poetry lock file", "pdm": "pdm lock file"}


def parse_uv_lock(path: Path, text: str) -> Loaded:
    """uv.lock: every ``[[package]]``; local projects (editable, virtual) are not auditable."""
    out, packages, lines = _lock_packages(path, text, "uv", "version")
    for i, pkg in enumerate(packages):
        source = pkg.get("source", {})
        source = source if isinstance(source, dict) else {}
        skip = None
        if isinstance(source.get("git"), str):
            url, commit = _git_url(source["git"])
            skip = _vcs_skip("git", url, commit)
        elif {"editable", "virtual", "directory", "path"} & set(source):
            skip = "local project: not auditable"
        out.dependencies.append(_entry(pkg, str(path), _at(lines, i), skip))
    return out


def parse_poetry_lock(path: Path, text: str) -> Loaded:
    """poetry.lock: every ``[[package]]``; git, directory and file sources are not auditable."""
    out, packages, lines = _lock_packages(path, text, "poetry", "metadata")
    for i, pkg in enumerate(packages):
        source = pkg.get("source", {})
        source = source if isinstance(source, dict) else {}
        kind = source.get("type")
        skip = None
        if kind in ("git", "hg", "svn", "bzr"):
            commit = source.get("resolved_reference") or source.get("reference")
            skip = _vcs_skip(str(kind), str(source.get("url", "?")), commit)
        elif kind in ("directory", "file", "url"):
            skip = f"{kind} source: not auditable"
        out.dependencies.append(_entry(pkg, str(path), _at(lines, i), skip))
    return out


def parse_pdm_lock(path: Path, text: str) -> Loaded:
    """pdm.lock: every ``[[package]]``; git and local entries are not auditable."""
    out, packages, lines = _lock_packages(path, text, "pdm", "metadata")
    for i, pkg in enumerate(packages):
        skip = None
        vcs = next((k for k in ("git", "hg", "svn", "bzr") if isinstance(pkg.get(k), str)), None)
        if vcs is not None:
            commit = pkg.get("revision") if isinstance(pkg.get("revision"), str) else None
            skip = _vcs_skip(vcs, pkg[vcs], commit)
        elif "path" in pkg or pkg.get("editable"):
            skip = "local path: not auditable"
        elif "url" in pkg and not isinstance(pkg.get("version"), str):
            skip = "URL without a version: not auditable"
        out.dependencies.append(_entry(pkg, str(path), _at(lines, i), skip))
    return out


def parse_pipfile_lock(path: Path, text: str) -> Loaded:
    """Pipfile.lock: the ``default`` and ``develop`` sections."""
    try:
        data = loads_json(text)
    except ValueError as exc:
        raise SourceError(f"{path}: not valid JSON: {exc}") from None
    if not isinstance(data, dict) or not ({"default", "develop"} & set(data)):
        raise SourceError(f"{path}: not a Pipfile.lock (no default/develop sections)")
    file, lines = str(path), text.splitlines()
    out = Loaded("pipfile-lock")
    for section in ("default", "develop"):
        entries = data.get(section) or {}
        if not isinstance(entries, dict):
            raise SourceError(f"{path}: {section} must be an object")
        for name, entry in entries.items():
            entry = entry if isinstance(entry, dict) else {}
            line = _line_of(lines, f'"{name}"')
            spec = entry.get("version")
            vcs = next((k for k in ("git", "hg", "svn", "bzr") if k in entry), None)
            if vcs is not None:
                commit = entry.get("ref") if isinstance(entry.get("ref"), str) else None
                skip = _vcs_skip(vcs, str(entry[vcs]), commit)
                out.dependencies.append(Dependency(name, None, file, line, skip))
            elif any(k in entry for k in ("path", "file")):
                skip = "path/URL: not auditable"
                out.dependencies.append(Dependency(name, None, file, line, skip))
            elif isinstance(spec, str) and (version := pin_of(spec)) is not None:
                out.dependencies.append(Dependency(name, version, file, line))
            else:
                skip = f"{NOT_PINNED} ({spec if isinstance(spec, str) else 'no version'})"
                out.dependencies.append(Dependency(name, None, file, line, skip))
    return out
