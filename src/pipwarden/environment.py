"""The environment an install would change (T4): which interpreter, whether it
is a virtual environment, and whether we run as root."""

from __future__ import annotations

import os
import sys
import venv
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from pipwarden.errors import PipwardenError


@dataclass(frozen=True)
class Target:
    """The interpreter pip resolves and installs for."""

    python: Path
    #: The virtual environment's folder, None when the target is not a venv.
    venv: Path | None

    @property
    def is_venv(self) -> bool:
        """True when installing here cannot touch the system's packages."""
        return self.venv is not None

    @property
    def is_current(self) -> bool:
        """True when the target is the interpreter running pipwarden."""
        return _same(self.python, Path(sys.executable))


def _same(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b) and a.parent.resolve() == b.parent.resolve()
    except OSError:
        return False


def _venv_of(python: Path) -> Path | None:
    """The venv folder holding `python` (``bin/python`` beside ``pyvenv.cfg``)."""
    folder = python.absolute().parent.parent
    return folder if (folder / "pyvenv.cfg").is_file() else None


def _python_in(folder: Path) -> Path | None:
    for rel in ("bin/python", "bin/python3", "Scripts/python.exe"):
        candidate = folder / rel
        if candidate.exists():
            return candidate
    return None


def find_target(spec: str | None) -> Target:
    """The target named by ``-p/--python`` (a venv folder or an interpreter).

    Without one: the active virtual environment (``VIRTUAL_ENV``), else the
    interpreter running pipwarden, as pip itself would do.
    """
    if spec:
        path = Path(spec).expanduser()
        if path.is_dir():
            python = _python_in(path)
            if python is None:
                raise PipwardenError(
                    f"{spec} is a folder but not a virtual environment (no bin/python); "
                    f"create one with: pipwarden venv {spec}"
                )
        elif path.is_file():
            python = path
        else:
            raise PipwardenError(
                f"no such environment or interpreter: {spec} (create one with: pipwarden venv {spec})"
            )
        return Target(python=python.absolute(), venv=_venv_of(python))
    active = os.environ.get("VIRTUAL_ENV")
    if active:
        python = _python_in(Path(active))
        if python is not None:
            return Target(python=python.absolute(), venv=_venv_of(python))
    python = Path(sys.executable)
    in_venv = sys.prefix != sys.base_prefix
    return Target(python=python, venv=Path(sys.prefix) if in_venv else None)


def venv_site_packages(root: Path) -> list[Path]:
    """The site-packages folders of the virtual environment (or prefix) at `root`.

    POSIX (``lib/pythonX.Y/site-packages``, ``lib64``), Debian's
    ``dist-packages`` and Windows (``Lib/site-packages``).
    """
    found: list[Path] = []
    for pattern in (
        "lib/python*/site-packages",
        "lib64/python*/site-packages",
        "lib/python*/dist-packages",
        "local/lib/python*/dist-packages",
    ):
        found += sorted(root.glob(pattern))
    found += [p for p in [root / "Lib" / "site-packages"] if p.is_dir()]
    return list(dict.fromkeys(p.resolve() for p in found))


def includes_system_site(venv_root: Path) -> bool:
    """True when the venv's ``pyvenv.cfg`` says ``include-system-site-packages = true``."""
    try:
        text = (venv_root / "pyvenv.cfg").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.strip().lower() == "include-system-site-packages":
            return value.strip().lower() == "true"
    return False


#: Asks an interpreter where its distributions live. Run with ``-I -S``: only the
#: standard library is imported, no ``.pth`` file runs, nothing of the target's packages.
_WHERE = (
    "import json,site,sys,sysconfig\n"
    "p=[sysconfig.get_path('purelib'),sysconfig.get_path('platlib')]\n"
    "p+=site.getsitepackages()\n"
    "if sys.prefix==sys.base_prefix:\n"
    " p.append(site.getusersitepackages())\n"
    "b=site.getsitepackages([sys.base_prefix,sys.base_exec_prefix])\n"
    "print(json.dumps({'paths':p,'base':b}))\n"
)


def _ask(python: Path) -> dict[str, list[str]]:
    import json
    import subprocess

    try:
        proc = subprocess.run(
            [str(python), "-I", "-S", "-c", _WHERE],
            capture_output=True, text=True, timeout=30, check=False,
        )  # fmt: skip
        data = json.loads(proc.stdout)
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise PipwardenError(f"cannot ask {python} where its packages are: {exc}") from None
    if not isinstance(data, dict):
        raise PipwardenError(f"{python}: unexpected answer about its site-packages")
    return {k: [str(p) for p in v if isinstance(p, str)] for k, v in data.items()}


def site_packages(target: Target, *, strict: bool = False) -> list[Path]:
    """The existing folders the target's interpreter reads distributions from.

    A virtual environment is read from disk without starting it, unless its
    ``pyvenv.cfg`` includes the system site-packages; any other interpreter is
    asked (``-I -S``, a fixed standard-library snippet). When the interpreter
    cannot answer: PipwardenError if `strict`, else only what was found on disk.
    """
    found: list[Path] = []
    try:
        if target.venv is not None:
            found = venv_site_packages(target.venv)
            if includes_system_site(target.venv):
                found += [Path(p) for p in _ask(target.python).get("base", [])]
        else:
            found = [Path(p) for p in _ask(target.python).get("paths", [])]
    except PipwardenError:
        if strict:
            raise
    return list(dict.fromkeys(p.resolve() for p in found if p.is_dir()))


def startup_pth(target: Target) -> list[str]:
    """The target's ``.pth`` files holding executable lines (``import …``): they run at start-up."""
    return [
        pth.name
        for _, pth, text in pth_files(site_packages(target))
        if any(ln.startswith(("import ", "import\t")) for ln in text.splitlines())
    ]


def pth_files(folders: Iterable[Path]) -> Iterator[tuple[Path, Path, str]]:
    """Each ``.pth`` file of `folders` (folder, file, its text as data: at most 1 MiB),
    in name order; unreadable folders and files are passed over."""
    for folder in folders:
        try:
            entries = sorted(folder.glob("*.pth"))
        except OSError:
            continue
        for pth in entries:
            try:
                with pth.open("rb") as fh:
                    text = fh.read(1 << 20).decode("utf-8", "replace")
            except OSError:
                continue
            yield folder, pth, text


def is_root() -> bool:
    """True when running with root privileges (POSIX effective uid 0)."""
    geteuid = getattr(os, "geteuid", None)
    return bool(geteuid is not None and geteuid() == 0)


def guard_install(target: Target, *, allow_system: bool, allow_root: bool) -> None:
    """Refuse (PipwardenError, exit 2) an install that could touch the whole system."""
    if not target.is_venv and not allow_system:
        raise PipwardenError(
            f"refusing to install into {target.python}: it is not a virtual environment; "
            "create one with `pipwarden venv .venv` and pass `-p .venv`, "
            "or pass --allow-system if you really mean it"
        )
    if is_root() and not allow_root:
        raise PipwardenError(
            "refusing to install as root: an install could then change the whole system; "
            "run as an ordinary user, or pass --allow-root (or set allow-root = true in the "
            "policy) inside a container"
        )


def create_venv(path: Path, *, with_pip: bool = False, clear: bool = False) -> Target:
    """Create a virtual environment (pipwarden drives it with its own pip)."""
    if path.exists() and any(path.iterdir()) and not clear:
        if (path / "pyvenv.cfg").is_file():
            raise PipwardenError(f"{path} already is a virtual environment (--clear recreates it)")
        raise PipwardenError(f"{path} exists and is not empty; choose another folder")
    try:
        venv.EnvBuilder(with_pip=with_pip, clear=clear, symlinks=os.name != "nt").create(path)
    except (OSError, Exception) as exc:  # venv raises CalledProcessError for ensurepip
        raise PipwardenError(f"cannot create a virtual environment in {path}: {exc}") from None
    python = _python_in(path)
    if python is None:  # pragma: no cover - venv always makes one
        raise PipwardenError(f"{path} has no interpreter after creation")
    return Target(python=python.absolute(), venv=path.absolute())


def pth_folders(folders: list[Path]) -> list[Path]:
    """The folders that the path lines of `folders`' ``.pth`` files add (what `site` would add).

    Only lines naming an existing folder count; ``import`` lines are code and
    are neither run nor followed. Editable installs of the older kind (an
    ``.egg-link`` and a path line) are found this way.
    """
    out: list[Path] = []
    for folder, _, text in pth_files(folders):
        for line in text.splitlines():
            line = line.rstrip()
            if not line or line.startswith(("#", "import ", "import\t")):
                continue
            path = (folder / line).resolve() if not Path(line).is_absolute() else Path(line)
            if path.is_dir() and path not in out and path not in folders:
                out.append(path)
    return out


def metadata_folders(target: Target) -> list[Path]:
    """Where the target's installed distributions live: site-packages, then ``.pth`` folders."""
    folders = site_packages(target)
    return folders + pth_folders(folders)


def install_target(spec: str | None) -> Target:
    """The environment `install` changes: ``-p``, else the active virtual environment.

    Never the interpreter running pipwarden by default: with neither, refuse
    (PipwardenError, exit 2) and say how to name one.
    """
    if spec or os.environ.get("VIRTUAL_ENV"):
        return find_target(spec)
    raise PipwardenError(
        "no environment to install into: pass -p PATH (a virtual environment; create one "
        "with `pipwarden venv .venv`, then `pipwarden install -p .venv ...`) or activate a "
        "virtual environment; pipwarden never installs into its own environment by default"
    )
