"""The distributions installed in an environment, as `importlib.metadata` finds them.

`importlib.metadata` (and so pip) sees a distribution in every ``*.dist-info``
folder, every ``*.egg-info`` folder or file, and every ``.egg`` (a folder or
a zip, usually listed in ``easy-install.pth``). All of them are read here
statically: metadata files are parsed as text, zipped eggs are opened as
archives, nothing is imported and no ``.pth`` file is run (only its lines
that name a folder or an egg are followed, one level deep).
"""

from __future__ import annotations

import email.parser
import importlib.metadata
import json
import os
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden.environment import Target, pth_files, site_packages

#: The largest metadata file read (real ones are a few KiB plus a description).
MAX_METADATA = 1 << 20

#: The kinds of distribution, in the order a summary lists them.
KINDS = ("dist-info", "egg-info", "egg")


@dataclass(frozen=True)
class Installed:
    """One installed distribution, as its metadata states it.

    `name`/`version` are the metadata's Name/Version headers (None when absent,
    as importlib.metadata has them); `problem` says why the metadata could not
    be read.
    """

    name: str | None
    version: str | None
    #: The metadata's location: the .dist-info/.egg-info folder or file, or the .egg.
    path: Path
    #: "dist-info", "egg-info" or "egg".
    kind: str
    #: The parsed direct_url.json of a .dist-info (PEP 610), when present.
    direct_url: dict[str, Any] | None = None
    problem: str | None = None
    #: Its requirements as ``Requires-Dist`` lines (an egg's ``requires.txt`` converted,
    #: as importlib.metadata converts it).
    requires: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        """The name to show: the metadata's, else the folder or file name's first part."""
        return self.name or self.path.name.split("-", 1)[0].rsplit(".", 1)[0]


@dataclass(frozen=True)
class Inventory:
    """Every distribution found in some folders, and where they were looked for."""

    folders: tuple[Path, ...]
    distributions: tuple[Installed, ...]

    def summary(self) -> str:
        """``27 distributions (20 .dist-info, 5 .egg-info, 2 .egg)``."""
        counts = Counter(d.kind for d in self.distributions)
        parts = [f"{counts[k]} .{k}" for k in KINDS if counts[k]]
        total = len(self.distributions)
        noun = "distribution" if total == 1 else "distributions"
        return f"{total} {noun}" + (f" ({', '.join(parts)})" if parts else "")


_HEADERS = email.parser.HeaderParser()


def _headers(text: str) -> tuple[str | None, str | None]:
    """Name and Version of a core-metadata text (headers only)."""
    head = text.split("\n\n", 1)[0]
    msg = _HEADERS.parsestr(head)
    name, version = msg.get("Name"), msg.get("Version")
    return ((str(name).strip() or None) if name else None), (
        (str(version).strip() or None) if version else None
    )


def _read_text(path: Path) -> str:
    with path.open("rb") as fh:
        data = fh.read(MAX_METADATA + 1)
    if len(data) > MAX_METADATA:
        raise ValueError(f"larger than {MAX_METADATA} bytes")
    return data.decode("utf-8", "replace")


def _optional_text(path: Path) -> str | None:
    try:
        return _read_text(path) if path.is_file() else None
    except (OSError, ValueError):
        return None


def _zipped(zf: zipfile.ZipFile, name: str) -> str | None:
    try:
        info = zf.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_METADATA:
        raise ValueError(f"{name} larger than {MAX_METADATA} bytes")
    with zf.open(info) as fh:
        return fh.read(MAX_METADATA + 1)[:MAX_METADATA].decode("utf-8", "replace")


def _zipped_egg(egg: Path) -> tuple[str, str | None]:
    """PKG-INFO and requires.txt of a zipped egg."""
    with zipfile.ZipFile(egg) as zf:
        text = _zipped(zf, "EGG-INFO/PKG-INFO")
        if text is None:
            raise ValueError("no EGG-INFO/PKG-INFO in the zip")
        return text, _zipped(zf, "EGG-INFO/requires.txt")


class _Texts(importlib.metadata.Distribution):
    """Metadata texts already read, given to importlib.metadata for its rules only
    (``Requires-Dist``, or an egg's ``requires.txt`` sections turned into markers)."""

    def __init__(self, texts: dict[str, str]) -> None:
        self._texts = texts

    def read_text(self, filename: str) -> str | None:
        return self._texts.get(filename)

    def locate_file(self, path: str | os.PathLike[str]) -> Path:
        raise NotImplementedError("metadata read from text only")


def _requires(metadata: str, requires_txt: str | None) -> tuple[str, ...]:
    texts = {"METADATA": metadata}
    if requires_txt is not None:
        texts["requires.txt"] = requires_txt
    try:
        return tuple(_Texts(texts).requires or ())
    except ValueError:
        return ()


def read_distribution(path: Path) -> Installed | None:
    """The distribution whose metadata is at `path`, or None when `path` is not one."""
    lower = path.name.lower()
    if lower.endswith(".dist-info"):
        kind = "dist-info"
    elif lower.endswith(".egg-info"):
        kind = "egg-info"
    elif lower.endswith(".egg"):
        kind = "egg"
    else:
        return None
    direct: dict[str, Any] | None = None
    reqs: str | None = None
    try:
        if kind == "dist-info":
            if not path.is_dir():
                return None
            text = _read_text(path / "METADATA")
            direct = _direct_url(path / "direct_url.json")
        elif kind == "egg-info":
            if path.is_dir():
                text = _read_text(path / "PKG-INFO")
                reqs = _optional_text(path / "requires.txt")
            else:
                text = _read_text(path)
        elif path.is_dir():
            text = _read_text(path / "EGG-INFO" / "PKG-INFO")
            reqs = _optional_text(path / "EGG-INFO" / "requires.txt")
        else:
            text, reqs = _zipped_egg(path)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return Installed(None, None, path, kind, None, f"unreadable metadata: {reason}")
    name, version = _headers(text)
    return Installed(name, version, path, kind, direct, None, _requires(text, reqs))


def _direct_url(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(_read_text(path))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _pth_entries(folder: Path) -> list[Path]:
    """Folders and eggs that the folder's ``.pth`` files add to sys.path (read, never run)."""
    out: list[Path] = []
    for _, _, text in pth_files([folder]):
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith(("#", "import ", "import\t")):
                continue
            entry = Path(line) if Path(line).is_absolute() else folder / line
            try:
                if entry.exists():
                    out.append(entry)
            except (OSError, ValueError):
                continue
    return out


def _children(folder: Path) -> list[Path]:
    try:
        return sorted(folder.iterdir())
    except OSError:
        return []


def _key(path: Path) -> Path:
    """`path` resolved, or as given when it cannot be (a symlink loop, say)."""
    try:
        return path.resolve()
    except (OSError, RuntimeError, ValueError):
        return path.absolute()


def inventory(folders: Iterable[Path]) -> Inventory:
    """Every distribution in `folders` and in what their ``.pth`` files name."""
    roots = list(dict.fromkeys(Path(f) for f in folders))
    seen_folders = {_key(f) for f in roots}
    found: list[Installed] = []
    seen: set[Path] = set()

    def visit(children: Iterable[Path]) -> None:
        for child in children:
            key = _key(child)
            if key in seen:
                continue
            dist = read_distribution(child)
            if dist is not None:
                seen.add(key)
                found.append(dist)

    extra: list[Path] = []
    for folder in roots:
        visit(_children(folder))
        for entry in _pth_entries(folder):
            if _key(entry) in seen_folders:
                continue
            if entry.name.lower().endswith(".egg"):
                visit([entry])
            elif entry.is_dir():
                seen_folders.add(_key(entry))
                extra.append(entry)
    for folder in extra:
        visit(_children(folder))
    return Inventory(tuple(roots + extra), tuple(found))


@dataclass(frozen=True)
class Present:
    """A distribution the target holds, as the install plan and the cooldown see it."""

    name: str
    version: str
    #: Its ``Requires-Dist`` lines.
    requires: tuple[str, ...]


def present(target: Target) -> dict[str, Present]:
    """The target's distributions by normalized name, the first found winning as on
    ``sys.path`` (site-packages, then the folders its ``.pth`` files name); metadata
    read as text by `inventory`, nothing imported."""
    found: dict[str, Present] = {}
    for dist in inventory(site_packages(target)).distributions:  # .pth lines followed there
        if dist.name and dist.version:
            found.setdefault(
                canonicalize_name(dist.name), Present(dist.name, dist.version, dist.requires)
            )
    return found
