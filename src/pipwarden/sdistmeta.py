"""Static metadata of a source distribution: its PKG-INFO, read from the
archive in memory (never extracted, never built), and the metadata-only
stand-in wheel that lets pip's resolver see the sdist's dependencies."""

from __future__ import annotations

import base64
import email.parser
import hashlib
import re
import tarfile
import zipfile
from dataclasses import dataclass
from email.message import Message
from pathlib import Path

from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.errors import PipwardenError
from pipwarden.limits import MAX_NAME_LENGTH, clip

_VALID_NAME = re.compile(r"^([A-Z0-9]|[A-Z0-9][A-Z0-9._-]*[A-Z0-9])$", re.IGNORECASE)

MAX_PKG_INFO = 1 << 20  # 1 MiB: real PKG-INFO files are a few KiB plus the description


def read_pkg_info(path: Path) -> tuple[Message, tuple[str, ...]]:
    """The parsed PKG-INFO of the sdist at `path` and notes on its reliability.

    A note is added when the dependencies are not static (Metadata-Version
    below 2.2, or Requires-Dist declared Dynamic): only building the sdist
    could tell them, which vetting never does.
    """
    raw = _archive_member(path, "PKG-INFO")
    if raw is None:
        raise PipwardenError(
            f"{path.name}: no PKG-INFO; its metadata cannot be read without building"
        )
    meta, notes = _pkg_info_message(raw)
    checked_name_version(path.name, meta.get("Name"), meta.get("Version"))
    return meta, notes


def valid_project_name(name: str) -> bool:
    """A valid project name (PEP 508) of at most MAX_NAME_LENGTH characters."""
    return len(name) <= MAX_NAME_LENGTH and _VALID_NAME.match(name) is not None


def checked_name_version(where: str, name: object, version: object) -> tuple[str, str]:
    """The project name and normalized version of core metadata, or PipwardenError.

    The name must be a valid project name (PEP 508, at most MAX_NAME_LENGTH
    characters) and the version a PEP 440 version: neither can then hold a
    path separator, a NUL or anything else that could escape a file name.
    """
    if not isinstance(name, str) or not name.strip():
        raise PipwardenError(f"{where}: PKG-INFO has no Name")
    name = name.strip()
    if len(name) > MAX_NAME_LENGTH or not _VALID_NAME.match(name):
        raise PipwardenError(
            f"{where}: PKG-INFO Name {clip(name)!r} is not a valid project name"
            + (
                f" (longer than {MAX_NAME_LENGTH} characters)"
                if len(name) > MAX_NAME_LENGTH
                else ""
            )
        )
    if not isinstance(version, str) or not version.strip():
        raise PipwardenError(f"{where}: PKG-INFO has no Version")
    try:
        parsed = Version(version.strip())
    except InvalidVersion:
        raise PipwardenError(
            f"{where}: PKG-INFO Version {clip(version)!r} is not a valid version (PEP 440)"
        ) from None
    return name, str(parsed)


def minimal_metadata(name: str, version: str) -> Message:
    """Core metadata naming only the project and version (for an unreadable PKG-INFO)."""
    return email.parser.Parser().parsestr(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\n"
    )


def write_stub_wheel(folder: Path, meta: Message, fallback_name: str) -> Path:
    """A metadata-only wheel for pip's resolver; it is never installed.

    Raises PipwardenError when the name or version is not valid (see
    `checked_name_version`): the file name is built from them.
    """
    name, version = checked_name_version(
        fallback_name, meta.get("Name") or fallback_name, meta.get("Version") or "0"
    )
    dn = canonicalize_name(name).replace("-", "_")
    info = f"{dn}-{version}.dist-info"
    lines = ["Metadata-Version: 2.1", f"Name: {name}", f"Version: {version}"]
    for key in ("Requires-Python",):
        if meta.get(key):
            lines.append(f"{key}: {meta[key]}")
    for key in ("Provides-Extra", "Requires-Dist"):
        lines += [f"{key}: {v}" for v in meta.get_all(key, [])]
    files = {
        f"{info}/METADATA": ("\n".join(lines) + "\n\n").encode(),
        f"{info}/WHEEL": b"Wheel-Version: 1.0\nGenerator: pipwarden-stub\n"
        b"Root-Is-Purelib: true\nTag: py3-none-any\n",
    }
    record = []
    for p, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{p},sha256={digest},{len(data)}")
    record.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(record) + "\n").encode()
    target = folder / f"{dn}-{version}-py3-none-any.whl"
    if target.parent != folder:  # cannot happen with a valid name and version
        raise PipwardenError(f"{fallback_name}: stand-in wheel name escapes its folder")
    with zipfile.ZipFile(target, "w") as zf:
        for p, data in files.items():
            zf.writestr(p, data)
    return target


# ---------------------------------------------------------------- direct references


def _root_member(names: list[str], base: str) -> str | None:
    """The top-level ``<root>/<base>`` member of an sdist, if any."""
    hits = [n for n in names if n.count("/") == 1 and n.endswith("/" + base)]
    return hits[0] if hits else None


def _archive_member(path: Path, base: str) -> bytes | None:
    """The bytes of ``<root>/<base>`` in a source archive, read under `MAX_PKG_INFO`."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as zf:
                member = _root_member([i.filename for i in zf.infolist()], base)
                if member is None:
                    return None
                if zf.getinfo(member).file_size > MAX_PKG_INFO:
                    raise PipwardenError(f"{path.name}: {base} is implausibly large")
                return zf.read(member)
        with tarfile.open(path, mode="r:*") as tf:
            for ti in tf:
                if ti.isfile() and ti.name.count("/") == 1 and ti.name.endswith("/" + base):
                    if ti.size > MAX_PKG_INFO:
                        raise PipwardenError(f"{path.name}: {base} is implausibly large")
                    fh = tf.extractfile(ti)
                    return fh.read(MAX_PKG_INFO + 1) if fh else None
    except (tarfile.TarError, zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:
        raise PipwardenError(f"{path.name}: not a readable source archive ({exc})") from None
    return None


def _folder_member(folder: Path, base: str) -> bytes | None:
    target = folder / base
    try:
        if not target.is_file() or target.is_symlink():
            return None
        if target.stat().st_size > MAX_PKG_INFO:
            raise PipwardenError(f"{target}: implausibly large")
        return target.read_bytes()
    except OSError as exc:
        raise PipwardenError(f"cannot read {target}: {exc.strerror or exc}") from None


def _pkg_info_message(raw: bytes) -> tuple[Message, tuple[str, ...]]:
    meta = email.parser.Parser().parsestr(raw.decode("utf-8", errors="replace"))
    notes: list[str] = []
    try:
        mv = Version(meta.get("Metadata-Version", "1.0"))
    except InvalidVersion:
        mv = Version("1.0")
    dynamic = {d.strip().lower() for d in meta.get_all("Dynamic", [])}
    if mv < Version("2.2") or "requires-dist" in dynamic:
        notes.append(
            f"its dependencies are not static (Metadata-Version {mv}"
            + (", Requires-Dist is dynamic" if "requires-dist" in dynamic else "")
            + "): only building it would tell them, and vetting never builds"
        )
    return meta, tuple(notes)


def _pyproject_message(project: object, where: str) -> tuple[Message | None, str | None]:
    """Core metadata from a pyproject.toml's static ``[project]`` table, or why there is none."""
    if not isinstance(project, dict):
        return None, (
            "it has no static [project] table in pyproject.toml: its name, version and "
            "dependencies are decided by running setup.py, which vetting never does"
        )
    dynamic = project.get("dynamic", [])
    dynamic = {str(d).lower() for d in dynamic} if isinstance(dynamic, list) else set()
    held = sorted(dynamic & {"name", "version", "dependencies", "optional-dependencies"})
    if held:
        return None, (
            f"its metadata is dynamic ({', '.join(held)} in [project] dynamic): only running "
            "its build backend would tell them, and vetting never builds"
        )
    name, version = project.get("name"), project.get("version")
    if not isinstance(name, str) or not isinstance(version, str):
        return None, f"{where}: [project] has no static name and version"
    lines = ["Metadata-Version: 2.2", f"Name: {name}", f"Version: {version}"]
    requires_python = project.get("requires-python")
    if isinstance(requires_python, str):
        lines.append(f"Requires-Python: {requires_python}")
    deps = project.get("dependencies", [])
    optional = project.get("optional-dependencies", {})
    if not isinstance(deps, list) or not isinstance(optional, dict):
        return None, f"{where}: [project] dependencies have the wrong type"
    lines += [f"Requires-Dist: {d}" for d in deps if isinstance(d, str)]
    for extra, reqs in optional.items():
        lines.append(f"Provides-Extra: {extra}")
        for r in reqs if isinstance(reqs, list) else []:
            if isinstance(r, str):
                cond = f'extra == "{extra}"'
                lines.append(
                    f"Requires-Dist: {r} and {cond}" if ";" in r else f"Requires-Dist: {r}; {cond}"
                )
    text = "\n".join(ln.replace("\n", " ") for ln in lines) + "\n\n"
    return email.parser.Parser().parsestr(text), None


@dataclass(frozen=True)
class StaticMetadata:
    """What a source archive or project folder says about itself without being built."""

    #: Core metadata with a valid name and version; None when only a build could tell.
    meta: Message | None
    #: Why `meta` is None.
    reason: str | None = None
    #: Notes on its reliability (dependencies that only a build would tell).
    notes: tuple[str, ...] = ()
    #: The project name it states statically, even when the rest is dynamic.
    name: str | None = None


def static_metadata(path: Path) -> StaticMetadata:
    """The metadata of a source archive or project folder, read statically.

    PKG-INFO first (as for index sdists), else the static ``[project]`` table
    of pyproject.toml; the name and version are validated. Nothing is ever
    executed, and an unreadable archive is a reason, not an error.
    """
    from pipwarden.limits import loads_toml

    read = _folder_member if path.is_dir() else _archive_member
    try:
        raw = read(path, "PKG-INFO")
        if raw is not None:
            info, notes = _pkg_info_message(raw)
            valid, _version = checked_name_version(path.name, info.get("Name"), info.get("Version"))
            return StaticMetadata(info, notes=notes, name=valid)
        raw = read(path, "pyproject.toml")
    except PipwardenError as exc:
        return StaticMetadata(None, str(exc))
    if raw is None:
        return StaticMetadata(
            None,
            "it has neither PKG-INFO nor pyproject.toml: its metadata is decided by running "
            "setup.py, which vetting never does",
        )
    try:
        project = loads_toml(raw.decode("utf-8")).get("project")
    except (UnicodeDecodeError, ValueError) as exc:
        return StaticMetadata(None, f"its pyproject.toml does not parse ({str(exc)[:200]})")
    stated = project.get("name") if isinstance(project, dict) else None
    name = stated if isinstance(stated, str) and valid_project_name(stated) else None
    meta, reason = _pyproject_message(project, path.name)
    if meta is not None:
        try:
            checked_name_version(path.name, meta.get("Name"), meta.get("Version"))
        except PipwardenError as exc:
            meta, reason = None, str(exc)
    return StaticMetadata(meta, reason, name=name)
