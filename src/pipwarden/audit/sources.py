"""Where dependencies come from: requirement files, manifests, lock files, environments.

`load` picks a file's parser by its name (or by ``--format``), or, for a name
it does not know, by what the content is; a file that is none of the formats
is an error naming the formats tried. Installed environments are read as
`importlib.metadata` reads them (`pipwarden.installed`), nothing imported.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pipwarden.audit.dependency import (
    NOT_PINNED,
    Dependency,
    Loaded,
    SourceError,
    from_requirement,
    pinned_version,
)
from pipwarden.audit.requirements import (
    constrain,
    parse_lines,
    parse_requirements,
    read_text,
)
from pipwarden.errors import PipwardenError
from pipwarden.limits import loads_toml, validate_name
from pipwarden.request import requirement_lines

if TYPE_CHECKING:
    from pipwarden.installed import Installed, Inventory

__all__ = [
    "FORMATS",
    "NOT_PINNED",
    "Dependency",
    "Loaded",
    "SourceError",
    "from_requirement",
    "kind_of",
    "load",
    "parse_environment",
    "parse_requirements",
    "pinned_version",
    "read",
    "read_environment",
    "read_interpreter",
]

Parser = Callable[[Path, str], Loaded]


def _requirements(kind: str) -> Parser:
    def parse(path: Path, text: str) -> Loaded:
        return Loaded(kind, parse_requirements(path))

    return parse


def parse_conda_env(path: Path, text: str) -> Loaded:
    """conda's environment.yml: the requirements of its ``pip:`` section (PyPI packages)."""
    import yaml  # only here: most audits never read YAML

    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise SourceError(f"{path}: not valid YAML: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict) or not isinstance(data.get("dependencies", []), list):
        raise SourceError(f"{path}: not a conda environment file (no dependencies list)")
    out = Loaded("conda")
    lines = text.splitlines()
    conda: list[str] = []
    entries: list[tuple[int, str, str]] = []
    for item in data.get("dependencies") or []:
        if isinstance(item, dict) and isinstance(item.get("pip"), list):
            start = next((n for n, ln in enumerate(lines) if re.match(r"\s*-\s*pip\s*:", ln)), 0)
            for value in item["pip"]:
                if not isinstance(value, str):
                    raise SourceError(f"{path}: pip: entries must be requirement strings")
                number = next(
                    (n + 1 for n in range(start, len(lines)) if value in lines[n]), start + 1
                )
                entries += [(number, raw, line) for _, raw, line in requirement_lines(value)]
        elif isinstance(item, str):
            conda.append(item)
    constraints: dict[str, Dependency] = {}
    out.dependencies = constrain(
        parse_lines(entries, path, constraints, (path.resolve(),)), constraints
    )
    if conda:
        out.notes.append(
            f"{path}: {len(conda)} conda packages not audited (conda channels, not PyPI; "
            "only the pip: section names PyPI packages)"
        )
    return out


def _lock(function: str) -> Parser:
    """A parser of `pipwarden.audit.locks`, imported on first use (requirement files need none)."""

    def parse(path: Path, text: str) -> Loaded:
        from pipwarden.audit import locks

        parser: Parser = getattr(locks, function)
        return parser(path, text)

    return parse


#: --file-format name -> (parser, what it reads).
FORMATS: dict[str, tuple[Parser, str]] = {
    "requirements": (_requirements("requirements"), "requirements file (pip's syntax)"),
    "requirements-lock": (_requirements("requirements-lock"), "requirements.lock (Rye, uv)"),
    "pyproject": (_lock("parse_pyproject"), "pyproject.toml"),
    "setup-cfg": (_lock("parse_setup_cfg"), "setup.cfg"),
    "pipfile": (_lock("parse_pipfile"), "Pipfile"),
    "pipfile-lock": (_lock("parse_pipfile_lock"), "Pipfile.lock"),
    "pylock": (_lock("parse_pylock"), "pylock.toml"),
    "uv": (_lock("parse_uv_lock"), "uv.lock"),
    "poetry": (_lock("parse_poetry_lock"), "poetry.lock"),
    "pdm": (_lock("parse_pdm_lock"), "pdm.lock"),
    "conda": (parse_conda_env, "conda environment.yml"),
}

_BY_NAME = {
    "pyproject.toml": "pyproject",
    "setup.cfg": "setup-cfg",
    "pipfile": "pipfile",
    "pipfile.lock": "pipfile-lock",
    "uv.lock": "uv",
    "poetry.lock": "poetry",
    "pdm.lock": "pdm",
}


def _tried() -> str:
    return ", ".join(desc for _, desc in FORMATS.values())


def kind_of(path: Path) -> str:
    """The format a file's name says it is (see `FORMATS`); SourceError for an unknown name."""
    name = path.name.lower()
    if name in _BY_NAME:
        return _BY_NAME[name]
    if name == "pylock.toml" or re.fullmatch(r"pylock\.[^.]+\.toml", name):
        return "pylock"
    if re.fullmatch(r"requirements.*\.lock", name):
        return "requirements-lock"
    if re.fullmatch(r"(.*[-_.])?environment([-_.].*)?\.ya?ml", name):
        return "conda"
    if name.endswith((".txt", ".in", ".pip")) or name.startswith("requirements"):
        return "requirements"
    raise SourceError(
        f"{path}: unknown file name (known: {_tried()}); --file-format chooses a parser"
    )


def _sniff(path: Path, text: str) -> str:
    """The format of a file whose name is not one of the known ones, from its content."""
    suffix = path.suffix.lower()
    if suffix == ".py":
        raise SourceError(
            f"{path}: Python code, which pipwarden never runs; audit the project's "
            "pyproject.toml, setup.cfg or a lock file instead"
        )
    if suffix in (".yml", ".yaml"):
        return "conda"
    if suffix == ".json" or text.lstrip().startswith("{"):
        return "pipfile-lock"
    try:
        data: dict[str, Any] = loads_toml(text)
    except ValueError:
        if suffix in (".lock", ".toml", ".cfg"):
            raise SourceError(
                f"{path}: unknown file format (tried: {_tried()}); --file-format chooses a parser"
            ) from None
        return "requirements"
    meta = data.get("metadata")
    if "lock-version" in data:
        return "pylock"
    if isinstance(meta, dict) and "lock_version" in meta:
        return "pdm"
    if isinstance(meta, dict) and ("lock-version" in meta or "content-hash" in meta):
        return "poetry"
    if "package" in data and "version" in data:
        return "uv"
    if "project" in data or "dependency-groups" in data or "build-system" in data:
        return "pyproject"
    if "packages" in data or "dev-packages" in data:
        return "pipfile"
    if suffix in (".lock", ".toml", ".cfg") or data:
        raise SourceError(
            f"{path}: unknown file format (tried: {_tried()}); --file-format chooses a parser"
        )
    return "requirements"


def load(path: Path, fmt: str | None = None) -> Loaded:
    """The dependencies of one file: parsed as `fmt`, else as its name (or content) says."""
    path = Path(path)
    if not path.exists():
        raise SourceError(f"{path}: no such file")
    if path.is_dir():
        raise SourceError(f"{path} is a folder: give a file with -r, or an environment with --path")
    if fmt is not None and fmt not in FORMATS:
        raise SourceError(f"unknown --file-format {fmt!r} (known: {', '.join(FORMATS)})")
    text = read_text(path)
    guessed = False
    if not text.strip():
        return Loaded(fmt or "empty", [], [f"{path} is empty: nothing to audit"])
    if fmt is None:
        try:
            fmt = kind_of(path)
        except SourceError:
            fmt, guessed = _sniff(path, text), True
    try:
        loaded = FORMATS[fmt][0](path, text)
    except PipwardenError as exc:
        if not guessed:
            raise
        raise SourceError(
            f"{path}: not a dependency file pipwarden reads (tried: {_tried()}); read as a "
            f"{FORMATS[fmt][1]} it fails: {exc}. --file-format chooses a parser"
        ) from None
    for dep in loaded.dependencies:
        validate_name(dep.name, f"{dep.file or path}:{dep.line}" if dep.line else str(path))
    return loaded


def read(path: Path, fmt: str | None = None) -> list[Dependency]:
    """The dependencies of one file (see `load`), without its notes."""
    return load(path, fmt).dependencies


# ---------------------------------------------------------------------------
# Installed environments
# ---------------------------------------------------------------------------
def _holds_distributions(folder: Path) -> bool:
    try:
        return any(
            child.name.lower().endswith((".dist-info", ".egg-info", ".egg"))
            for child in folder.iterdir()
        )
    except OSError:
        return False


def _dependency(dist: Installed) -> Dependency:
    file = str(dist.path)
    name = dist.label
    if dist.problem is not None:
        return Dependency(name, None, file, None, f"{dist.problem}: not auditable")
    if dist.name is None or dist.version is None:
        missing = "Name" if dist.name is None else "Version"
        return Dependency(name, None, file, None, f"metadata without {missing}: not auditable")
    direct: dict[str, Any] = dist.direct_url or {}
    vcs = direct.get("vcs_info")
    if isinstance(vcs, dict):
        commit = vcs.get("commit_id")
        at = f" at commit {commit}" if isinstance(commit, str) else ""
        skip = f"installed from {vcs.get('vcs', 'VCS')} {direct.get('url', '?')}{at}"
        return Dependency(name, None, file, None, f"{skip}: not matched against advisories")
    if "dir_info" in direct:
        return Dependency(name, None, file, None, "installed from a local folder: not auditable")
    return Dependency(name, dist.version, file, None)


def _loaded(where: str, found: Inventory) -> Loaded:
    out = Loaded("environment", [_dependency(d) for d in found.distributions])
    folders = ", ".join(str(f) for f in found.folders) or "no folder"
    out.notes.append(f"{where}: found {found.summary()} in {folders}")
    return out


def read_environment(root: Path) -> Loaded:
    """The distributions of a virtual environment, prefix or site-packages folder (on disk)."""
    from pipwarden import environment
    from pipwarden.installed import inventory

    root = Path(root)
    if not root.is_dir():
        raise SourceError(f"{root}: no such environment folder")
    folders = [root] if _holds_distributions(root) else environment.venv_site_packages(root)
    if not folders:
        raise SourceError(f"{root}: no site-packages found (is it a virtual environment?)")
    out = _loaded(str(root), inventory(folders))
    if (root / "pyvenv.cfg").is_file() and environment.includes_system_site(root):
        out.notes.append(
            f"{root}: this environment also sees the system site-packages, which --path does "
            f"not read; -p {root} reads them too"
        )
    return out


def read_interpreter(spec: str) -> Loaded:
    """The distributions of the environment of an interpreter or venv (``-p``).

    A virtual environment is read from disk; another interpreter is asked where
    its site-packages are (``-I -S``: no ``.pth`` runs, none of its packages is
    imported), then those folders are read.
    """
    from pipwarden import environment
    from pipwarden.installed import inventory

    target = environment.find_target(spec)
    folders = environment.site_packages(target, strict=True)
    if not folders:
        raise SourceError(f"{spec}: no site-packages found for {target.python}")
    return _loaded(f"{spec} ({target.python})", inventory(folders))


def parse_environment(root: Path) -> list[Dependency]:
    """The dependencies installed at `root` (see `read_environment`), without notes."""
    return read_environment(root).dependencies
