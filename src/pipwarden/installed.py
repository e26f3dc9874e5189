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
import json
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipwarden.environment import pth_files

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


def _zipped_pkg_info(egg: Path) -> str:
    with zipfile.ZipFile(egg) as zf:
        try:
            info = zf.getinfo("EGG-INFO/PKG-INFO")
        except KeyError:
            raise ValueError("no EGG-INFO/PKG-INFO in the zip") from None
        if info.file_size > MAX_METADATA:
            raise ValueError(f"EGG-INFO/PKG-INFO larger than {MAX_METADATA} bytes")
        with zf.open(info) as fh:
            return fh.read(MAX_METADATA + 1)[:MAX_METADATA].decode("utf-8", "replace")


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
    try:
        if kind == "dist-info":
            if not path.is_dir():
                return None
            text = _read_text(path / "METADATA")
            direct = _direct_url(path / "direct_url.json")
        elif kind == "egg-info":
            text = _read_text(path / "PKG-INFO" if path.is_dir() else path)
        elif path.is_dir():
            text = _read_text(path / "EGG-INFO" / "PKG-INFO")
        else:
            text = _zipped_pkg_info(path)
    except (OSError, ValueError, zipfile.BadZipFile, EOFError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        return Installed(None, None, path, kind, None, f"unreadable metadata: {reason}")
    name, version = _headers(text)
    return Installed(name, version, path, kind, direct)


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
