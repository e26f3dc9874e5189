"""The pipeline: resolve, fetch, check, judge.

``vet`` is what `pipwarden check` runs and what `pipwarden install` runs
before it installs anything; it never installs and never executes package
code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    Progress,
    TaskID,
    TextColumn,
)

from pipwarden import checkcache, paths
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import Check, registry
from pipwarden.checks import code as code_check
from pipwarden.cooldown import Exemption, let_fixes_through, relabel
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError, RunInputError
from pipwarden.fetch import Fetcher, index_file
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.heldback import HeldBack
from pipwarden.index import IndexClient, file_digest
from pipwarden.pipoptions import PipOptions, with_cooldown
from pipwarden.policy import Policy
from pipwarden.resolve import Resolution, Resolved, Resolver
from pipwarden.speculate import Speculation
from pipwarden.store import Store


@dataclass
class PackageResult:
    """One package's verdict and the findings behind it."""

    candidate: Candidate
    findings: list[Finding]
    verdict: Verdict


@dataclass
class VetResult:
    """The verdict on a whole request."""

    packages: list[PackageResult] = field(default_factory=list)
    resolution: Resolution | None = None
    #: About the whole run, shown beside the verdict (an advisory database that
    #: cannot be relied on, say); they do not change any verdict.
    warnings: list[Finding] = field(default_factory=list)
    #: Facts about the target that are no package's finding (said under the table).
    notes: list[str] = field(default_factory=list)
    #: Packages for which the cooldown made pip choose an older release.
    held_back: list[HeldBack] = field(default_factory=list)
    #: Young releases let through the cooldown because they fix what the user has.
    let_through: list[Exemption] = field(default_factory=list)
    #: The policy that judged the run (its ignores are shown as such).
    policy: Policy | None = None

    @property
    def verdict(self) -> Verdict:
        """The worst package verdict (allow when the closure is empty)."""
        return max((p.verdict for p in self.packages), default=Verdict.ALLOW)


def _yanked(index: IndexClient, p: Resolved) -> bool | str:
    """Whether pip took a yanked file, with the reason the project page gives (PEP 592)."""
    if not p.yanked:
        return False
    f = index_file(index, p)
    return f.yanked if f is not None and isinstance(f.yanked, str) and f.yanked else True


def _matches(path: Path, sha256: str | None, expected: tuple[str, ...]) -> bool:
    """True when the artifact has one of the request's ``ALGO:HEX`` hashes."""
    for value in expected:
        algo, _, digest = value.partition(":")
        if algo == "sha256" and sha256 is not None:
            if digest == sha256.lower():
                return True
            continue
        if algo in ("sha384", "sha512") and file_digest(path, algo) == digest:
            return True
    return False


def _not_the_requested_hash(c: Candidate, expected: tuple[str, ...]) -> Finding:
    return Finding(
        check="integrity",
        rule="integrity.hash-mismatch",
        severity=Severity.CRITICAL,
        message=(
            f"{c.filename} does not match any hash the request gave for {c.name} "
            "(--hash in the requirements file)"
        ),
        package=c.name,
        version=c.version,
        evidence=f"expected {', '.join(expected)}; got sha256:{c.sha256}",
        remediation=(
            "do not install; if the requirements file is out of date, update its hashes "
            "from a source you trust"
        ),
    )


def _candidate(p: Resolved) -> Candidate:
    return Candidate(
        name=p.name,
        version=p.version,
        filename=p.filename,
        url=p.url,
        sha256=p.sha256,
        kind="sdist" if p.sdist is not None or not p.filename.endswith(".whl") else "wheel",
        requested=p.requested,
        metadata=p.metadata,
        yanked=p.yanked,
        sdist_fallback=p.sdist is not None,
        index_url=None,
        editable_folder=p.editable_folder,
        direct=p.direct,
    )


def _cached_run(check: Check, c: Candidate, ctx: VetContext) -> list[Finding]:
    """`check.run`, through the per-artifact cache for checks that allow it."""
    if check.cache_version is None or not c.sha256:
        return check.run(c, ctx)
    cached = checkcache.get(ctx.store, check.name, check.cache_version, c.sha256)
    if cached is not None:
        return cached
    findings = check.run(c, ctx)
    checkcache.put(ctx.store, check.name, check.cache_version, c.sha256, findings)
    return findings


def run_checks(
    candidates: list[Candidate], ctx: VetContext, console: Console | None = None
) -> dict[str, list[Finding]]:
    """Every registered check over every candidate.

    A check that raises (anything but a `RunInputError`, which is about the
    whole run) becomes a ``<check>.error`` finding of the package it was
    checking, and no other. When a check's closure-wide `prepare` fails, the
    check falls back to preparing each candidate on its own, so that only
    the package that makes it fail is marked.
    """
    found: dict[str, list[Finding]] = {c.name: [] for c in candidates}
    ctx.closure = candidates
    checks = registry()
    console = console or Console(stderr=True)
    progress = Progress(
        TextColumn("[bold]checking[/] {task.description}"),
        BarColumn(),
        TextColumn("{task.completed}/{task.total}"),
        console=console,
        transient=True,
        disable=not console.is_terminal,
    )
    with progress:
        task = progress.add_task("evidence", total=len(checks) + len(candidates))
        unprepared = _prepare_all(checks, candidates, ctx, progress, task)
        for c in candidates:
            progress.update(task, description=c.name)
            for check in checks:
                try:
                    if check.prepare is not None and check.name in unprepared:
                        check.prepare([c], ctx)
                    found[c.name].extend(_cached_run(check, c, ctx))
                except RunInputError:
                    raise
                except Exception as exc:  # a check must never take the whole run down
                    found[c.name].append(_check_error(check.name, c, exc, ctx.policy))
            progress.advance(task)
    return found


def _prepare_all(
    checks: list[Check],
    candidates: list[Candidate],
    ctx: VetContext,
    progress: Progress,
    task: TaskID,
) -> set[str]:
    """Run each check's closure-wide `prepare`; the names of those that failed."""
    failed: set[str] = set()
    for check in checks:
        progress.update(task, description=f"{check.name} evidence")
        if check.prepare is not None:
            try:
                check.prepare(candidates, ctx)
            except RunInputError:
                raise
            except Exception:  # redone per candidate, where the error is reported
                failed.add(check.name)
        progress.advance(task)
    return failed


def _warm_checks() -> None:
    """Import every check and run its `warm` hook; failures surface later, in the checks."""
    try:
        for check in registry():
            if check.warm is not None:
                check.warm()
    except Exception:  # the same work is redone, and reported, by the checks themselves
        pass


#: How much of an exception's text a finding's message keeps.
_ERROR_TEXT = 500


def _check_error(name: str, c: Candidate, exc: Exception, policy: Policy) -> Finding:
    """The finding of a check that could not finish: it blocks unless on-error = "warn"."""
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    if len(text) > _ERROR_TEXT:
        text = text[: _ERROR_TEXT - 1] + "…"
    block = policy.on_error != "warn"
    fix = (
        "review the package by hand, then allow it by name (policy `allow`) "
        'or set on-error = "warn" in the policy'
        if block
        else "review the package by hand"
    )
    return Finding(
        check=name,
        rule=f"{name}.error",
        severity=Severity.CRITICAL if block else Severity.MEDIUM,
        message=f"the {name} check could not finish, so {c.name} {c.version} "
        f"was not fully vetted: {text}",
        package=c.name,
        version=c.version,
        remediation=f"{fix}; please report the error to the pipwarden developers",
    )


def _target_notes(target: Target | None) -> list[str]:
    """What the run should say about the target environment itself."""
    from pipwarden.environment import startup_pth

    if target is None:
        return []
    found = startup_pth(target)
    if not found:
        return []
    shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
    return [
        f"the target environment holds .pth files with code that runs whenever its Python "
        f"starts (including when pip installs into it): {shown}; resolution ran without "
        "them (python -I -S), installation cannot"
    ]


def _held_back(
    resolution: Resolution,
    resolver: Resolver,
    policy: Policy,
    ctx: VetContext,
    *,
    from_policy: bool,
) -> list[HeldBack]:
    """The packages for which the cut-off given to pip made it choose an older release
    (`from_policy`: the cut-off is the policy's cooldown, not the user's own)."""
    from pipwarden.checks.publishers import releases_seen
    from pipwarden.heldback import held_back, request_lines, target_python

    options, target = resolver.options, ctx.target
    cutoff = options.uploaded_prior_to
    if cutoff is None or resolution.cooldown_relaxed:
        return []
    files = (*options.requirement_files, *options.constraint_files)
    try:
        seen = {
            name: [(r.version, r.uploaded) for r in releases]
            for name, releases in releases_seen(ctx).items()
        }
        return held_back(
            resolution.packages,
            ctx.index,
            cutoff=cutoff,
            cooldown_days=policy.cooldown_days if from_policy else None,
            lines=request_lines(files, options.requirements),
            pre=options.pre,
            python=target_python(None if target is None or target.is_current else target.python),
            seen=seen,
        )
    except Exception:  # a remark about the choice, never a reason to fail the run
        return []


def vet(
    options: PipOptions,
    *,
    target: Target | None,
    policy: Policy,
    store: Store,
    index: IndexClient,
    offline: bool = False,
    console: Console | None = None,
    trust_file: Path | None = None,
    resolver: Resolver | None = None,
    json_url: str | None = None,
    after_resolution: Callable[[Resolution], None] | None = None,
    recheck: bool = False,
) -> VetResult:
    """Resolve the request, fetch every artifact, run every check, judge each package.

    `json_url` is the JSON API root the user named (``--json-url``), which must
    answer usably; the default one beside the index may fail per project.
    `after_resolution` sees the closure before anything is fetched (and may
    refuse it). What pip found already satisfied in the target is not vetted
    unless `recheck`.
    """
    console = console or Console(stderr=True)
    fetcher = Fetcher(index, console)
    if resolver is None:  # else the caller started pip already (see cli.vet)
        resolver = Resolver(
            with_cooldown(options, policy.cooldown_days, offline),
            target,
            offline_links=paths.links_dir() if offline else None,
        )
    resolver.index, resolver.fetch_sdist = index, fetcher.fetch_sdist
    scans = code_check.EarlyScans(store)
    speculation: Speculation | None = None
    if resolver.started and not offline and scans.open():
        # The workers are made now, while no other thread runs; then the wheels pip
        # names while it resolves are fetched and scanned ahead of its report.
        speculation = Speculation(
            index, scans, evidence_for=lambda name: not policy.is_internal(name)
        )
        speculation.start(resolver.progress)
    warmer = threading.Thread(target=_warm_checks, name="pipwarden-warm", daemon=True)
    warmer.start()  # loads the checks while pip works in its own process
    try:
        with (
            console.status("resolving with pip", spinner="dots")
            if console.is_terminal
            else nullcontext()
        ):
            resolution = resolver.resolve()
            if speculation is not None:
                speculation.stop()
            # A security fix for what the user has is not held back by the cooldown.
            resolution, let_through = let_fixes_through(resolver, resolution, index)
            if after_resolution is not None:
                after_resolution(resolution)
            if recheck and resolution.satisfied:
                resolution.packages += resolver.resolve_kept(resolution.satisfied)
        warmer.join()  # before the scanner's worker processes are made, no thread but this one
        # The closure is known: scans of anything else that have not begun are dropped.
        scans.start([p.sha256 for p in resolution.packages])
        return _vet_fetched(
            resolution,
            resolver,
            fetcher,
            scans,
            options,
            target,
            policy,
            store,
            index,
            offline=offline,
            console=console,
            trust_file=trust_file,
            json_url=json_url,
            let_through=let_through,
        )
    finally:
        if speculation is not None:
            speculation.stop()
        scans.close()


def _vet_fetched(
    resolution: Resolution,
    resolver: Resolver,
    fetcher: Fetcher,
    scans: code_check.EarlyScans,
    options: PipOptions,
    target: Target | None,
    policy: Policy,
    store: Store,
    index: IndexClient,
    *,
    offline: bool,
    console: Console,
    trust_file: Path | None,
    json_url: str | None,
    let_through: list[Exemption],
) -> VetResult:
    """Fetch the resolved closure (each artifact's code scan starting as soon as it is
    fetched), run every check, judge each package."""
    fetched = fetcher.fetch_all(
        resolution.packages, on_fetched=lambda p, path: scans.submit(p.sha256, path)
    )
    missing = sorted(str(v) for v in fetched.values() if isinstance(v, str))
    if missing:
        raise PipwardenError("could not fetch: " + "; ".join(missing))
    candidates: list[Candidate] = []
    early: dict[str, list[Finding]] = {}
    for p in resolution.packages:
        c = _candidate(p)
        c.yanked = _yanked(index, p)
        if p.early:
            early.setdefault(c.name, []).extend(p.early)
        got = fetched.get(p.name)
        if isinstance(got, Path):
            c.path = got
            expected = resolution.expected_hashes.get(c.key)
            if expected and not _matches(got, c.sha256, expected):
                early.setdefault(c.name, []).append(_not_the_requested_hash(c, expected))
        elif isinstance(got, Finding):
            early.setdefault(c.name, []).append(got)
        candidates.append(c)
    ctx = VetContext(policy=policy, store=store, index=index, target=target, offline=offline)
    ctx.scratch[code_check.EARLY] = scans
    if trust_file is not None:
        ctx.scratch["trust_file"] = trust_file
    if json_url is not None:
        ctx.scratch["json_url"] = json_url
    # Only artifacts whose bytes were verified are read by the checks.
    verified = [c for c in candidates if c.path is not None]
    found = run_checks(verified, ctx, console)
    held = _held_back(
        resolution, resolver, policy, ctx, from_policy=options.uploaded_prior_to is None
    )
    result = VetResult(
        resolution=resolution,
        notes=_target_notes(target),
        held_back=held,
        let_through=let_through,
        policy=policy,
    )
    result.notes += [ex.reason() for ex in let_through]
    from pipwarden.checks.advisories import database_warning

    db_warning = database_warning(ctx)
    if db_warning is not None:
        result.warnings.append(db_warning)
    for c in candidates:
        findings = relabel(
            early.get(c.name, []) + found.get(c.name, []), c.name, c.version, let_through
        )
        findings.sort(key=lambda f: (-f.severity, f.rule))
        result.packages.append(PackageResult(c, findings, policy.verdict(c.name, findings)))
    result.packages.sort(key=lambda r: (not r.candidate.requested, r.candidate.key))
    return result
