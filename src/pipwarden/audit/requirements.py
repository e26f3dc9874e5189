"""Requirement files, read with pip's grammar (the install gate's own reader).

Decoding (BOMs, a PEP 263 header), line joining, comments and ``${VAR}``
come from `pipwarden.request`, shared with `check`/`install`; so do pip's
split of a line into arguments and options and pip's option parser (an
option pip would refuse fails the file here too). A requirement then names a
dependency as pip's ``parse_req_from_line`` would: a wheel file name or URL
gives the wheel's name and version, an archive or URL its ``#egg=`` name, a
PEP 508 requirement its name and specifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from packaging.version import InvalidVersion, Version

from pipwarden.audit.dependency import (
    NOT_PINNED,
    Dependency,
    SourceError,
    from_requirement,
)
from pipwarden.errors import PipwardenError
from pipwarden.limits import MAX_REQUIREMENT_LENGTH, clip, validate_requirement_text
from pipwarden.request import (
    MAX_DEPTH,
    MAX_FILE,
    decode,
    egg_name,
    is_archive,
    is_url,
    is_vcs,
    looks_like_path,
    parse_options,
    requirement_lines,
    split_args,
    strip_extras,
    wheel_pin,
)

#: ``name==version`` with a version every PEP 440 parser accepts as written: the
#: common line, read without the full parser (anything else goes through it).
_SIMPLE_PIN = re.compile(
    r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)==(\d+(?:\.\d+)*"
    r"(?:(?:a|b|rc)\d+)?(?:\.post\d+)?(?:\.dev\d+)?(?:\+[a-z0-9]+(?:\.[a-z0-9]+)*)?)$"
)
#: ``name==version`` whatever the version's spelling (``2.3beta1``, ``1!2.0.post-1``).
_ANY_PIN = re.compile(r"^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)==([A-Za-z0-9!+._-]+)$")


def simple_pin(text: str) -> tuple[str, str] | None:
    """(name, version) of a ``name==version`` requirement, read as PEP 508 reads it.

    Without the PEP 508 parser (its import costs start-up time): a PEP 440
    version, no spaces, extras, markers or wildcard; a text pip would take
    for an archive file is left to the full reading. None for anything else.
    """
    if is_archive(text):  # `x==1.0+local.zip` is a file name to pip
        return None
    m = _SIMPLE_PIN.match(text)
    if m is None:
        m = _ANY_PIN.match(text)
        if m is None:
            return None
        try:
            Version(m.group(2))
        except InvalidVersion:
            return None
    return m.group(1), m.group(2)


def read_text(path: Path) -> str:
    """A requirements file's text, decoded as pip decodes it (and as the gate does)."""
    try:
        if path.stat().st_size > MAX_FILE:
            raise SourceError(f"{path}: larger than {MAX_FILE} bytes; not a requirements file")
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(f"cannot read {path}: {exc.strerror or exc}") from None
    return decode(data, str(path))


def parse_requirements(
    path: Path,
    *,
    constraints: dict[str, Dependency] | None = None,
    _seen: tuple[Path, ...] = (),
) -> list[Dependency]:
    """The dependencies of a requirements file, following -r and -c includes."""
    path = Path(path)
    resolved = path.resolve()
    if resolved in _seen:
        raise SourceError(f"{path}: includes itself (-r cycle)")
    if len(_seen) >= MAX_DEPTH:
        raise SourceError(f"{path}: -r/-c includes nested more than {MAX_DEPTH} deep")
    text = read_text(path)
    _check_line_lengths(text, path)
    constraints = constraints if constraints is not None else {}
    deps = parse_lines(requirement_lines(text), path, constraints, (*_seen, resolved))
    return deps if _seen else constrain(deps, constraints)


def constrain(deps: list[Dependency], constraints: dict[str, Dependency]) -> list[Dependency]:
    """`deps` with what constraints (-c) pin filled in, wherever the constraints appear."""
    return [_constrained(dep, constraints) for dep in deps]


def parse_lines(
    lines: Iterable[tuple[int, str, str]],
    path: Path,
    constraints: dict[str, Dependency],
    seen: tuple[Path, ...],
) -> list[Dependency]:
    """The dependencies of logical lines (number, as written, requirement text) of `path`."""
    deps: list[Dependency] = []
    file = str(path)
    for first, raw, line in lines:
        where = f"{path}:{first}"
        validate_requirement_text(line, where)
        simple = simple_pin(line)
        if simple:  # the common case, without the option and PEP 508 parsers
            deps.append(Dependency(*simple, file, first, None, raw))
            continue
        args, opts_text = split_args(line)
        opts = parse_options(opts_text, where) if opts_text else None
        if args:
            hashed = bool(opts is not None and opts.hashes)
            deps.append(_requirement(args, file, first, raw, hashed, where))
            continue
        if opts is None:
            continue
        for value in opts.requirements:
            target = _include(value, path, where)
            deps += parse_requirements(target, constraints=constraints, _seen=seen)
        for value in opts.constraints:
            target = _include(value, path, where)
            for dep in parse_requirements(target, _seen=seen):
                if dep.version is not None:
                    constraints[dep.key] = dep
        for value in opts.editables:
            location, _ = strip_extras(value)
            name = egg_name(location) or location
            deps.append(Dependency(name, None, file, first, "editable: not auditable", raw))
    return deps


def _requirement(args: str, file: str, line: int, raw: str, hashed: bool, where: str) -> Dependency:
    """The dependency one requirement names, as pip's ``parse_req_from_line`` reads it."""
    text = args.strip()
    simple = simple_pin(text)
    if simple:  # `name==version --hash ...`: the pin, without the PEP 508 parser
        return Dependency(*simple, file, line, None, raw, hashed)
    body = text
    sep = "; " if is_url(text) else ";"
    if sep in text:
        body = text.split(sep, 1)[0].strip()
    location, _ = strip_extras(body)
    url: str | None = None
    if is_url(body):
        url = body
    elif is_archive(location):
        before = body.split("@", 1)
        if len(before) < 2 or looks_like_path(before[0]):
            url = location
    if url is not None:
        try:
            if _is_wheel(url):
                name, version = wheel_pin(url, where)
                return Dependency(name, version, file, line, None, raw, hashed)
        except PipwardenError as exc:
            raise SourceError(str(exc)) from None
        name = egg_name(url) or url
        kind = "VCS requirement" if is_vcs(url) else "URL/path requirement"
        return Dependency(name, None, file, line, f"{kind}: not auditable", raw)
    if looks_like_path(location) and "@" not in body.split("/", 1)[0]:
        # pip builds a folder here (or fails on a missing one); nothing names a version
        return Dependency(location, None, file, line, "local path: not auditable", raw)
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        reason = str(exc).splitlines()[0]
        raise SourceError(f"{where}: invalid requirement {clip(text)!r}: {reason}") from None
    if req.url and _is_wheel(req.url) and not is_vcs(req.url):
        try:
            _, version = wheel_pin(req.url, where)
        except PipwardenError as exc:
            raise SourceError(str(exc)) from None
        return Dependency(req.name, version, file, line, None, raw, hashed)
    return from_requirement(req, file, line, raw, hashed)


def _is_wheel(url: str) -> bool:
    tail = url.split("#", 1)[0].split("?", 1)[0]
    return tail.lower().endswith(".whl")


def _include(value: str, path: Path, where: str) -> Path:
    if "://" in value or value.startswith("file:"):
        raise SourceError(f"{where}: remote includes ({value}) are not supported")
    target = Path(value)
    return target if target.is_absolute() else path.parent / target


def _check_line_lengths(text: str, path: Path) -> None:
    """SourceError for a physical line too long to be a requirement (before any regex runs)."""
    if len(text) <= MAX_REQUIREMENT_LENGTH:
        return
    for number, line in enumerate(text.splitlines(), 1):
        validate_requirement_text(line, f"{path}:{number}")


def _constrained(dep: Dependency, constraints: dict[str, Dependency]) -> Dependency:
    """`dep` pinned by a constraint; it then points at the constraint's line (for --fix)."""
    if dep.version is None and dep.skip and dep.skip.startswith(NOT_PINNED):
        pin = constraints.get(dep.key)
        if pin is not None:
            return replace(
                dep,
                version=pin.version,
                skip=None,
                file=pin.file,
                line=pin.line,
                hashed=pin.hashed,
                text=pin.text,
            )
    return dep
