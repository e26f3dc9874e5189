"""What pip sees of a target and of ``--find-links``, and what it says about them.

pipwarden runs pip in the target interpreter; these are the pieces that let
pip read the target's installed packages without running any of their code,
read pip's "already satisfied" lines and the candidates it names while it
resolves, list what ``--find-links`` locations offer, and handle the
request's own ``--hash`` values.
"""

from __future__ import annotations

import re
import urllib.parse
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name

if TYPE_CHECKING:
    from pipwarden.index import IndexClient, IndexFile

#: Started with ``python -I -S -c``: puts the target's package folders on ``sys.path``
#: for pip to read their metadata, refuses any import from them (their code never
#: runs: no ``.pth`` file, no module), then runs pip's own runner script.
RUNNER = """\
import json, runpy, sys
from importlib.machinery import PathFinder
folders, runner = json.loads(sys.argv[1]), sys.argv[2]
own = list(sys.path)
class TargetPackagesAreData:
    @staticmethod
    def find_spec(name, path=None, target=None):
        if path is not None:
            return None
        spec = PathFinder.find_spec(name, own)
        if spec is None:
            raise ModuleNotFoundError("No module named %r" % name, name=name)
        return spec
    @staticmethod
    def invalidate_caches():
        pass
sys.meta_path.insert(sys.meta_path.index(PathFinder), TargetPackagesAreData)
sys.path.extend(folders)
sys.argv = [runner] + sys.argv[3:]
runpy.run_path(runner, run_name="__main__")
"""


def runner_command(python: str, runner: Path, folders: list[Path]) -> list[str]:
    """``python -I -S -u`` running pip's `runner` with the target's package `folders`
    readable as data (see `RUNNER`); unbuffered, so pip's lines are written as they come."""
    import json

    return [
        python, "-I", "-S", "-u", "-c", RUNNER, json.dumps([str(p) for p in folders]), str(runner)
    ]  # fmt: skip


_SATISFIED = re.compile(
    r"^Requirement already satisfied: (?P<req>.+?) in .+ \((?P<version>[^()\s]+)\)\s*$", re.M
)


def already_satisfied(stdout: str, replaced: set[str]) -> list[tuple[str, str]]:
    """(name, installed version) of what pip's output says is already satisfied, except
    the normalized names in `replaced` (what the plan installs over them)."""
    out: dict[str, tuple[str, str]] = {}
    for m in _SATISFIED.finditer(stdout):
        name = re.split(r"[\s<>=!~;\[(@]", m.group("req").strip(), maxsplit=1)[0]
        key = canonicalize_name(name)
        if name and key not in replaced:
            out.setdefault(key, (name, m.group("version")))
    return sorted(out.values(), key=lambda nv: canonicalize_name(nv[0]))


_CANDIDATE = re.compile(
    r"^\s*(?:Downloading|Using cached|Processing)\s+(?P<file>\S+?\.whl)(?:\.metadata)?"
    r"(?:\s+\(.*)?\s*$"
)


def candidate_file(line: str) -> str | None:
    """The wheel's file name in one of the lines in which pip, while resolving, says it
    reads a candidate (``Downloading NAME.whl``, its ``.metadata``, ``Using cached``,
    ``Processing PATH.whl``); None for any other line."""
    m = _CANDIDATE.match(line)
    if m is None:
        return None
    name = urllib.parse.unquote(m.group("file").replace("\\", "/").rsplit("/", 1)[-1])
    return name if project_of(name) is not None else None


def project_of(filename: str) -> str | None:
    """The normalized project a distribution's file name states, if it is one."""
    from packaging.utils import InvalidWheelFilename, parse_wheel_filename

    if filename.endswith(".whl"):
        try:
            return canonicalize_name(parse_wheel_filename(filename)[0])
        except InvalidWheelFilename:
            return None
    stem = re.sub(r"\.(tar\.gz|zip|tar\.bz2|tgz|tar\.xz|tar)$", "", filename)
    if stem == filename or "-" not in stem:
        return None
    return canonicalize_name(stem.rsplit("-", 1)[0])


def find_links_files(links: tuple[str, ...], name: str, index: IndexClient) -> list[IndexFile]:
    """The files of project `name` in ``--find-links`` locations (folders, archives, pages),
    as pip sees them there; local files with their sha256."""
    from pipwarden.index import IndexFile, sha256_file

    key = canonicalize_name(name)
    out: list[IndexFile] = []
    for link in links:
        if link.startswith(("http://", "https://")):
            out += [f for f in index.link_page(link) if project_of(f.filename) == key]
            continue
        local = Path(
            urllib.request.url2pathname(urllib.parse.urlsplit(link).path)
            if link.startswith("file:")
            else link
        )
        entries = sorted(local.iterdir()) if local.is_dir() else [local]
        out += [
            IndexFile(e.name, e.resolve().as_uri(), sha256_file(e), size=e.stat().st_size)
            for e in entries
            if e.is_file() and project_of(e.name) == key
        ]
    return out


#: A ``--hash=ALGO:HEX`` option as pipwarden writes it for pip (see `pipwarden.direct`).
_HASH_OPTION = re.compile(r"\s--hash=(\S+)")


def expected_hashes(lines: list[str]) -> dict[str, tuple[str, ...]]:
    """The request's ``--hash`` values (``sha256:HEX``...) by normalized project name, from
    the requirement lines pipwarden writes for pip."""
    out: dict[str, tuple[str, ...]] = {}
    for line in lines:
        hashes = tuple(h.lower() for h in _HASH_OPTION.findall(line))
        if not hashes or line.startswith("-"):
            continue
        try:
            name = Requirement(_HASH_OPTION.sub("", line).strip()).name
        except InvalidRequirement:
            continue
        key = canonicalize_name(name)
        out[key] = out.get(key, ()) + hashes
    return out


def without_hashes(lines: list[str]) -> list[str]:
    """The requirement lines with their ``--hash`` options and ``--require-hashes`` removed."""
    return [_HASH_OPTION.sub("", ln) for ln in lines if ln.strip() != "--require-hashes"]
