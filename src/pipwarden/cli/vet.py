"""`pipwarden check`, `pipwarden install` and `pipwarden venv`."""

from __future__ import annotations

import functools
import shutil
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipwarden import paths
from pipwarden import policy as policy_mod
from pipwarden.cli.options import StrictCommand, format_option, rule_registry
from pipwarden.environment import create_venv, find_target, guard_install, install_target
from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity, Verdict
from pipwarden.pipoptions import PipOptions, parse_when, with_cooldown
from pipwarden.resolve import Resolver
from pipwarden.wording import plural

if TYPE_CHECKING:
    from pipwarden.install import Plan
    from pipwarden.resolve import Resolution
    from pipwarden.vet import VetResult

# The rest (rich, httpx, the checks) is imported after pip has been started, so
# that pip's resolution runs while pipwarden loads.

SEVERITIES = [s.label for s in Severity]


def _request_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """The options `check` and `install` share (pip's names where pip has them)."""
    decorators: list[Callable[[Callable[..., Any]], Callable[..., Any]]] = [
        click.argument("requirements", nargs=-1, metavar="[PACKAGE_SPEC]..."),
        click.option(
            "-e",
            "--editable",
            "editables",
            multiple=True,
            metavar="PATH",
            help="A project folder to install in editable mode; refused unless the policy "
            "allows it by name (allow-editable).",
        ),
        click.option(
            "-r",
            "--requirement",
            "requirement_files",
            multiple=True,
            type=click.Path(dir_okay=False),
            help="Vet everything listed in this requirements file (repeatable).",
        ),
        click.option(
            "-c",
            "--constraint",
            "constraint_files",
            multiple=True,
            type=click.Path(dir_okay=False),
            help="Constrain versions with this constraints file (repeatable).",
        ),
        click.option(
            "-i", "--index-url", help="Base URL of the package index (default: pip's config)."
        ),
        click.option(
            "--extra-index-url",
            "extra_index_urls",
            multiple=True,
            help="Extra package index URL to use as well (repeatable).",
        ),
        click.option(
            "-f",
            "--find-links",
            multiple=True,
            help="A URL or folder to look for archives in, as pip does (repeatable).",
        ),
        click.option("--no-index", is_flag=True, help="Ignore package indexes (use --find-links)."),
        click.option("--pre", is_flag=True, help="Include pre-release and development versions."),
        click.option(
            "--uploaded-prior-to",
            metavar="WHEN",
            help="Only consider files uploaded before WHEN: an ISO 8601 date/time or a "
            "duration such as P7D (default: now minus the policy's cooldown-days).",
        ),
        click.option(
            "--json-url",
            help="Root of the PyPI JSON API (default: beside the index, …/simple/ → …/pypi/).",
        ),
        click.option(
            "-p",
            "--python",
            "python",
            metavar="PATH",
            help="Target virtual environment folder or interpreter (default: the active "
            "venv; check falls back to this interpreter, install refuses).",
        ),
        click.option(
            "--offline",
            is_flag=True,
            help="Use only the local cache; say what is missing instead of downloading.",
        ),
        click.option(
            "--policy",
            "policy_file",
            type=click.Path(dir_okay=False, exists=True),
            help="Policy file (default: pipwarden.toml or [tool.pipwarden] in pyproject.toml).",
        ),
        click.option(
            "--trust",
            "trust_file",
            type=click.Path(dir_okay=False, exists=True),
            help="Reviewed trust file to compare publishers against "
            "(default: policy trust-file, else pipwarden-trust.json if present).",
        ),
        click.option(
            "--require-advisories",
            is_flag=True,
            help="Block every package when the advisory database is missing, empty or "
            "older than db-max-age-days (or policy require-advisories).",
        ),
        click.option(
            "--fail-on",
            type=click.Choice(SEVERITIES, case_sensitive=False),
            help="Block packages with findings at or above this severity (default: policy, high).",
        ),
        format_option(),
        click.option(
            "-v",
            "--verbose",
            is_flag=True,
            help="Show every finding in full, not only each package's worst.",
        ),
        click.option(
            "--timeout",
            type=click.FloatRange(min=0.1),
            default=15.0,
            show_default=True,
            help="Seconds before a network request gives up (then retried).",
        ),
        click.option(
            "--retries",
            type=click.IntRange(min=0),
            default=3,
            show_default=True,
            help="Retries, with exponential backoff, for each network request.",
        ),
        click.option(
            "--no-deps",
            is_flag=True,
            help="Vet (and install) exactly the named packages, not their dependencies.",
        ),
        click.option(
            "-q",
            "--quiet",
            count=True,
            help="Print less: no table or plan unless something needs attention.",
        ),
        click.option("--no-cache-dir", is_flag=True, help="Do not let pip use its cache."),
        click.option(
            "--require-hashes",
            is_flag=True,
            help="Every requirement must carry --hash values (in its requirements file), and "
            "what is fetched must match one of them, else it is blocked.",
        ),
        click.option(
            "--trusted-host",
            "trusted_hosts",
            multiple=True,
            metavar="HOST",
            help="Trust this host (or host:port) even without valid HTTPS, as pip does.",
        ),
        click.option(
            "--only-binary",
            multiple=True,
            metavar="NAMES",
            help="Never fall back to these projects' source distributions (:all: for all).",
        ),
        click.option(
            "--prefer-binary", is_flag=True, help="Prefer older wheels over newer sources."
        ),
        click.option(
            "--no-binary",
            multiple=True,
            metavar="NAMES",
            hidden=True,
            help="Refused: it makes pip build from source.",
        ),
    ]
    for deco in reversed(decorators):
        func = deco(func)
    return func


def _run_vet(
    *,
    requirements: tuple[str, ...],
    requirement_files: tuple[str, ...],
    constraint_files: tuple[str, ...],
    editables: tuple[str, ...],
    index_url: str | None,
    extra_index_urls: tuple[str, ...],
    find_links: tuple[str, ...],
    no_index: bool,
    pre: bool,
    uploaded_prior_to: str | None,
    json_url: str | None,
    python: str | None,
    offline: bool,
    policy_file: str | None,
    trust_file: str | None,
    fail_on: str | None,
    timeout: float,
    retries: int,
    no_deps: bool = False,
    quiet: int = 0,
    no_cache_dir: bool = False,
    require_hashes: bool = False,
    trusted_hosts: tuple[str, ...] = (),
    only_binary: tuple[str, ...] = (),
    prefer_binary: bool = False,
    no_binary: tuple[str, ...] = (),
    require_advisories: bool = False,
    install_guard: Callable[[Any, policy_mod.Policy], None] | None = None,
    plan_flags: dict[str, Any] | None = None,
    recheck: bool = False,
) -> tuple[VetResult, Any, PipOptions, Plan | None]:
    from pipwarden.pipoptions import pip_config
    from pipwarden.request import check_pip_config, read_request

    if no_binary:
        raise PipwardenError(
            "--no-binary makes pip build from source, which vetting never does; remove it "
            "(allow single projects' source distributions with allow-sdist in the policy)"
        )
    if not requirements and not requirement_files and not editables:
        raise click.UsageError("nothing to vet: name packages or pass -r requirements.txt")
    # pipwarden reads the whole request itself; pip only sees what it writes from it.
    request = read_request(
        requirements, requirement_files, constraint_files, editables, index_url=index_url
    )
    request.require_hashes = request.require_hashes or require_hashes
    check_pip_config(pip_config())
    pol = policy_mod.load(Path(policy_file) if policy_file else None, rules=rule_registry)
    if fail_on:
        fail = Severity.parse(fail_on)
        pol = replace(pol, fail_on=fail, warn_on=min(pol.warn_on, fail))
    if require_advisories:
        pol = replace(pol, require_advisories=True)
    installing = install_guard is not None
    target = install_target(python) if installing else find_target(python)
    if install_guard is not None:
        install_guard(target, pol)
    options = PipOptions(
        no_deps=no_deps,
        no_cache_dir=no_cache_dir,
        trusted_hosts=tuple(dict.fromkeys(trusted_hosts)),
        only_binary=tuple(v for value in only_binary for v in value.split(",") if v.strip()),
        prefer_binary=prefer_binary,
        **(plan_flags or {}),
        index_url=request.index_url,
        extra_index_urls=tuple(dict.fromkeys((*extra_index_urls, *request.extra_index_urls))),
        find_links=tuple(dict.fromkeys((*find_links, *request.find_links))),
        no_index=no_index or request.no_index,
        pre=pre or request.pre,
        uploaded_prior_to=parse_when(uploaded_prior_to) if uploaded_prior_to else None,
        timeout=timeout,
        retries=retries,
    )
    from pipwarden.direct import prepare, scratch_dir

    @functools.cache
    def connect() -> tuple[Any, Any]:
        """The store and index client, opened once, when first needed (after pip starts,
        unless a direct reference must be fetched before)."""
        from pipwarden.fetch import make_client
        from pipwarden.store import Store

        store = Store()
        client = make_client(
            options, target, store, json_url=json_url, offline=offline,
            timeout=timeout, retries=retries,
            trusted_hosts=(*options.trusted_hosts, *request.trusted_hosts),
        )  # fmt: skip
        return store, client

    plans: list[Plan] = []

    def after_resolution(resolution: Resolution) -> None:
        """On install: the plan against the target, refused when it breaks the target."""
        if installing:
            from pipwarden.install import guard_plan
            from pipwarden.installed import present

            plans.append(guard_plan(resolution, present(target), options))

    workdir = scratch_dir()
    resolver: Resolver | None = None
    try:
        prepared = prepare(request, _direct_fetcher(lambda: connect()[1]), workdir, pol)
        req_file, cons_file = prepared.write(workdir)
        options = replace(
            options,
            requirement_files=(str(req_file),),
            constraint_files=(str(cons_file),) if cons_file else (),
        )
        resolver = Resolver(
            with_cooldown(options, pol.cooldown_days, offline),
            target,
            offline_links=paths.links_dir() if offline else None,
            prepared=prepared,
            against_installed=installing,
        )
        resolver.start()
        from rich.console import Console

        from pipwarden.vet import vet

        store, client = connect()
        with client:
            result = vet(
                options,
                target=target,
                policy=pol,
                store=store,
                index=client,
                offline=offline,
                console=Console(stderr=True),
                trust_file=Path(trust_file) if trust_file else None,
                resolver=resolver,
                json_url=json_url,
                after_resolution=after_resolution,
                recheck=recheck,
            )
    finally:
        if resolver is not None:
            resolver.close()
        shutil.rmtree(workdir, ignore_errors=True)
    return result, target, options, (plans[0] if plans else None)


def _direct_fetcher(client: Callable[[], Any]) -> Callable[[str, str, str | None], Path]:
    """fetch(url, filename, sha256) for direct references, with one-line errors."""

    def fetch(url: str, filename: str, sha256: str | None) -> Path:
        from pipwarden.index import NotCached

        try:
            path: Path = client().fetch(url, filename, sha256)
        except NotCached:
            raise PipwardenError(f"offline: {filename} is not in the cache") from None
        return path

    return fetch


def _emit(
    result: VetResult,
    fmt: str,
    verbose: bool,
    quiet: int = 0,
    extra: dict[str, Any] | None = None,
) -> None:
    from pipwarden.report.vetting import FORMATS, to_json

    if fmt == "json":
        import json

        click.echo(json.dumps({**to_json(result), **(extra or {})}, indent=2))
    elif not quiet or result.verdict != Verdict.ALLOW:
        FORMATS[fmt](verbose=verbose).write(result, sys.stdout)


@click.command(cls=StrictCommand)
@_request_options
def check(fmt: str, verbose: bool, **kwargs: Any) -> None:
    """Vet packages and their whole dependency closure; install nothing.

    Accepts what pip accepts: package specs with extras and markers, -r and -c
    files, index options. Respects pip's configuration (pip.conf, PIP_*).
    Exit code 1 when any package is blocked.
    """
    result, _target, _options, _plan = _run_vet(**kwargs)
    _emit(result, fmt, verbose, kwargs.get("quiet", 0))
    sys.exit(1 if result.verdict == Verdict.BLOCK else 0)


@click.command(cls=StrictCommand)
@_request_options
@click.option("--dry-run", is_flag=True, help="Vet and print the plan; install nothing.")
@click.option("-y", "--yes", is_flag=True, help="Install on 'warn' without asking (for CI).")
@click.option(
    "-U", "--upgrade", is_flag=True, help="Upgrade the named packages to the newest allowed."
)
@click.option(
    "--upgrade-strategy",
    type=click.Choice(["only-if-needed", "eager"]),
    help="With -U: upgrade dependencies only when needed (pip's default), or all of them.",
)
@click.option(
    "--force-reinstall", is_flag=True, help="Reinstall the packages even when up to date."
)
@click.option("--recheck", is_flag=True, help="Vet again the packages that are already installed.")
@click.option("--user", is_flag=True, hidden=True, help="Refused: installs outside any venv.")
@click.option(
    "--allow-system", is_flag=True, help="Allow installing outside a virtual environment."
)
@click.option(
    "--allow-root",
    is_flag=True,
    help="Allow installing as root (containers; or policy allow-root).",
)
def install(
    fmt: str,
    verbose: bool,
    dry_run: bool,
    yes: bool,
    upgrade: bool,
    upgrade_strategy: str | None,
    force_reinstall: bool,
    recheck: bool,
    user: bool,
    allow_system: bool,
    allow_root: bool,
    **kwargs: Any,
) -> None:
    """Vet packages and their closure, then install exactly what passed.

    Resolves against what the target environment holds, as pip does: what is
    already satisfied stays (and is not vetted again unless --recheck); new
    packages, upgrades and downgrades are listed before anything happens, and a
    plan that would leave the environment inconsistent is refused. Needs a
    target: -p PATH or an active virtual environment. Refuses to touch a
    non-virtual environment or to run as root unless told so. Installs the
    vetted artifacts, pinned by hash, with `pip install --no-deps
    --require-hashes`. Nothing is installed when any package is blocked; on
    warnings it asks first (or --yes).
    """
    if user:
        raise PipwardenError(
            "--user installs into the user's site-packages, outside any virtual environment, "
            "which pipwarden refuses; install into a virtual environment with -p PATH"
        )

    def guard(target: Any, pol: policy_mod.Policy) -> None:
        if not dry_run:
            guard_install(
                target, allow_system=allow_system, allow_root=allow_root or pol.allow_root
            )

    flags = {
        "upgrade": upgrade,
        "upgrade_strategy": upgrade_strategy,
        "force_reinstall": force_reinstall,
    }
    result, target, options, plan = _run_vet(
        install_guard=guard, plan_flags=flags, recheck=recheck, **kwargs
    )
    assert plan is not None
    from pipwarden.report.plan import plan_json, write_plan

    quiet: int = kwargs.get("quiet", 0)
    extra = plan_json(target, plan, result) if fmt == "json" else None
    if result.packages or fmt == "json":
        _emit(result, fmt, verbose, quiet, extra)  # (no table when there is nothing to vet)
    from rich.console import Console

    from pipwarden.install import install as run_install

    err = Console(stderr=True)
    where = str(target.venv or target.python)
    if result.verdict == Verdict.BLOCK:
        blocked = ", ".join(p.candidate.name for p in result.packages if p.verdict == Verdict.BLOCK)
        err.print(f"[bold red]blocked[/]: {blocked}; nothing was installed")
        sys.exit(1)
    if not quiet or dry_run:
        write_plan(plan, where, dry_run=dry_run, console=err)
    if dry_run:
        sys.exit(0)
    if result.verdict == Verdict.WARN and not yes:
        if not sys.stdin.isatty():
            err.print("warnings need a decision: rerun with --yes to install anyway")
            sys.exit(1)
        if not click.confirm("Install despite the warnings above?", default=False, err=True):
            err.print("nothing was installed")
            sys.exit(1)
    keys = plan.keys
    candidates = [p.candidate for p in result.packages if p.candidate.key in keys]
    if candidates:
        run_install(candidates, target, options)
    if quiet < 2:
        if candidates:
            err.print(
                f"installed {plural(len(candidates), 'vetted package')} into {where}",
                soft_wrap=True,
            )
        else:
            err.print(f"nothing to install into {where}: already satisfied", soft_wrap=True)
    sys.exit(0)


@click.command(name="venv")
@click.argument("path", type=click.Path(file_okay=False, path_type=Path))
@click.option("--with-pip", is_flag=True, help="Also put pip in it (pipwarden does not need it).")
@click.option("--clear", is_flag=True, help="Delete the environment's contents first.")
def venv_cmd(path: Path, with_pip: bool, clear: bool) -> None:
    """Create a virtual environment to install into (`install -p PATH`)."""
    target = create_venv(path, with_pip=with_pip, clear=clear)
    click.echo(
        f"created {target.venv} ({target.python}); install with: pipwarden install -p {path} PACKAGE"
    )


COMMANDS = [check, install, venv_cmd]
