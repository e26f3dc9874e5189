"""Write src/pipwarden/names/data/import-names.json: the import names of the most
downloaded projects (those `archive.shadows-package` compares with), read from each
project's latest wheel on PyPI.

Run from the repository root with network access (about a minute):

    .venv/bin/python scripts/import_names.py

Nothing is installed, imported or kept: for each project the script asks PyPI's JSON
API for the latest release, picks one of its wheels (a pure one where there is one)
and reads that zip's central directory with HTTP range requests (through `zipfile`), plus the bytes of
each top-level package's ``__init__.py`` (to tell a pkgutil/pkg_resources namespace
from a package). What a wheel makes importable at its top level:

- a folder with an ``__init__.py`` that does not only extend a namespace: a package;
- a ``.py`` file or an extension module (``name.cpython-312-x86_64-linux-gnu.so``,
  ``name.pyd``): a module;
- a folder without ``__init__.py`` (PEP 420) or one whose ``__init__.py`` extends a
  namespace: a namespace, which many projects share (google/, azure/), so it names
  no project and is listed apart.

Below the top level nothing counts (vendored copies such as ``pip/_vendor/requests``
are not importable as ``requests``). A stub-only project ships ``<name>-stubs/``,
which is not an importable name, so it adds nothing. Folders that are conventional
non-code names (tests, docs, ...) and that a wheel ships by mistake are left out:
they are every project's, no one's import name.

The JSON maps each import name whose normalized form differs from its project's name
(those are already matched by name) to the projects that ship it.
"""

from __future__ import annotations

import datetime
import io
import json
import re
import sys
import zipfile
from pathlib import Path
from typing import Any

import httpx
from packaging.utils import canonicalize_name, parse_wheel_filename

ROOT = Path(__file__).resolve().parent.parent
FEED = ROOT / "src/pipwarden/names/data/top-pypi-packages.json"
OUT = ROOT / "src/pipwarden/names/data/import-names.json"
sys.path.insert(0, str(ROOT / "src"))
from pipwarden.scan.shadow import POPULAR_RANK  # noqa: E402

_NAMESPACE = re.compile(rb"extend_path|declare_namespace")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
#: Folder names that wheels ship by mistake (a project's test suite or docs) and that
#: no one imports as a library.
GENERIC = frozenset(
    {"tests", "test", "testing", "docs", "doc", "examples", "example", "benchmarks",
     "scripts", "tools", "build", "dist", "src", "lib"}
)  # fmt: skip


def pick_wheel(urls: list[dict[str, object]]) -> dict[str, object] | None:
    """The wheel to read among a release's files: a pure one, else a CPython
    manylinux x86_64 one, else any."""
    wheels = [u for u in urls if str(u.get("filename", "")).endswith(".whl")]

    def score(u: dict[str, object]) -> int:
        tags = {str(t) for t in parse_wheel_filename(str(u["filename"]))[3]}
        if any(t.endswith("-none-any") for t in tags):
            return 0
        if any("manylinux" in t and t.endswith("x86_64") for t in tags):
            return 1
        return 2

    return min(wheels, key=score) if wheels else None


class RemoteFile(io.RawIOBase):
    """A file on an HTTP server, read with range requests in cached blocks: `zipfile`
    reads a wheel's central directory and a few small members through it without the
    wheel being downloaded."""

    BLOCK = 1 << 14

    def __init__(self, client: httpx.Client, url: str, size: int) -> None:
        super().__init__()
        self.client, self.url, self.size = client, url, size
        self.pos = 0
        self.blocks: dict[int, bytes] = {}

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self.pos, io.SEEK_END: self.size}[whence]
        self.pos = max(0, base + offset)
        return self.pos

    def readinto(self, buffer: Any) -> int:
        end = min(self.pos + len(buffer), self.size)
        if end <= self.pos:
            return 0
        first, last = self.pos // self.BLOCK, (end - 1) // self.BLOCK
        missing = [i for i in range(first, last + 1) if i not in self.blocks]
        if missing:  # one request for the blocks not yet read
            lo, hi = missing[0] * self.BLOCK, min((missing[-1] + 1) * self.BLOCK, self.size)
            got = self._get(lo, hi - 1)
            for i in range(missing[0], missing[-1] + 1):
                self.blocks[i] = got[i * self.BLOCK - lo : (i + 1) * self.BLOCK - lo]
        data = b"".join(self.blocks[i] for i in range(first, last + 1))
        skip = self.pos - first * self.BLOCK
        n = end - self.pos
        buffer[:n] = data[skip : skip + n]
        self.pos = end
        return n

    def _get(self, first: int, last: int) -> bytes:
        r = self.client.get(self.url, headers={"Range": f"bytes={first}-{last}"})
        r.raise_for_status()
        if r.status_code != 206:
            raise ValueError(f"{self.url}: no range support ({r.status_code})")
        return r.content


def import_names(client: httpx.Client, url: str, size: int) -> tuple[set[str], set[str]]:
    """(packages and modules, namespaces) a wheel makes importable at its top level."""
    with zipfile.ZipFile(RemoteFile(client, url, size)) as wheel:
        modules: set[str] = set()
        folders: set[str] = set()
        inits: dict[str, zipfile.ZipInfo] = {}
        for info in wheel.infolist():
            parts = info.filename.split("/")
            if len(parts) == 1:
                stem = parts[0].split(".", 1)[0]
                if parts[0].endswith((".py", ".so", ".pyd")) and _IDENTIFIER.match(stem):
                    modules.add(stem)
                continue
            top = parts[0]
            if top.endswith((".dist-info", ".data")) or not _IDENTIFIER.match(top):
                continue  # metadata, data, and folders not importable (``x-stubs``)
            folders.add(top)
            if len(parts) == 2 and parts[1] == "__init__.py":
                inits[top] = info
        packages: set[str] = set()
        namespaces: set[str] = set()
        for top in folders:
            init = inits.get(top)
            if init is None:
                namespaces.add(top)
                continue
            head = wheel.open(init).read(4096) if init.compress_size <= 1 << 16 else b""
            (namespaces if _NAMESPACE.search(head) else packages).add(top)
    return (modules | packages) - GENERIC, namespaces


def main() -> int:
    rows = json.loads(FEED.read_text())["rows"]
    projects = sorted(
        (r["rank"], r["project"]) for r in rows if r.get("rank") and r["rank"] <= POPULAR_RANK
    )
    names: dict[str, set[str]] = {}
    namespaces: dict[str, set[str]] = {}
    read: dict[str, str] = {}
    no_wheel: list[str] = []
    with httpx.Client(timeout=60, follow_redirects=True) as client:
        for _, project in projects:
            response = client.get(f"https://pypi.org/pypi/{project}/json").raise_for_status()
            info = response.json()
            wheel = pick_wheel(info.get("urls") or [])
            if wheel is None:
                no_wheel.append(project)
                continue
            url = str(response.url.join(str(wheel["url"])))  # the index may answer relative URLs
            found, spaces = import_names(client, url, int(str(wheel["size"])))
            read[project] = str(wheel["filename"])
            for name in found:
                names.setdefault(name, set()).add(project)
            for name in spaces:
                namespaces.setdefault(name, set()).add(project)
            print(project, wheel["filename"], sorted(found), sorted(spaces), file=sys.stderr)
    unlike = {
        name: sorted(owners)
        for name, owners in sorted(names.items())
        if any(canonicalize_name(name) != canonicalize_name(p) for p in owners)
    }
    doc = {
        "source": (
            f"scripts/import_names.py: the top-level packages and modules of the latest wheel "
            f"of each project ranked 1-{POPULAR_RANK} in top-pypi-packages.json, read from "
            "PyPI's central directories (not installed); names whose normalized form differs "
            "from their project's name"
        ),
        "generated": datetime.date.today().isoformat(),
        "import_names": unlike,
        "namespaces": {k: sorted(v) for k, v in sorted(namespaces.items())},
        "without_wheel": sorted(no_wheel),
        "wheels": dict(sorted(read.items())),
    }
    OUT.write_text(json.dumps(doc, indent=1) + "\n")
    print(f"{len(read)} wheels read, {len(unlike)} import names, {len(namespaces)} namespaces, "
          f"{len(no_wheel)} projects without a wheel: {no_wheel}", file=sys.stderr)  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
