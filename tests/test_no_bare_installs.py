"""Nothing pipwarden generates, nor its own CI, installs a package by bare name.

Every `pip install` / `uv pip install` / `pipx install` in a `run:` script or a
pre-commit `entry:` must install either from requirement files whose every
line carries a hash, or a local path / a reference pinned to a commit, with
``--no-deps`` (dependencies would come by name from an index) and, when it
builds, ``--no-build-isolation`` (build requirements would too). Every `uses:`
is pinned by a full commit SHA (local ``./`` actions exempt).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from pipwarden.disclosure import posture, templates

REPO = Path(__file__).resolve().parents[1]
ACTION = "acme/pipwarden@" + "0123456789abcdef" * 2 + "01234567"

_SHA_REF = re.compile(r"^[\w.-]+/[\w.-]+(?:/[^@\s]+)?@[0-9a-f]{40}$")
_PINNED_URL = re.compile(r"^[A-Za-z0-9][\w.-]* @ (?:git\+)?https://\S+@[0-9a-f]{40}$")
#: pip / uv options that take a value (so the next token is not a requirement).
_VALUED = {
    "-r", "--requirement", "-c", "--constraint", "-e", "--editable", "-i", "--index-url",
    "--extra-index-url", "-f", "--find-links", "--python", "-t", "--target", "--prefix",
    "--root", "--only-binary", "--no-binary", "--platform", "--python-version",
    "--implementation", "--abi", "--progress-bar", "--cache-dir", "--src", "--upgrade-strategy",
    "--log", "--timeout", "--retries", "--trusted-host", "--cert", "--client-cert", "--proxy",
    "--config-settings", "-C", "--index-strategy", "--keyring-provider", "--exclude-newer",
}  # fmt: skip
_INSTALLERS = (
    ("pip", "install"), ("pip3", "install"), ("uv", "pip", "install"), ("pipx", "install"),
    ("uv", "tool", "install"),
)  # fmt: skip


def _commands(script: str) -> Iterator[list[str]]:
    """Each simple command of a shell script, as words (continuations joined)."""
    for _, line in posture.logical_lines(script):
        for part in re.split(r"&&|\|\||[;|]", line):
            try:
                words = shlex.split(part, comments=True)
            except ValueError:
                words = part.split()
            if words:
                yield words


def _install_args(words: list[str]) -> tuple[str, list[str]] | None:
    """(installer, arguments) when `words` runs an installer, else None."""
    while words and (("=" in words[0] and not words[0].startswith("-")) or words[0] == "sudo"):
        words = words[1:]  # VAR=value prefixes, sudo
    if len(words) >= 3 and re.fullmatch(r"\S*python[\d.]*", words[0]) and words[1] == "-m":
        words = words[2:]
    for installer in _INSTALLERS:
        n = len(installer)
        head = [w for w in words[: n + 4] if not w.startswith("-")][:n]
        if tuple(head) == installer:
            rest = words[words.index(installer[-1]) + 1 :]
            return " ".join(installer), rest
    return None


def _resolve(token: str, base: Path, action_dir: Path) -> Path:
    for var in ("$ACTION_PATH", "${ACTION_PATH}", "${{ github.action_path }}"):
        token = token.replace(var, str(action_dir))
    path = Path(token)
    return path if path.is_absolute() else base / path


def install_problems(script: str, base: Path, action_dir: Path | None = None) -> list[str]:
    """Why each installer command in `script` may install something by bare name."""
    problems: list[str] = []
    for words in _commands(script):
        found = _install_args(words)
        if found is None:
            continue
        installer, args = found
        line = " ".join(words)
        if installer in ("pipx install", "uv tool install"):
            problems.append(f"{line!r}: {installer} resolves dependencies from an index by name")
            continue
        files: list[str] = []
        targets: list[str] = []
        flags: set[str] = set()
        i = 0
        while i < len(args):
            arg = args[i]
            name, eq, value = arg.partition("=")
            if name in _VALUED:
                if not eq:
                    i += 1
                    value = args[i] if i < len(args) else ""
                if name in ("-r", "--requirement", "-c", "--constraint"):
                    files.append(value)
                elif name in ("-e", "--editable"):
                    targets.append(value)
            elif arg.startswith("-"):
                flags.add(name)
            else:
                targets.append(arg)
            i += 1
        for name in files:
            path = _resolve(name, base, action_dir or base)
            if not path.is_file():
                problems.append(f"{line!r}: requirement file {name} does not exist")
            elif unhashed := posture.unhashed_requirements(path.read_text(encoding="utf-8")):
                problems.append(f"{line!r}: {name} has lines without --hash: {unhashed[0][1]}")
        if not targets:
            if not files:
                problems.append(f"{line!r}: installs nothing that can be checked")
            continue
        for target in targets:
            local = target.startswith((".", "/", "$")) or target.endswith(".whl")
            if not local and not _PINNED_URL.match(target):
                problems.append(f"{line!r}: {target!r} is a bare name (no hash, no pinned ref)")
                continue
            if "--no-deps" not in flags:
                problems.append(f"{line!r}: without --no-deps, dependencies come by name")
            if not target.endswith(".whl") and "--no-build-isolation" not in flags:
                problems.append(f"{line!r}: without --no-build-isolation, build requirements do")
    return problems


def _nodes(node: Any) -> Iterator[tuple[str, Any]]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key), value
            yield from _nodes(value)
    elif isinstance(node, list):
        for item in node:
            yield from _nodes(item)


def yaml_problems(text: str, base: Path, action_dir: Path | None = None) -> list[str]:
    """Bare installs in `run:`/`entry:` scripts and unpinned `uses:` of a YAML document."""
    problems: list[str] = []
    for key, value in _nodes(yaml.safe_load(text)):
        if key in ("run", "entry") and isinstance(value, str):
            problems += install_problems(value, base, action_dir)
        elif key == "uses" and isinstance(value, str):
            ref = value.strip()
            if ref.startswith("./"):
                continue
            if ref.startswith("docker://"):
                if "@sha256:" not in ref:
                    problems.append(f"uses {ref}: docker image not pinned by digest")
            elif not _SHA_REF.match(ref):
                problems.append(f"uses {ref}: not pinned by a full commit SHA")
    return problems


def _own_files() -> list[Path]:
    workflows = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
    return [*workflows, REPO / "action.yml", REPO / ".pre-commit-hooks.yaml"]


@pytest.mark.parametrize("path", _own_files(), ids=lambda p: p.relative_to(REPO).as_posix())
def test_own_ci_installs_nothing_by_bare_name(path: Path) -> None:
    assert path.is_file()
    assert yaml_problems(path.read_text(encoding="utf-8"), REPO, REPO) == []


@pytest.mark.parametrize("deps", [("requirements.txt",), ("pyproject.toml",)])
def test_generated_files_install_nothing_by_bare_name(tmp_path: Path, deps: tuple[str]) -> None:
    inputs = templates.PolicyInputs("acme", "sec@acme-project.org", ACTION, dependency_files=deps)
    rendered = templates.render_all(inputs)
    assert any(ACTION in text for text in rendered.values())
    for rel, text in rendered.items():
        if rel.endswith((".yml", ".yaml")):
            assert yaml_problems(text, tmp_path) == [], rel


def test_action_requirements_pin_every_runtime_dependency() -> None:
    from packaging.requirements import Requirement
    from packaging.utils import canonicalize_name

    from pipwarden.limits import loads_toml

    text = (REPO / ".github" / "action-requirements.txt").read_text(encoding="utf-8")
    assert posture.unhashed_requirements(text) == []
    pinned = {
        canonicalize_name(m.group(1)) for m in re.finditer(r"(?m)^([A-Za-z0-9][\w.-]*)==\S+", text)
    }
    project = loads_toml((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    build = project["build-system"]["requires"]
    for spec in [*project["project"]["dependencies"], *build]:
        assert canonicalize_name(Requirement(spec).name) in pinned, spec


BAD_SCRIPTS = [
    ("pip install requests", "bare name"),
    ("python -m pip install --only-binary :all: pipwarden", "bare name"),
    ("PIP_X=1 python3.12 -m pip install -U 'pipwarden>=1'", "bare name"),
    ("uv pip install ruff", "bare name"),
    ("pipx install pipwarden", "resolves dependencies"),
    ("python -m pip install .", "--no-deps"),
    ('python -m pip install --no-deps "$ACTION_PATH"', "--no-build-isolation"),
    ("pip install -r requirements.txt", "does not exist"),
    ("pip install -r unhashed.txt", "without --hash"),
    ("pip install pipwarden@git+https://github.com/a/pipwarden@main", "bare name"),
    ("cd x && \\\n  pip install --no-deps --no-build-isolation . && pip install flask", "flask"),
]


@pytest.mark.parametrize(("script", "why"), BAD_SCRIPTS)
def test_checker_catches_bare_installs(tmp_path: Path, script: str, why: str) -> None:
    (tmp_path / "unhashed.txt").write_text("flask==3.0\n")
    problems = install_problems(script, tmp_path)
    assert any(why in p for p in problems), problems


GOOD_SCRIPTS = [
    "pip install --require-hashes --only-binary :all: -r hashed.txt",
    "python -m pip install --no-deps --no-build-isolation --no-index .",
    'python -m pip install --no-deps --no-build-isolation "$ACTION_PATH"',
    "pip install --no-deps dist/pipwarden-1.0-py3-none-any.whl",
    'pip install --no-deps --no-build-isolation "pipwarden @ git+https://github.com/a/pipwarden@'
    + "a" * 40
    + '"',
    "echo pip install flask",
    "pipwarden install flask",
]


@pytest.mark.parametrize("script", GOOD_SCRIPTS)
def test_checker_accepts_pinned_installs(tmp_path: Path, script: str) -> None:
    (tmp_path / "hashed.txt").write_text("flask==3.0 --hash=sha256:" + "a" * 64 + "\n")
    assert install_problems(script, tmp_path) == []


def test_checker_catches_unpinned_uses(tmp_path: Path) -> None:
    doc = """
steps:
  - uses: actions/checkout@v4
  - uses: github/codeql-action/upload-sarif@v3
  - uses: docker://alpine:3
  - uses: ./local-action
  - uses: actions/setup-python@42375524e23c412d93fb67b49958b491fce71c38
"""
    assert yaml_problems(doc, tmp_path) == [
        "uses actions/checkout@v4: not pinned by a full commit SHA",
        "uses github/codeql-action/upload-sarif@v3: not pinned by a full commit SHA",
        "uses docker://alpine:3: docker image not pinned by digest",
    ]
