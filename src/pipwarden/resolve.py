"""The closure, from pip's own resolver: ``pip install --dry-run --report``.

pip runs in a subprocess, against the target interpreter (``pip --python``),
with ``--only-binary :all:`` so nothing is ever built. When a project offers
only a source distribution, pipwarden reads the sdist's static metadata
(PKG-INFO, never setup.py), puts a metadata-only stand-in wheel on a private
``--find-links`` folder and resolves again, so the whole closure is known and
the sdist itself can be judged; the stand-in is never installed. How pip is
started, and with which of the user's options, is `pipwarden.pipoptions`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import subprocess
import tempfile
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from pipwarden import pipview, sdistmeta
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError, ResolutionError
from pipwarden.findings import Finding, Severity
from pipwarden.pipoptions import PipOptions, pip_env, pip_isolated
from pipwarden.rules import Rule

if TYPE_CHECKING:  # the index client (httpx) is imported only when a failure needs it
    from pipwarden.direct import Direct, Prepared
    from pipwarden.index import IndexClient, IndexFile

MAX_SDIST_ROUNDS = 25


@dataclass(frozen=True)
class Resolved:
    """One package of the closure as pip chose it."""

    name: str
    version: str
    url: str
    filename: str
    sha256: str | None
    requested: bool
    metadata: dict[str, Any]
    yanked: bool
    #: Set when the package comes from an sdist (through a stand-in wheel).
    sdist: IndexFile | None = None
    #: Findings known before any check ran: an sdist's dependencies that only a
    #: build would tell, a direct reference that cannot be resolved.
    early: tuple[Finding, ...] = ()
    #: An allowed editable: installed with ``-e`` from this folder.
    editable_folder: Path | None = None
    #: Named directly by the request (a file, URL, folder or VCS reference).
    direct: bool = False
    #: Already installed in the target as it is: vetted again (``--recheck``), not installed.
    kept: bool = False


@dataclass
class Resolution:
    """The closure plus what was learnt on the way."""

    packages: list[Resolved] = field(default_factory=list)
    pip_command: list[str] = field(default_factory=list)
    cooldown_relaxed: bool = False
    #: The projects for which nothing old enough satisfied the request (why it was relaxed).
    relaxed_for: tuple[str, ...] = ()
    #: Resolved against the target's installed packages (else ``--ignore-installed``).
    against_installed: bool = False
    #: What pip found already satisfied in the target: (name, installed version).
    satisfied: list[tuple[str, str]] = field(default_factory=list)
    #: The target's environment markers, as pip evaluated them.
    environment: dict[str, str] = field(default_factory=dict)
    #: The request's own ``--hash`` values by normalized name (``sha256:HEX``...): what
    #: is fetched must match one of them.
    expected_hashes: dict[str, tuple[str, ...]] = field(default_factory=dict)


_NO_MATCH = re.compile(r"No matching distribution found for (.+?)\s*$", re.M)
#: A cause under pip's "The conflict is caused by:" (its requirement in group 1).
_CAUSE = re.compile(
    r"^\s+(?:The user requested (?:\(constraint\) )?|\S+ \S+ depends on )(\S.*?)\s*$", re.M
)
#: pip's first line about a conflict, and the project names in its list of requirements.
_CANNOT = re.compile(r"Cannot install (.+?) because these package versions")
_NAME_IN_LIST = re.compile(r"(?:^|, | and )([A-Za-z0-9][A-Za-z0-9._-]*)")
_NO_VERSION = re.compile(
    r"Could not find a version that satisfies the requirement (.+?) \(from versions: ([^)]*)\)"
)


def _run_pip(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(cmd, capture_output=True, text=True, env=pip_env(), check=False)
    except OSError as exc:
        raise ResolutionError(f"cannot run pip: {exc}") from None


def _last_error(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines() if ln.strip()]
    errors = [ln for ln in lines if ln.startswith("ERROR:")]
    text = errors[-1] if errors else (lines[-1] if lines else "pip failed")
    return text.removeprefix("ERROR:").strip()


class Resolver:
    """Runs pip's resolver and turns its failures into clear messages."""

    def __init__(
        self,
        options: PipOptions,
        target: Target | None,
        index: IndexClient | None = None,
        *,
        fetch_sdist: Callable[[IndexFile], Path] | None = None,
        offline_links: Path | None = None,
        prepared: Prepared | None = None,
        against_installed: bool = False,
    ) -> None:
        self.options = options
        self.target = target
        #: Resolve over what the target holds (pip's default), not ``--ignore-installed``.
        self.against_installed = against_installed and target is not None
        self._folders: list[Path] = []
        if self.against_installed:
            from pipwarden.environment import metadata_folders

            assert target is not None
            self._folders = metadata_folders(target)
        #: Needed only when pip fails (to explain why, or to read an sdist); may be
        #: attached after `start`.
        self.index = index
        self.fetch_sdist = fetch_sdist
        self.offline_links = offline_links
        #: The direct references pipwarden made safe (see `pipwarden.direct`).
        self.prepared = prepared
        self._tmp: Path | None = None
        self._first: tuple[list[str], subprocess.Popen[str]] | None = None
        #: The started pip and the file of its standard output (see `progress`).
        self._started: tuple[subprocess.Popen[str], Path] | None = None

    def start(self) -> None:
        """Launch pip's first resolution now, so it runs while pipwarden sets up.

        pip writes its output to files in the scratch folder (no pipe, no reader
        thread), which `progress` follows while pip runs.
        """
        self._tmp = Path(tempfile.mkdtemp(prefix="pipwarden-resolve-"))
        cmd = self._command(self._tmp / "report.json", None, self.options.uploaded_prior_to)
        out, err = self._tmp / "pip-stdout.txt", self._tmp / "pip-stderr.txt"
        try:
            with out.open("w", encoding="utf-8") as fout, err.open("w", encoding="utf-8") as ferr:
                popen = subprocess.Popen(cmd, stdout=fout, stderr=ferr, text=True, env=pip_env())
        except OSError as exc:
            raise ResolutionError(f"cannot run pip: {exc}") from None
        self._first = (cmd, popen)
        self._started = (popen, out)

    @property
    def started(self) -> bool:
        """Whether `start` launched pip (and `progress` can follow it)."""
        return self._started is not None

    def progress(self, stop: Callable[[], bool], poll: float = 0.05) -> Iterator[str]:
        """The lines pip's started resolution writes to its output, as it writes them,
        until it exits (or `stop()` is true, or nothing was started)."""
        if self._started is None:
            return
        popen, out = self._started
        rest = ""
        try:
            with out.open("r", encoding="utf-8", errors="replace") as fh:
                while True:
                    done = popen.poll() is not None
                    chunk = fh.read()
                    if chunk:
                        lines = (rest + chunk).split("\n")
                        rest = lines.pop()
                        yield from lines
                    if done or stop():
                        break
                    if not chunk:
                        time.sleep(poll)
        except OSError:  # the scratch folder is gone: the resolution is over
            return
        if rest:
            yield rest

    def close(self) -> None:
        """Stop a started pip that nobody collected, and remove the scratch folder."""
        if self._first is not None:
            self._first[1].kill()
            self._first[1].wait()
            self._first = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def resolve(self) -> Resolution:
        """The closure, or a ResolutionError/PipwardenError that says why not."""
        if self._tmp is None:
            self._tmp = Path(tempfile.mkdtemp(prefix="pipwarden-resolve-"))
        try:
            return self._resolve(self._tmp)
        finally:
            self.close()

    def _resolve(self, tmp: Path) -> Resolution:
        stubs = tmp / "stubs"
        stubs.mkdir(exist_ok=True)
        sdists: dict[str, tuple[IndexFile, tuple[str, ...]]] = {}
        cutoff = self.options.uploaded_prior_to
        relaxed: tuple[str, ...] | None = None
        for _round in range(MAX_SDIST_ROUNDS):
            report = tmp / "report.json"
            if self._first is not None:
                cmd, popen = self._first
                self._first = None
                popen.wait()
                proc = subprocess.CompletedProcess(
                    cmd,
                    popen.returncode,
                    (tmp / "pip-stdout.txt").read_text(encoding="utf-8", errors="replace"),
                    (tmp / "pip-stderr.txt").read_text(encoding="utf-8", errors="replace"),
                )
            else:
                report.unlink(missing_ok=True)
                cmd = self._command(report, stubs if sdists else None, cutoff)
                proc = _run_pip(cmd)
            if proc.returncode == 0 and report.is_file():
                result = self._parse(report, stubs, sdists)
                result.packages += [_unresolved(d) for d in self._unresolved()]
                result.pip_command = cmd
                result.cooldown_relaxed = relaxed is not None
                result.relaxed_for = relaxed or ()
                result.against_installed = self.against_installed
                replaced = {str(canonicalize_name(p.name)) for p in result.packages}
                result.satisfied = pipview.already_satisfied(proc.stdout, replaced)
                lines = self.prepared.lines if self.prepared is not None else []
                result.expected_hashes = pipview.expected_hashes(lines)
                return result
            if "do not match the hashes" in proc.stderr.lower() and self._drop_hashes(tmp):
                # The request's hashes do not match what the index serves: resolve
                # without them, so the mismatching artifacts are judged (and blocked).
                continue
            failed = _NO_MATCH.search(proc.stderr)
            if failed is None and cutoff is not None and "ResolutionImpossible" in proc.stderr:
                # A constraint may pin a release younger than the cut-off (pip then calls
                # it a conflict): resolve without the cooldown, as below.
                cutoff, relaxed = None, self._conflicting(proc.stderr)
                continue
            if failed is None:
                raise ResolutionError(self._explain_other(proc.stderr))
            req = self._requirement(failed.group(1))
            if self.options.wheels_only(req.name):
                raise ResolutionError(
                    f"no wheel of {req} fits (--only-binary forbids its source distribution): "
                    f"{_last_error(proc.stderr)}"
                )
            if cutoff is not None:
                # Nothing old enough satisfies the request: resolve without the
                # cooldown and let the publishers check report the young release.
                cutoff, relaxed = None, (req.name,)
                continue
            key = canonicalize_name(req.name)
            if key in sdists:
                raise ResolutionError(
                    f"{req.name}: no version satisfies {req} even from its source "
                    "distribution's metadata"
                )
            sdist = self._sdist_for(req, proc.stderr)
            if self.fetch_sdist is None:
                raise PipwardenError(f"only a source distribution exists for {req.name}")
            path = self.fetch_sdist(sdist)
            try:
                meta, notes = sdistmeta.read_pkg_info(path)
            except PipwardenError as exc:
                # Still judge it (the sdist check blocks it); its dependencies stay unknown.
                meta = sdistmeta.minimal_metadata(req.name, str(sdist.version))
                notes = (f"its metadata could not be read ({exc}): dependencies unknown",)
            sdistmeta.write_stub_wheel(stubs, meta, req.name)
            sdists[key] = (sdist, notes)
        raise ResolutionError(
            f"gave up after {MAX_SDIST_ROUNDS} projects that ship only source distributions"
        )

    def resolve_kept(self, pins: list[tuple[str, str]]) -> list[Resolved]:
        """The index's artifacts of already-installed packages (name, version), to vet
        them again (``--recheck``); they stay as they are in the target."""
        from dataclasses import replace

        tmp = Path(tempfile.mkdtemp(prefix="pipwarden-recheck-"))
        try:
            report = tmp / "report.json"
            cmd = pip_isolated(self.target) + [
                "install", "--dry-run", "--ignore-installed", "--no-deps", "--only-binary",
                ":all:", "--report", str(report), "--quiet", "--no-input",
                "--disable-pip-version-check", "--progress-bar", "off",
            ]  # fmt: skip
            if self.offline_links is not None:
                cmd += ["--no-index", "--find-links", str(self.offline_links)]
            else:
                cmd += self.options.index_args()
            cmd += self.options.session_args() + [f"{n}=={v}" for n, v in pins]
            proc = _run_pip(cmd)
            if proc.returncode != 0 or not report.is_file():
                raise ResolutionError(_no_kept_wheel(pins, proc.stderr))
            found = self._parse(report, tmp / "stubs", {}).packages
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
        return [replace(p, kept=True, requested=False) for p in found]

    def _drop_hashes(self, tmp: Path) -> bool:
        """Resolve from now on without the request's hashes; False if already so."""
        from dataclasses import replace

        unhashed = tmp / "unhashed.txt"
        if self.prepared is None or self.options.requirement_files == (str(unhashed),):
            return False
        unhashed.write_text("\n".join(pipview.without_hashes(self.prepared.lines)) + "\n")
        self.options = replace(self.options, requirement_files=(str(unhashed),))
        return True

    # -- pip command and report ----------------------------------------
    def _command(self, report: Path, stubs: Path | None, cutoff: dt.datetime | None) -> list[str]:
        for text in self.options.requirements:  # the last line of defence: names only
            try:
                direct = Requirement(text).url
            except InvalidRequirement:
                direct = text
            if direct:
                raise ResolutionError(
                    f"{text!r} is not a plain project requirement; pipwarden gives pip only "
                    "names (direct references go through pipwarden.direct)"
                )
        if self.against_installed:
            # pip reads the target's packages and says which are already satisfied.
            cmd = pip_isolated(self.target, self._folders) + ["install", "--dry-run"]
        else:
            # Not --quiet: pip's "Collecting"/"Downloading" lines name the candidates it
            # considers while it resolves (see `progress`).
            cmd = pip_isolated(self.target) + ["install", "--dry-run", "--ignore-installed"]
        cmd += [
            "--only-binary",
            ":all:",
            "--report",
            str(report),
            "--no-input",
            "--disable-pip-version-check",
            "--progress-bar",
            "off",
        ]
        if self.offline_links is not None:
            cmd += ["--no-index", "--find-links", str(self.offline_links)]
        else:
            cmd += self.options.index_args()
        if stubs is not None:
            cmd += ["--find-links", str(stubs)]
        if cutoff is not None:
            cmd += ["--uploaded-prior-to", cutoff.strftime("%Y-%m-%dT%H:%M:%SZ")]
        cmd += self.options.session_args() + self.options.plan_args()
        return cmd + self.options.request_args()

    def _parse(
        self,
        report: Path,
        stubs: Path,
        sdists: dict[str, tuple[IndexFile, tuple[str, ...]]],
    ) -> Resolution:
        try:
            doc = json.loads(report.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise ResolutionError(f"pip wrote an unreadable report: {exc}") from None
        out = Resolution()
        env = doc.get("environment")
        if isinstance(env, dict):
            out.environment = {str(k): str(v) for k, v in env.items()}
        stub_prefix = stubs.resolve().as_uri()
        for item in doc.get("install", []):
            meta = item.get("metadata", {})
            info = item.get("download_info", {})
            url = str(info.get("url", ""))
            hashes = info.get("archive_info", {}).get("hashes", {})
            sha = hashes.get("sha256")
            if sha is None:
                legacy = info.get("archive_info", {}).get("hash", "")
                if legacy.startswith("sha256="):
                    sha = legacy.split("=", 1)[1]
            name = str(meta.get("name", "?"))
            version = str(meta.get("version", "?"))
            filename = urllib.parse.unquote(
                url.split("#", 1)[0].split("?", 1)[0].rsplit("/", 1)[-1]
            )
            key = canonicalize_name(name)
            sdist: IndexFile | None = None
            notes: tuple[str, ...] = ()
            direct = self._direct(url)
            if direct is not None:
                out.packages.append(_from_direct(direct, meta))
                continue
            if url.startswith(stub_prefix) or (
                url.startswith("file:") and key in sdists and "/stubs/" in url
            ):
                sdist, notes = sdists[key]
                url, filename, sha = sdist.url, sdist.filename, sdist.sha256
            out.packages.append(
                Resolved(
                    name=name,
                    version=version,
                    url=url,
                    filename=filename,
                    sha256=sha,
                    requested=bool(item.get("requested")),
                    metadata=meta,
                    yanked=bool(item.get("is_yanked")),
                    sdist=sdist,
                    early=note_findings(name, version, notes),
                )
            )
        return out

    def _direct(self, url: str) -> Direct | None:
        if self.prepared is None or not url.startswith("file:"):
            return None
        return self.prepared.by_url.get(url.split("#", 1)[0])

    def _unresolved(self) -> list[Direct]:
        return list(self.prepared.unresolved) if self.prepared is not None else []

    # -- failures --------------------------------------------------------
    @staticmethod
    def _requirement(text: str) -> Requirement:
        text = re.sub(r"\s*\(from .*\)$", "", text.strip())
        try:
            return Requirement(text)
        except InvalidRequirement:
            name = re.split(r"[\s<>=!~;\[(@]", text, maxsplit=1)[0]
            return Requirement(name or text)

    @classmethod
    def _conflicting(cls, stderr: str) -> tuple[str, ...]:
        """The projects of the requirements pip names as the causes of a conflict."""
        names = [cls._requirement(m.group(1)).name for m in _CAUSE.finditer(stderr)]
        for m in _CANNOT.finditer(stderr):  # all pip says when --quiet
            names += _NAME_IN_LIST.findall(m.group(1))
        return tuple(dict.fromkeys(canonicalize_name(n) for n in names))

    def _where(self) -> str:
        from pipwarden.redact import redact_url

        assert self.index is not None
        if self.offline_links is not None:
            return "the offline cache"
        if not self.index.index_url:
            return "--find-links (no index)"
        return redact_url(self.index.index_url)

    def _sdist_for(self, req: Requirement, stderr: str) -> IndexFile:
        """The sdist to read for `req`, or the reason there is none."""
        from pipwarden.redact import redact_url

        if self.index is None:
            raise ResolutionError(f"pip found no installable version of {req}")
        if self.offline_links is not None:
            raise PipwardenError(
                f"offline: no cached wheel of {req} (the cache has only what earlier "
                "runs downloaded); run once without --offline"
            )
        found = self.index.find_project(req.name)
        linked = pipview.find_links_files(self.options.find_links, req.name, self.index)
        if linked:  # pip looks in --find-links too, beside (or instead of) the index
            found = (found[0], found[1] + linked) if found is not None else ("", linked)
        if found is None:
            extras = ", ".join(redact_url(u) for u in self.index.extra_index_urls)
            where = self._where() + (f" (nor {extras})" if extras else "")
            from pipwarden.explain import no_such_project

            raise PipwardenError(no_such_project(req.name, where, self.index))
        _base, files = found
        available = sorted({v for f in files if (v := f.version) is not None}, reverse=True)
        matching = [v for v in available if req.specifier.contains(v, prereleases=True)]
        if not matching:
            shown = ", ".join(str(v) for v in available[:10]) or "none"
            raise PipwardenError(
                f"no version of {req.name} matches {req.specifier or 'the request'} "
                f"(available: {shown})"
            )
        allow_pre = self.options.pre or any(s.prereleases for s in req.specifier._specs)
        candidates = [
            f
            for f in files
            if f.is_sdist
            and not f.yanked
            and (v := f.version) is not None
            and req.specifier.contains(v, prereleases=allow_pre)
        ]
        wheels = [f for f in files if f.is_wheel and (v := f.version) is not None and v in matching]
        if not candidates:
            detail = (
                "its wheels do not fit this Python and platform"
                if wheels
                else "pip found nothing it may install"
            )
            versions = _NO_VERSION.search(stderr)
            seen = versions.group(2) if versions else ""
            raise PipwardenError(
                f"no installable version of {req}: {detail}"
                + (f" (versions with a usable wheel: {seen})" if seen and seen != "none" else "")
            )
        best = max(candidates, key=lambda f: f.version or Version("0"))
        return best

    def _explain_other(self, stderr: str) -> str:
        text = _last_error(stderr)
        if "Invalid requirement" in text or "Invalid URL" in text:
            return text.replace("Invalid requirement", "invalid requirement")
        if "do not match the hashes" in stderr.lower():
            return "an artifact does not match its expected hash (see pip's output with -v)"
        if "--require-hashes mode" in text:
            # pip's sentence, then the requirements it names (indented lines)
            lines = stderr.splitlines()
            at = next(i for i, ln in enumerate(lines) if "--require-hashes mode" in ln)
            named = [ln.strip() for ln in lines[at + 1 :] if ln.startswith(" ") and ln.strip()]
            first = text.split(". ")[0]
            shown = "; ".join(re.sub(r" \(from .*\)$", "", n) for n in named[:5])
            return f"{first}: {shown}" if shown else text
        if "ResolutionImpossible" in stderr or "conflicting dependencies" in stderr:
            lines = [
                ln.strip() for ln in stderr.splitlines() if "requires" in ln or "depends" in ln
            ]
            detail = "; ".join(lines[:4])
            return "the requirements conflict" + (f": {detail}" if detail else "")
        if "Could not open requirements file" in text or "No such file" in text:
            return text
        return f"pip could not resolve the request: {text}"


def _no_kept_wheel(pins: list[tuple[str, str]], stderr: str) -> str:
    """Why ``--recheck`` cannot vet what is installed: the installed versions that have
    no wheel on the index (pip's words for anything else), and what to do instead."""
    missing = {canonicalize_name(req.split("==")[0]) for req in _NO_MATCH.findall(stderr)}
    named = [f"{n} {v}" for n, v in pins if canonicalize_name(n) in missing]
    if not named:
        return "--recheck: pip could not find the installed versions: " + _last_error(stderr)
    first = named[0].split()[0]
    return (
        f"--recheck: the index has no wheel of the installed {', '.join(named)} (removed "
        "from the index, or installed from elsewhere), so it cannot be vetted again; nothing "
        f"was installed. Upgrade it (-U {first}), or read the installed copy with "
        f"`pipwarden scan --installed {first} -p TARGET`"
    )


#: The rules of the findings the resolver reports before any check runs.
RULES: tuple[Rule, ...] = (
    Rule(
        "integrity.hash-mismatch",
        "Artifact does not match its announced hash",
        "The bytes downloaded (or given) differ from the sha256 the index or the request "
        "announced: the artifact was altered in transit, on the mirror or on disk. It always "
        "blocks.",
        "Do not install; check where the file came from, retry later or from another mirror.",
        Severity.CRITICAL,
        "CWE-494",
    ),
    Rule(
        "sdist.dynamic-dependencies",
        "Source distribution whose dependencies only a build would tell",
        "The sdist declares its dependencies dynamically; pipwarden never builds it, so its "
        "closure may be incomplete.",
        "List its dependencies yourself, or prefer a release with a wheel.",
        Severity.MEDIUM,
    ),
    Rule(
        "sdist.dynamic-metadata",
        "Direct source reference without static metadata",
        "A folder, archive or VCS reference whose name or version only a build would tell; "
        "pipwarden does not build it to find out.",
        "Build a wheel from a reviewed copy and pass the wheel, or give the project static "
        "metadata ([project] in pyproject.toml).",
        Severity.HIGH,
    ),
)


def note_findings(name: str, version: str, notes: tuple[str, ...]) -> tuple[Finding, ...]:
    """An sdist's notes (dependencies that only a build would tell) as medium findings."""
    return tuple(
        Finding(
            check="sdist",
            rule="sdist.dynamic-dependencies",
            severity=Severity.MEDIUM,
            message=f"{name} {version}: {note}",
            package=name,
            version=version,
            remediation="list its dependencies yourself, or prefer a release with a wheel",
        )
        for note in notes
    )


def _from_direct(d: Direct, meta: dict[str, Any], *blockers: Finding) -> Resolved:
    """A package of the closure that the request named directly (a file, URL or folder)."""
    from pipwarden.index import IndexFile

    url = d.artifact.resolve().as_uri() if d.artifact is not None else ""
    return Resolved(
        name=d.name,
        version=d.version,
        url=url,
        filename=d.filename,
        sha256=d.sha256,
        requested=True,
        metadata=meta,
        yanked=False,
        sdist=IndexFile(d.filename, url, d.sha256) if d.kind == "sdist" and url else None,
        early=blockers + note_findings(d.name, d.version, d.notes),
        editable_folder=d.editable_folder,
        direct=True,
    )


def _unresolved(d: Direct) -> Resolved:
    """A direct reference that was not given to pip: blocked with the reason."""
    where = f"{d.item.where}: {d.item.text}"
    if d.mismatch is not None:
        expected, actual = d.mismatch
        finding = Finding(
            check="integrity",
            rule="integrity.hash-mismatch",
            severity=Severity.CRITICAL,
            message=f"{d.filename} does not match the hash the request gave ({where})",
            package=d.name,
            version=d.version,
            evidence=f"expected {expected}, got {actual}",
            remediation="do not install; check where the file came from",
        )
    else:
        finding = Finding(
            check="sdist",
            rule="sdist.dynamic-metadata",
            severity=Severity.HIGH,
            message=f"{d.name}: {d.blocker} ({where})",
            package=d.name,
            version=d.version,
            file=d.filename,
            remediation=(
                "build a wheel yourself from a reviewed copy and pass the wheel, or give the "
                "project static metadata ([project] in pyproject.toml)"
            ),
        )
    return _from_direct(d, {}, finding)
