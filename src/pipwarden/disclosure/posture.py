"""`policy check`: offline, local checks of a repository's security posture,
in the spirit of OpenSSF Scorecard.

Every check reads files only (no network, nothing executed) and returns a
`CheckResult`: pass, fail or not applicable, a 0-10 score, the evidence
(file and line) and the fix. `assess` runs them all and weighs the scores.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from pipwarden.disclosure import channel
from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity
from pipwarden.rules import Rule

PASS = "pass"
FAIL = "fail"
NOT_APPLICABLE = "n/a"

_SKIP_DIRS = {
    ".git", ".hg", ".svn", ".venv", "venv", "env", "node_modules", ".tox", ".nox",
    "__pycache__", "build", "dist", "site-packages", ".mypy_cache", ".pytest_cache",
    ".ruff_cache", ".eggs", ".idea", ".vscode",
}  # fmt: skip
_KEEP_DOT_DIRS = {".github", ".gitlab", ".circleci", ".devcontainer", ".ci"}
_MAX_FILES = 20_000
_MAX_BYTES = 2_000_000


@dataclass(frozen=True)
class Evidence:
    """Where a check looked and what it saw: a file (relative), a line, a short text."""

    file: str
    line: int | None
    text: str
    #: True for evidence that supports passing (a contact found), False for a problem.
    ok: bool = False

    def location(self) -> str:
        """``file:line`` (or just the file)."""
        return f"{self.file}:{self.line}" if self.line else self.file


@dataclass(frozen=True)
class CheckResult:
    """The outcome of one posture check."""

    id: str
    title: str
    status: str
    score: int
    weight: float
    reason: str
    fix: str
    evidence: tuple[Evidence, ...] = ()

    @property
    def passed(self) -> bool:
        """Whether the check passed."""
        return self.status == PASS


@dataclass(frozen=True)
class Posture:
    """All check results for one repository and its weighted score (0-10)."""

    root: Path
    results: tuple[CheckResult, ...]

    @property
    def score(self) -> float:
        """The weighted mean of the applicable checks' scores, one decimal."""
        applicable = [r for r in self.results if r.status != NOT_APPLICABLE]
        total = sum(r.weight for r in applicable)
        if not total:
            return 0.0
        return round(sum(r.weight * r.score for r in applicable) / total, 1)


@dataclass(frozen=True)
class CheckInfo:
    """A posture check's id, title, weight, fix and function."""

    id: str
    title: str
    weight: float
    fix: str
    run: Callable[[Repo, CheckInfo], CheckResult] = field(repr=False)

    def result(
        self, status: str, score: int, reason: str, evidence: list[Evidence] | None = None
    ) -> CheckResult:
        """A CheckResult of this check."""
        return CheckResult(
            self.id, self.title, status, score, self.weight, reason, self.fix,
            tuple(evidence or ()),
        )  # fmt: skip


_CI_ROOT_NAMES = {".gitlab-ci.yml", "azure-pipelines.yml", ".travis.yml"}
_LOCK_NAMES = {"uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml"}
_REQUIREMENTS = re.compile(r"(^|[-_.])(requirements?|constraints)([-_.].*)?\.txt$", re.I)


def _kind(rel_dir: str, name: str) -> str | None:
    """What a file is to the posture checks (by its folder and name), or None."""
    if rel_dir == ".github/workflows" and name.endswith((".yml", ".yaml")):
        return "workflow"
    if (rel_dir == "" and name in _CI_ROOT_NAMES) or (
        rel_dir == ".circleci" and name == "config.yml"
    ):
        return "ci"
    if (
        name in ("Dockerfile", "Containerfile")
        or name.startswith(("Dockerfile.", "Containerfile."))
        or name.endswith((".Dockerfile", ".dockerfile"))
    ):
        return "docker"
    if name.endswith((".sh", ".bash")) or name == "Makefile":
        return "script"
    if name.endswith(".txt") and (
        _REQUIREMENTS.search(name) or rel_dir.rsplit("/", 1)[-1] == "requirements"
    ):
        return "requirements"
    if name in _LOCK_NAMES or (name.startswith("pylock.") and name.endswith(".toml")):
        return "lock"
    return None


class Repo:
    """The files of a repository that posture checks read, found in one walk."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._by_kind: dict[str, list[Path]] = {}
        self._texts: dict[Path, str | None] = {}
        self.file_count = 0
        self._walk()

    def _walk(self) -> None:
        stack = [("", str(self.root))]
        while stack:
            rel_dir, folder = stack.pop()
            try:
                with os.scandir(folder) as it:
                    entries = sorted(it, key=lambda e: e.name)
            except OSError:
                continue
            subdirs = []
            for entry in entries:
                name = entry.name
                if entry.is_symlink():
                    continue
                if entry.is_dir():
                    if name not in _SKIP_DIRS and (
                        not name.startswith(".") or name in _KEEP_DOT_DIRS
                    ):
                        subdirs.append((f"{rel_dir}/{name}" if rel_dir else name, entry.path))
                    continue
                self.file_count += 1
                if self.file_count > _MAX_FILES:
                    return
                kind = _kind(rel_dir, name)
                if kind is not None:
                    self._by_kind.setdefault(kind, []).append(Path(entry.path))
            stack.extend(reversed(subdirs))

    def rel(self, path: Path) -> str:
        """`path` relative to the root, with forward slashes."""
        return path.relative_to(self.root).as_posix()

    def text(self, path: Path) -> str:
        """The text of `path` (empty when unreadable or too large, see `readable`)."""
        if path not in self._texts:
            try:
                if path.stat().st_size > _MAX_BYTES:
                    self._texts[path] = None
                else:
                    self._texts[path] = path.read_text(encoding="utf-8", errors="replace")
            except OSError:
                self._texts[path] = None
        return self._texts[path] or ""

    def readable(self, path: Path) -> bool:
        """Whether `path` could be read (it exists and is below the size cap)."""
        self.text(path)
        return self._texts[path] is not None

    def workflows(self) -> list[Path]:
        """GitHub Actions workflow files."""
        return list(self._by_kind.get("workflow", []))

    def ci_files(self) -> list[Path]:
        """Every CI definition: GitHub workflows, GitLab, CircleCI, Azure, Travis."""
        return self.workflows() + self._by_kind.get("ci", [])

    def dockerfiles(self) -> list[Path]:
        """Dockerfiles and Containerfiles (also ``*.Dockerfile``, ``Dockerfile.*``)."""
        return list(self._by_kind.get("docker", []))

    def scripts(self) -> list[Path]:
        """Shell scripts and Makefiles that CI may run."""
        return list(self._by_kind.get("script", []))

    def requirement_files(self) -> list[Path]:
        """pip requirement files (``requirements*.txt``, ``requirements/*.txt``...)."""
        return list(self._by_kind.get("requirements", []))

    def lock_files(self) -> list[Path]:
        """Lock files that record hashes (uv, Poetry, PDM, Pipenv, PEP 751)."""
        return list(self._by_kind.get("lock", []))


def logical_lines(text: str) -> list[tuple[int, str]]:
    """Lines with backslash continuations joined, numbered by their first line; no comments."""
    out: list[tuple[int, str]] = []
    start = 0
    buffer = ""
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.rstrip()
        if not buffer:
            start = number
            if line.lstrip().startswith("#"):
                continue
        if line.endswith("\\"):
            buffer += line[:-1] + " "
            continue
        out.append((start, _shell_form(buffer + line)))
        buffer = ""
    if buffer:
        out.append((start, _shell_form(buffer)))
    return out


_EXEC_FORM = re.compile(r"^(\s*RUN\s+)(\[.*\])\s*$", re.I)


def _shell_form(line: str) -> str:
    """A Dockerfile ``RUN ["pip", "install", "x"]`` as ``RUN pip install x``; others unchanged."""
    match = _EXEC_FORM.match(line)
    if not match:
        return line
    try:
        args = json.loads(match.group(2))
    except ValueError:
        return line
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        return line
    return match.group(1) + " ".join(args)


def _short(text: str, limit: int = 120) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


# -- security policy ---------------------------------------------------------

#: Each required report field, and the phrases that show a policy asks for it.
REPORT_FIELD_PATTERNS: dict[str, re.Pattern[str]] = {
    "reporter name and affiliation": re.compile(
        r"affiliation|your name|reporter'?s name|name and (organi[sz]ation|company)", re.I
    ),
    "technical details with step-by-step reproduction": re.compile(
        r"reproduc|proof[- ]of[- ]concept|\bPoC\b", re.I
    ),
    "who can exploit it and what they gain": re.compile(
        r"who can exploit|what (they|an attacker|the attacker) (gain|can)|\bimpact\b", re.I
    ),
    "whether it is public or known to third parties": re.compile(
        r"third[- ]part(y|ies)|public(ly)? (known|disclosed)|already public|is (it )?public"
        r"|whether .{0,40}public",
        re.I,
    ),
}


def missing_report_fields(text: str) -> list[str]:
    """The required report fields a security policy text does not ask for."""
    return [name for name, pattern in REPORT_FIELD_PATTERNS.items() if not pattern.search(text)]


def _check_security_policy(repo: Repo, info: CheckInfo) -> CheckResult:
    path = channel.find_policy_file(repo.root)
    if path is None:
        return info.result(FAIL, 0, "no SECURITY.md (looked in ., .github/, docs/)")
    rel = repo.rel(path)
    text = repo.text(path)
    contacts = channel.contacts_in(text, rel)
    missing = missing_report_fields(text)
    evidence = [Evidence(rel, None, "security policy present", ok=True)]
    evidence += [Evidence(rel, c.line, f"contact: {c.value}", ok=True) for c in contacts[:3]]
    score = 4 + (3 if contacts else 0) + round(3 * (4 - len(missing)) / 4)
    problems: list[str] = []
    bad: list[Evidence] = []
    if not contacts:
        problems.append("names no contact")
        bad.append(Evidence(rel, None, "no contact (no email address or reporting URL)"))
        bad += [Evidence(rel, n, why) for n, why in channel.placeholders_in(text)[:3]]
    if missing:
        problems.append(f"asks for {4 - len(missing)} of the 4 required report fields")
        bad += [Evidence(rel, None, f"does not ask for: {name}") for name in missing]
    if problems:
        return info.result(FAIL, score, f"{rel} " + " and ".join(problems), evidence + bad)
    reason = f"{rel} has a contact and asks for all four report fields"
    return info.result(PASS, 10, reason, evidence)


# -- static analysis on pull requests -------------------------------------------

#: CodeQL, `pipwarden scan`, or the pipwarden Action (which runs `pipwarden scan`).
_SAST = re.compile(
    r"github/codeql-action/analyze|pipwarden\s+scan\b|\buses:\s*[\"']?[\w.-]+/pipwarden@"
)
_PR_TRIGGER = re.compile(r"\bpull_request\b(?!_target)|\bmerge_requests?\b")


def _check_sast(repo: Repo, info: CheckInfo) -> CheckResult:
    found: list[Evidence] = []
    push_only: list[Evidence] = []
    for path in repo.ci_files():
        text = repo.text(path)
        lines = [(n, line) for n, line in logical_lines(text)]
        tools = [(n, line) for n, line in lines if _SAST.search(line)]
        if not tools:
            continue
        on_pr = path.name == ".gitlab-ci.yml" or any(
            _PR_TRIGGER.search(line) and "github.event" not in line for _, line in lines
        )
        n, line = tools[0]
        ev = Evidence(repo.rel(path), n, _short(line.strip()))
        (found if on_pr else push_only).append(ev)
    if found:
        return info.result(PASS, 10, "static analysis runs on pull requests", found)
    if push_only:
        return info.result(FAIL, 5, "static analysis runs, but not on pull requests", push_only)
    return info.result(FAIL, 0, "no CodeQL or pipwarden scan in any CI workflow")


# -- dependency update tool ---------------------------------------------------

_RENOVATE = {
    "renovate.json", "renovate.json5", ".renovaterc", ".renovaterc.json", ".renovaterc.json5",
}  # fmt: skip


def _check_dependency_updates(repo: Repo, info: CheckInfo) -> CheckResult:
    evidence: list[Evidence] = []
    for folder in (repo.root, repo.root / ".github", repo.root / ".gitlab"):
        for name in sorted(_RENOVATE):
            if (folder / name).is_file():
                evidence.append(Evidence(repo.rel(folder / name), None, "Renovate configured"))
    without_pip: list[Evidence] = []
    for name in ("dependabot.yml", "dependabot.yaml"):
        path = repo.root / ".github" / name
        if not path.is_file():
            continue
        rel = repo.rel(path)
        ecosystems = re.finditer(r"package-ecosystem:\s*[\"']?([\w-]+)", repo.text(path))
        hits = [(repo.text(path)[: m.start()].count("\n") + 1, m.group(1)) for m in ecosystems]
        pip = [(n, e) for n, e in hits if e in ("pip", "uv", "pipenv", "poetry")]
        if pip:
            evidence += [Evidence(rel, n, f"package-ecosystem: {e}") for n, e in pip]
        else:
            without_pip.append(Evidence(rel, None, "no pip package-ecosystem"))
    if evidence:
        return info.result(PASS, 10, "dependency updates are configured", evidence)
    if without_pip:
        return info.result(
            FAIL, 5, "Dependabot is configured, but not for Python dependencies", without_pip
        )
    return info.result(FAIL, 0, "no Dependabot or Renovate configuration")


# -- dependencies pinned with hashes ------------------------------------------

_REQ_OPTION = re.compile(r"^\s*-(?!e\b|-editable\b)")


def unhashed_requirements(text: str) -> list[tuple[int, str]]:
    """Requirement lines of a requirements file that carry no ``--hash``."""
    out = []
    for number, line in logical_lines(text):
        body = re.sub(r"\s+#.*$", "", line).strip()
        if not body or _REQ_OPTION.match(body):
            continue
        if "--hash" not in body:
            out.append((number, body))
    return out


def _check_pinned(repo: Repo, info: CheckInfo) -> CheckResult:
    reqs = repo.requirement_files()
    locks = repo.lock_files()
    if not reqs and not locks:
        return info.result(NOT_APPLICABLE, 0, "no requirement or lock files")
    bad: list[Evidence] = []
    good = [Evidence(repo.rel(p), None, "lock file with hashes", ok=True) for p in locks]
    for path in reqs:
        rel = repo.rel(path)
        missing = unhashed_requirements(repo.text(path))
        if not repo.readable(path):
            bad.append(Evidence(rel, None, "not read (unreadable or above 2 MB)"))
        elif missing:
            bad += [Evidence(rel, n, f"no --hash: {_short(line)}") for n, line in missing[:5]]
        else:
            good.append(Evidence(rel, None, "every requirement has --hash", ok=True))
    if bad:
        files = len({e.file for e in bad})
        total = files + len(good)
        return info.result(
            FAIL,
            round(10 * len(good) / total),
            f"{files} requirement file(s) without hashes",
            bad + good,
        )
    return info.result(PASS, 10, "dependencies are pinned with hashes", good)


# -- CI installs ---------------------------------------------------------------

_PIP_INSTALL = re.compile(r"\bpip3?(?:\.exe)?\s+install\b|\bpip\s+-\S+\s+install\b")
_SAFE_INSTALL = re.compile(r"--only-binary|--require-hashes")
_SAFE_ENV = re.compile(r"PIP_ONLY_BINARY|PIP_REQUIRE_HASHES")
_REQ_ARG = re.compile(r"(?:-r|--requirement)[=\s]+([^\s;&|]+)")


def _pip_installs(repo: Repo) -> Iterator[tuple[Path, int, str]]:
    for path in dict.fromkeys(repo.ci_files() + repo.dockerfiles() + repo.scripts()):
        for number, line in logical_lines(repo.text(path)):
            if _PIP_INSTALL.search(line):
                yield path, number, line


def _hashed_file(repo: Repo, base: Path, name: str) -> bool:
    for candidate in (repo.root / name, base / name):
        if candidate.is_file():
            text = repo.text(candidate)
            return bool(text.strip()) and not unhashed_requirements(text)
    return False


def _check_ci_installs(repo: Repo, info: CheckInfo) -> CheckResult:
    good: list[Evidence] = []
    bad: list[Evidence] = []
    for path, number, line in _pip_installs(repo):
        ev = Evidence(repo.rel(path), number, _short(line.strip()))
        safe = bool(_SAFE_INSTALL.search(line) or _SAFE_ENV.search(repo.text(path)))
        if not safe:
            # pip turns on hash-checking mode by itself when a requirement file has hashes.
            reqs = _REQ_ARG.findall(line)
            safe = bool(reqs) and all(_hashed_file(repo, path.parent, r) for r in reqs)
        (good if safe else bad).append(ev)
    if not good and not bad:
        return info.result(NOT_APPLICABLE, 0, "no pip install in CI, scripts or Dockerfiles")
    if bad:
        score = round(10 * len(good) / (len(good) + len(bad)))
        return info.result(
            FAIL,
            score,
            f"{len(bad)} pip install(s) may build source distributions (no --only-binary, "
            "no --require-hashes)",
            bad,
        )
    return info.result(PASS, 10, "every pip install is binary-only or hash-checked", good)


# -- trusted publishing --------------------------------------------------------

_PUBLISH = re.compile(
    r"pypa/gh-action-pypi-publish|twine\s+upload|\b(uv|poetry|flit|hatch|pdm)\s+publish\b"
)
_SECRET_CREDENTIAL = re.compile(
    r"(password|token|TWINE_PASSWORD|PYPI_API_TOKEN|PYPI_TOKEN|UV_PUBLISH_TOKEN|"
    r"POETRY_PYPI_TOKEN\w*|FLIT_PASSWORD|HATCH_INDEX_AUTH)\s*[:=]\s*[\"']?\$\{\{\s*secrets\.",
    re.I,
)
_ID_TOKEN = re.compile(r"id-token:\s*write")


def _check_trusted_publishing(repo: Repo, info: CheckInfo) -> CheckResult:
    good: list[Evidence] = []
    bad: list[Evidence] = []
    for path in repo.workflows():
        lines = logical_lines(repo.text(path))
        publish = [(n, line) for n, line in lines if _PUBLISH.search(line)]
        if not publish:
            continue
        rel = repo.rel(path)
        secrets = [(n, line) for n, line in lines if _SECRET_CREDENTIAL.search(line)]
        id_token = any(_ID_TOKEN.search(line) for _, line in lines)
        n, line = publish[0]
        if secrets:
            bad += [Evidence(rel, s, f"API token secret: {_short(t.strip())}") for s, t in secrets]
        elif not id_token:
            bad.append(Evidence(rel, n, "publishes without `id-token: write`"))
        else:
            good.append(Evidence(rel, n, _short(line.strip())))
    if not good and not bad:
        return info.result(NOT_APPLICABLE, 0, "no workflow publishes to PyPI")
    if bad:
        return info.result(FAIL, 0, "releases are published with a long-lived API token", bad)
    return info.result(PASS, 10, "releases use trusted publishing (OIDC)", good)


# -- pip as root --------------------------------------------------------------

_SUDO_PIP = re.compile(r"\bsudo\b(?:\s+-\S+)*\s+(?:\S*python[\d.]*\s+-m\s+)?pip3?\b")
_DOCKER_USER = re.compile(r"^\s*USER\s+(\S+)", re.I)
_DOCKER_FROM = re.compile(r"^\s*FROM\s", re.I)
_DOCKER_RUN = re.compile(r"^\s*RUN\s", re.I)


def _check_no_root_pip(repo: Repo, info: CheckInfo) -> CheckResult:
    bad: list[Evidence] = []
    seen_pip = False
    for path in dict.fromkeys(repo.ci_files() + repo.scripts() + repo.dockerfiles()):
        for number, line in logical_lines(repo.text(path)):
            if _SUDO_PIP.search(line):
                bad.append(Evidence(repo.rel(path), number, f"sudo pip: {_short(line.strip())}"))
            if _PIP_INSTALL.search(line):
                seen_pip = True
    for path in repo.dockerfiles():
        root_user = True
        for number, line in logical_lines(repo.text(path)):
            if _DOCKER_FROM.match(line):
                root_user = True
            elif (user := _DOCKER_USER.match(line)) is not None:
                root_user = user.group(1).split(":")[0] in ("root", "0")
            elif _DOCKER_RUN.match(line) and _PIP_INSTALL.search(line) and root_user:
                bad.append(
                    Evidence(repo.rel(path), number, f"pip install as root: {_short(line.strip())}")
                )
    if bad:
        return info.result(FAIL, 0, f"pip runs as root in {len(bad)} place(s)", bad)
    if not seen_pip:
        return info.result(NOT_APPLICABLE, 0, "no pip runs in CI, scripts or Dockerfiles")
    return info.result(PASS, 10, "no pip install runs as root")


CHECKS: tuple[CheckInfo, ...] = (
    CheckInfo(
        "security-policy",
        "Security policy with a contact and the required report fields",
        7.5,
        "Run `pipwarden policy init --contact ADDRESS --project NAME` or add to SECURITY.md a "
        "private contact and ask for: reporter name and affiliation, technical details with "
        "step-by-step reproduction, who can exploit it and what they gain, whether it is public.",
        _check_security_policy,
    ),
    CheckInfo(
        "static-analysis",
        "Static analysis on pull requests",
        5.0,
        "Run `pipwarden scan . --format sarif -o pipwarden.sarif` (or CodeQL) in a workflow "
        "triggered on pull_request and upload the SARIF (`pipwarden policy init` writes one).",
        _check_sast,
    ),
    CheckInfo(
        "dependency-update-tool",
        "Dependency update tool configured",
        7.5,
        'Add .github/dependabot.yml with `package-ecosystem: "pip"` '
        "(`pipwarden policy init` writes one) or a Renovate configuration.",
        _check_dependency_updates,
    ),
    CheckInfo(
        "pinned-dependencies",
        "Dependencies pinned with hashes",
        5.0,
        "Generate hashed requirements (`pip-compile --generate-hashes`, "
        "`uv pip compile --generate-hashes`) or commit a lock file (uv.lock, poetry.lock).",
        _check_pinned,
    ),
    CheckInfo(
        "ci-binary-installs",
        "CI installs with --only-binary or --require-hashes",
        5.0,
        "Add `--only-binary :all:` (no setup.py runs) or install from a hashed requirements "
        "file with `--require-hashes`; or set PIP_ONLY_BINARY=:all: for the job.",
        _check_ci_installs,
    ),
    CheckInfo(
        "trusted-publishing",
        "Releases by trusted publishing",
        5.0,
        "Publish with pypa/gh-action-pypi-publish in a job with `permissions: id-token: write`, "
        "register the workflow as a trusted publisher on PyPI, and delete the API token secret.",
        _check_trusted_publishing,
    ),
    CheckInfo(
        "no-root-pip",
        "No pip runs as root in CI scripts and Dockerfiles",
        7.5,
        "Drop `sudo` before pip; in Dockerfiles add `USER <non-root>` before `RUN pip install` "
        "(install into a virtual environment owned by that user).",
        _check_no_root_pip,
    ),
)


def severity_of(weight: float) -> Severity:
    """The severity of a failing posture check: high for the heaviest checks, else medium."""
    return Severity.HIGH if weight >= 7.5 else Severity.MEDIUM


#: One rule per posture check (``posture.<check id>``), as `policy check --format sarif`
#: reports them.
RULES: tuple[Rule, ...] = tuple(
    Rule(f"posture.{c.id}", c.title, c.title, c.fix, severity_of(c.weight)) for c in CHECKS
)


def assess(root: Path) -> Posture:
    """Run every posture check on the repository at `root`."""
    if not root.exists():
        raise PipwardenError(f"path {root} does not exist")
    if not root.is_dir():
        raise PipwardenError(f"path {root} is not a directory")
    repo = Repo(root)
    return Posture(root, tuple(check.run(repo, check) for check in CHECKS))
