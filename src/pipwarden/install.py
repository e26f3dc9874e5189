"""Hand the vetted set to pip: exactly those artifacts, pinned by hash.

The generated requirements file names each cached artifact by path with its
sha256, and pip installs it with ``--no-deps --require-hashes`` into the
target interpreter. Only wheels: ``--no-index`` too, so pip cannot fetch
anything else. An allowed sdist needs its build backend from the index.
"""

from __future__ import annotations

import subprocess
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from packaging.markers import InvalidMarker, UndefinedComparison, UndefinedEnvironmentName
from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import InvalidVersion, Version

from pipwarden.candidate import Candidate
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError
from pipwarden.installed import Present
from pipwarden.pipoptions import PipOptions, pip_base, pip_env
from pipwarden.resolve import Resolution

#: The kinds of change a plan makes, in the order they are listed.
ACTIONS = ("install", "upgrade", "downgrade", "reinstall")


@dataclass(frozen=True)
class Change:
    """One package the plan touches: ``from_`` is the installed version (None if absent)."""

    action: str  # one of ACTIONS, or "satisfied" (left as it is)
    name: str
    from_: str | None
    to: str | None

    def to_json(self) -> dict[str, Any]:
        """``{"name", "from", "to"}``."""
        return {"name": self.name, "from": self.from_, "to": self.to}


@dataclass
class Plan:
    """What an install would change in the target, before anything happens."""

    changes: list[Change] = field(default_factory=list)
    satisfied: list[Change] = field(default_factory=list)

    def of(self, action: str) -> list[Change]:
        """The changes of one kind."""
        return [c for c in self.changes if c.action == action]

    @property
    def keys(self) -> set[str]:
        """The normalized names that would be installed (new, upgraded, downgraded, again)."""
        return {canonicalize_name(c.name) for c in self.changes}

    def to_json(self) -> dict[str, list[dict[str, Any]]]:
        """``{"install", "upgrade", "downgrade", "reinstall", "already_satisfied"}``: lists of
        ``{"name", "from", "to"}``."""
        doc = {a: [c.to_json() for c in self.of(a)] for a in ACTIONS}
        doc["already_satisfied"] = [c.to_json() for c in self.satisfied]
        return doc


def _version(text: str) -> Version | None:
    try:
        return Version(text)
    except InvalidVersion:
        return None


def make_plan(resolution: Resolution, installed: dict[str, Present]) -> Plan:
    """The plan: each resolved package against what the target holds."""
    plan = Plan()
    for p in resolution.packages:
        if p.kept:
            continue
        have = installed.get(canonicalize_name(p.name))
        if have is None:
            plan.changes.append(Change("install", p.name, None, p.version))
            continue
        old, new = _version(have.version), _version(p.version)
        if old is not None and new is not None and new != old:
            action = "upgrade" if new > old else "downgrade"
        else:
            action = "reinstall" if have.version == p.version else "upgrade"
        plan.changes.append(Change(action, p.name, have.version, p.version))
    for name, version in resolution.satisfied:
        plan.satisfied.append(Change("satisfied", name, version, version))
    order = {a: i for i, a in enumerate(ACTIONS)}
    plan.changes.sort(key=lambda c: (order[c.action], canonicalize_name(c.name)))
    return plan


def _requirements(lines: Iterable[str]) -> list[Requirement]:
    out = []
    for line in lines:
        try:
            out.append(Requirement(line))
        except InvalidRequirement:
            continue
    return out


def _applies(req: Requirement, environment: dict[str, str]) -> bool:
    """pip check's rule: a dependency counts when its marker holds without extras."""
    if req.marker is None:
        return True
    try:
        return req.marker.evaluate({**environment, "extra": ""})
    except (InvalidMarker, UndefinedComparison, UndefinedEnvironmentName):
        return True


def conflicts(resolution: Resolution, installed: dict[str, Present], plan: Plan) -> list[str]:
    """What would be inconsistent after the plan, in pip's words (empty when nothing).

    As pip's own check after an install: every package the plan installs, and
    every installed package that depends on one of those, must find each of its
    dependencies installed, at a version its specifier allows.
    """
    after: dict[str, tuple[str, str, list[Requirement]]] = {
        key: (d.name, d.version, _requirements(d.requires)) for key, d in installed.items()
    }
    changed = plan.keys
    for p in resolution.packages:
        if canonicalize_name(p.name) in changed:
            requires = p.metadata.get("requires_dist") or []
            after[canonicalize_name(p.name)] = (
                p.name,
                p.version,
                _requirements(str(r) for r in requires),
            )
    env = resolution.environment
    messages: list[str] = []
    for key, (name, version, requires) in sorted(after.items()):
        deps = [r for r in requires if _applies(r, env)]
        if key not in changed and not any(canonicalize_name(r.name) in changed for r in deps):
            continue
        for req in deps:
            dep = after.get(canonicalize_name(req.name))
            if dep is None:
                messages.append(f"{name} {version} requires {req}, which is not installed")
                continue
            dep_version = _version(dep[1])
            if dep_version is not None and not req.specifier.contains(
                dep_version, prereleases=True
            ):
                messages.append(
                    f"{name} {version} requires {req}, but the plan leaves "
                    f"{dep[0]} {dep[1]}, which is incompatible"
                )
    return messages


def guard_plan(resolution: Resolution, installed: dict[str, Present], options: PipOptions) -> Plan:
    """The plan, or PipwardenError (exit 2) with pip's kind of conflict message when it
    would leave the target inconsistent. ``--no-deps`` skips the check, as in pip."""
    plan = make_plan(resolution, installed)
    if options.no_deps:
        return plan
    found = conflicts(resolution, installed, plan)
    if found:
        shown = "; ".join(found[:5]) + (f"; and {len(found) - 5} more" if len(found) > 5 else "")
        raise PipwardenError(
            f"refusing a plan that would leave the environment inconsistent: {shown}; "
            "nothing was installed (change the request so that it satisfies them, or add "
            "the packages that need a change to it)"
        )
    return plan


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
        # the plan already decided: install these even over the same version
        "--force-reinstall",
        "-r",
        str(requirements),
        *options.session_args(),
    ]
    if any(c.kind == "sdist" for c in candidates):
        cmd += options.index_args()  # the build backend comes from the index
    else:
        cmd.append("--no-index")
    return cmd


def editable_command(candidates: list[Candidate], target: Target, options: PipOptions) -> list[str]:
    """The pip command that installs the editables the policy allowed (from their folders)."""
    cmd = pip_base(target) + ["install", "--no-deps", "--no-input", "--disable-pip-version-check"]
    cmd += options.session_args()
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
