"""Hand the vetted set to pip: exactly those artifacts, pinned by hash.

The generated requirements file names each cached artifact by path with its
sha256, and pip installs it with ``--no-deps --require-hashes`` into the
target interpreter. Only wheels: ``--no-index`` too, so pip cannot fetch
anything else. An allowed sdist needs its build backend from the index.
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from pipwarden.candidate import Candidate
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError
from pipwarden.resolve import PipOptions, pip_base, pip_env


def pinned_lines(candidates: list[Candidate]) -> list[str]:
    """One ``NAME @ file:///… --hash=sha256:…`` line per artifact."""
    lines = []
    for c in candidates:
        if c.path is None or not c.sha256:
            raise PipwardenError(f"{c.name} {c.version} has no verified artifact to install")
        lines.append(f"{c.name} @ {c.path.resolve().as_uri()} --hash=sha256:{c.sha256}")
    return lines


def install_command(
    candidates: list[Candidate], target: Target, options: PipOptions, requirements: Path
) -> list[str]:
    """The pip command that installs the vetted set."""
    cmd = pip_base(target) + [
        "install",
        "--no-deps",
        "--require-hashes",
        "--no-input",
        "--disable-pip-version-check",
        "-r",
        str(requirements),
    ]
    if any(c.kind == "sdist" for c in candidates):
        cmd += options.index_args()  # the build backend comes from the index
    else:
        cmd.append("--no-index")
    return cmd


def editable_command(candidates: list[Candidate], target: Target, options: PipOptions) -> list[str]:
    """The pip command that installs the editables the policy allowed (from their folders)."""
    cmd = pip_base(target) + ["install", "--no-deps", "--no-input", "--disable-pip-version-check"]
    for c in candidates:
        assert c.editable_folder is not None
        cmd += ["-e", str(c.editable_folder)]
    return cmd + options.index_args()  # the build backend comes from the index


def _run(cmd: list[str]) -> None:
    proc = subprocess.run(cmd, env=pip_env(), check=False, capture_output=True, text=True)
    if proc.returncode != 0:
        lines = [ln for ln in proc.stderr.splitlines() if ln.strip()]
        detail = lines[-1].removeprefix("ERROR:").strip() if lines else "no output"
        raise PipwardenError(f"pip could not install the vetted set: {detail}")


def install(candidates: list[Candidate], target: Target, options: PipOptions) -> None:
    """Install `candidates` into `target`; PipwardenError when pip fails.

    Everything is installed from the vetted artifacts, pinned by hash; an
    editable the policy allowed (``allow-editable``) is installed from its
    folder afterwards, and so is not pinned (its sdist finding says so).
    """
    pinned = [c for c in candidates if c.editable_folder is None]
    editables = [c for c in candidates if c.editable_folder is not None]
    with tempfile.TemporaryDirectory(prefix="pipwarden-install-") as tmp:
        if pinned:
            req = Path(tmp) / "vetted-requirements.txt"
            req.write_text("\n".join(pinned_lines(pinned)) + "\n", encoding="utf-8")
            _run(install_command(pinned, target, options, req))
    if editables:
        _run(editable_command(editables, target, options))
