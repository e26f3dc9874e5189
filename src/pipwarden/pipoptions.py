"""How pipwarden starts pip: the user's pip options, pip's configuration, the command.

The options pip users already type pass through to pip unchanged
(`PipOptions`); the index settings in pip's configuration files and ``PIP_*``
variables are read the way pip reads them, without starting pip; every pip run
uses pipwarden's own pip against the target interpreter, as isolated as
resolution allows, with a quiet environment. The policy's cooldown reaches
pip as ``--uploaded-prior-to``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from packaging.utils import canonicalize_name

from pipwarden import pipview
from pipwarden.environment import Target
from pipwarden.errors import PipwardenError


@dataclass(frozen=True)
class PipOptions:
    """What pip users already type, passed through to pip unchanged."""

    requirements: tuple[str, ...] = ()
    requirement_files: tuple[str, ...] = ()
    constraint_files: tuple[str, ...] = ()
    index_url: str | None = None
    extra_index_urls: tuple[str, ...] = ()
    find_links: tuple[str, ...] = ()
    no_index: bool = False
    pre: bool = False
    timeout: float | None = None
    retries: int | None = None
    uploaded_prior_to: dt.datetime | None = None
    #: pip's ``-U/--upgrade`` and ``--upgrade-strategy`` (against the target's packages).
    upgrade: bool = False
    upgrade_strategy: str | None = None
    force_reinstall: bool = False
    #: ``--no-deps``: exactly the named set, no dependencies.
    no_deps: bool = False
    no_cache_dir: bool = False
    trusted_hosts: tuple[str, ...] = ()
    prefer_binary: bool = False
    #: ``--only-binary`` values (project names, ``:all:``): no source fallback for them.
    only_binary: tuple[str, ...] = ()

    def wheels_only(self, name: str) -> bool:
        """True when the user's ``--only-binary`` forbids a source distribution of `name`."""
        values = {canonicalize_name(v) if v != ":all:" else v for v in self.only_binary}
        return ":all:" in values or canonicalize_name(name) in values

    def session_args(self) -> list[str]:
        """The options of every pip run (resolution and installation)."""
        args: list[str] = []
        for host in self.trusted_hosts:
            args += ["--trusted-host", host]
        if self.no_cache_dir:
            args.append("--no-cache-dir")
        return args

    def plan_args(self) -> list[str]:
        """The options that change what pip decides to install over what is there."""
        args: list[str] = []
        if self.upgrade:
            args.append("--upgrade")
        if self.upgrade_strategy:
            args += ["--upgrade-strategy", self.upgrade_strategy]
        if self.force_reinstall:
            args.append("--force-reinstall")
        if self.no_deps:
            args.append("--no-deps")
        if self.prefer_binary:
            args.append("--prefer-binary")
        return args

    def index_args(self) -> list[str]:
        """The index options as pip arguments."""
        args: list[str] = []
        if self.index_url:
            args += ["--index-url", self.index_url]
        for url in self.extra_index_urls:
            args += ["--extra-index-url", url]
        for link in self.find_links:
            args += ["--find-links", link]
        if self.no_index:
            args.append("--no-index")
        if self.timeout is not None:
            args += ["--timeout", str(self.timeout)]
        if self.retries is not None:
            args += ["--retries", str(self.retries)]
        return args

    def request_args(self) -> list[str]:
        """The requirement options as pip arguments."""
        args: list[str] = []
        for path in self.requirement_files:
            args += ["-r", path]
        for path in self.constraint_files:
            args += ["-c", path]
        if self.pre:
            args.append("--pre")
        args += list(self.requirements)
        return args


def pip_base(target: Target | None) -> list[str]:
    """The command that runs pipwarden's own pip against the target interpreter."""
    cmd = [sys.executable, "-m", "pip"]
    if target is not None and not target.is_current:
        cmd += ["--python", str(target.python)]
    return cmd


def pip_isolated(target: Target | None, installed: list[Path] | None = None) -> list[str]:
    """pipwarden's own pip in the target interpreter, started as isolated as resolution allows.

    ``-I`` ignores ``PYTHON*`` variables, the user site and the working
    folder; ``-S`` skips ``site``, so no ``.pth`` file of the target runs; ``-u``
    writes pip's output unbuffered, line by line as it resolves (`Resolver.progress`).
    pip's own runner script imports pip from pipwarden's environment only.
    With `installed` (the target's package folders), pip sees what is
    installed there as data (metadata) while nothing there can be imported.
    """
    import pip

    runner = Path(pip.__file__).parent / "__pip-runner__.py"
    python = str(target.python) if target is not None else sys.executable
    if not runner.is_file():  # pragma: no cover - pip older than 22.3
        return [*pip_base(target)]
    if installed is None:
        return [python, "-I", "-S", "-u", str(runner)]
    return pipview.runner_command(python, runner, installed)


def pip_env() -> dict[str, str]:
    """The environment for pip subprocesses (the user's, plus quiet defaults)."""
    env = dict(os.environ)
    env.setdefault("PIP_DISABLE_PIP_VERSION_CHECK", "1")
    env["PIP_NO_INPUT"] = "1"
    env.pop("PIP_REQUIRE_VIRTUALENV", None)
    return env


def effective_indexes(options: PipOptions, target: Target | None = None) -> tuple[str, list[str]]:
    """The primary and extra index URLs pip will use: options, else pip's configuration."""
    if options.index_url:
        primary = options.index_url
        extras = list(options.extra_index_urls)
        return primary, extras
    config = pip_config()
    primary = config.get("index-url") or "https://pypi.org/simple/"
    extras = list(options.extra_index_urls) + config.get("extra-index-url", "").split()
    return primary.split()[0], extras


def _pip_config_files() -> list[Path]:
    """pip's configuration files in pip's order of precedence (later wins)."""
    env_file = os.environ.get("PIP_CONFIG_FILE")
    if env_file == os.devnull:
        return []
    xdg_dirs = os.environ.get("XDG_CONFIG_DIRS", "/etc/xdg").split(os.pathsep)
    files = [Path(d) / "pip" / "pip.conf" for d in xdg_dirs if d] + [Path("/etc/pip.conf")]
    home = Path.home()
    xdg_home = Path(os.environ.get("XDG_CONFIG_HOME") or home / ".config")
    files += [home / ".pip" / "pip.conf", xdg_home / "pip" / "pip.conf"]
    files.append(Path(sys.prefix) / "pip.conf")
    if env_file:
        files.append(Path(env_file))
    return files


def pip_config() -> dict[str, str]:
    """pip's effective index settings for `install`: config files, then PIP_* variables.

    Read the way pip reads them (sections ``global`` then ``install``, later
    files overriding earlier ones) without starting pip, which would cost a
    third of a second on every run.
    """
    import configparser

    values: dict[str, str] = {}
    for path in _pip_config_files():
        parser = configparser.RawConfigParser()
        try:
            if not parser.read(path, encoding="utf-8"):
                continue
        except (configparser.Error, OSError, UnicodeDecodeError):
            continue
        for section in ("global", "install"):
            if parser.has_section(section):
                for key, value in parser.items(section):
                    values[key.replace("_", "-")] = value
    for key, value in os.environ.items():
        if key.startswith("PIP_") and key != "PIP_CONFIG_FILE":
            values[key[4:].lower().replace("_", "-")] = value
    return values


def with_cooldown(options: PipOptions, cooldown_days: int, offline: bool) -> PipOptions:
    """`options` with pip's ``--uploaded-prior-to`` set from the policy's cooldown.

    An explicit ``--uploaded-prior-to`` wins; offline there is nothing to hold back.
    """
    if not cooldown_days or options.uploaded_prior_to is not None or offline:
        return options
    from dataclasses import replace

    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=cooldown_days)
    return replace(options, uploaded_prior_to=cutoff)


_DURATION = re.compile(
    r"^P(?:(?P<weeks>\d+)W)?(?:(?P<days>\d+)D)?"
    r"(?:T(?:(?P<hours>\d+)H)?(?:(?P<minutes>\d+)M)?(?:(?P<seconds>\d+)S)?)?$"
)


def parse_when(text: str, now: dt.datetime | None = None) -> dt.datetime:
    """An ISO 8601 date/time, or a duration before now (``P7D``, ``PT12H``), in UTC."""
    now = now or dt.datetime.now(dt.timezone.utc)
    shown = text if len(text) <= 60 else text[:59] + "…"
    m = _DURATION.match(text.strip().upper()) if len(text) <= 100 else None
    if m and any(m.groupdict().values()):
        parts = {k: int(v) for k, v in m.groupdict().items() if v}
        try:
            return now - dt.timedelta(**parts)
        except OverflowError:
            raise PipwardenError(
                f"--uploaded-prior-to: {shown!r} reaches before the year 1; give a shorter duration"
            ) from None
    try:
        when = dt.datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        raise PipwardenError(
            f"--uploaded-prior-to: {shown!r} is neither an ISO 8601 date/time nor a duration "
            "such as P7D"
        ) from None
    try:
        if when.tzinfo is None:
            when = when.astimezone()  # local time, as pip reads it
        return when.astimezone(dt.timezone.utc)
    except (ValueError, OverflowError):
        raise PipwardenError(
            f"--uploaded-prior-to: {shown!r} is out of the range of dates (years 1 to 9999 in UTC)"
        ) from None
