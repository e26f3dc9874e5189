"""The request, read by pipwarden before pip sees any of it.

pip builds whatever a request lets it build: a folder, a local or remote
source archive, a VCS checkout, an editable, anything after ``--no-binary``.
So pipwarden parses every form a request can take (command-line specs,
``-e``, ``-r``/``-c`` files with their nested includes and options) the way
pip does, classifies each requirement, and refuses what must not reach pip.
pip itself only ever reads the requirement file that pipwarden writes from
this parse (see `pipwarden.direct`), never the user's files.

The grammar follows pip's ``req_file`` module: encodings (BOMs, a PEP 263
header), line joining, comments, ``${VAR}`` expansion, arguments up to the
first token that starts with ``-``, and options parsed by `optparse` exactly
as pip parses them (including unique-prefix abbreviations such as
``--no-bin``).
"""

from __future__ import annotations

import codecs
import enum
import functools
import os
import re
import shlex
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from pipwarden.errors import PipwardenError
from pipwarden.limits import validate_name, validate_requirement_text
from pipwarden.pep503 import canonicalize_name

if TYPE_CHECKING:  # imported where used: reading a file of plain pins needs neither
    import optparse

    from packaging.markers import Marker
    from packaging.requirements import Requirement

#: Longest requirements file read.
MAX_FILE = 16 * 1024 * 1024
#: Deepest chain of -r/-c includes.
MAX_DEPTH = 32

ARCHIVE_SUFFIXES = (
    ".zip", ".whl", ".tar.bz2", ".tbz", ".tar.gz", ".tgz", ".tar", ".tar.xz", ".txz",
    ".tlz", ".tar.lz", ".tar.lzma",
)  # fmt: skip
_VCS = ("git", "hg", "svn", "bzr")
_URL_SCHEMES = ("http", "https", "file", "ftp")


class Kind(enum.Enum):
    """What a requirement names."""

    NAMED = "named"  # a project on the index: name, extras, specifier, marker
    WHEEL = "wheel"  # a wheel file or URL
    SDIST = "sdist"  # a source archive file or URL
    FOLDER = "folder"  # a local project folder (built from source by pip)
    VCS = "vcs"  # git+…, hg+…, svn+…, bzr+…
    EDITABLE = "editable"  # -e


@dataclass(frozen=True)
class Item:
    """One requirement of the request, classified."""

    kind: Kind
    #: The requirement as written (for messages).
    text: str
    #: Where it was written: ``command line`` or ``FILE:LINE``.
    where: str
    #: The project name when the request states it (always for NAMED).
    name: str | None = None
    #: NAMED: the parsed requirement.
    requirement: Requirement | None = None
    #: Direct references: an absolute URL (http, https, file) or VCS URL.
    url: str | None = None
    extras: frozenset[str] = frozenset()
    marker: Marker | None = None
    #: ``--hash`` values of the line, as ``sha256:HEX`` (any algorithm pip allows).
    hashes: tuple[str, ...] = ()
    constraint: bool = False

    @property
    def local_path(self) -> Path | None:
        """The local file or folder of a ``file:`` direct reference."""
        if self.url is None or not self.url.startswith("file:"):
            return None
        from urllib.request import url2pathname  # imports http.client: only when needed

        parsed = urllib.parse.urlsplit(self.url)
        return Path(url2pathname(parsed.path))

    def sha256(self) -> str | None:
        """The sha256 the request expects (``--hash`` or a ``#sha256=`` fragment)."""
        for h in self.hashes:
            algo, _, value = h.partition(":")
            if algo == "sha256":
                return value.lower()
        if self.url:
            frag = urllib.parse.urlsplit(self.url).fragment
            for part in frag.split("&"):
                key, _, value = part.partition("=")
                if key == "sha256" and value:
                    return value.lower()
        return None


@dataclass
class Request:
    """Everything a `check`/`install` request says, read from every source."""

    items: list[Item] = field(default_factory=list)
    constraints: list[Item] = field(default_factory=list)
    index_url: str | None = None
    extra_index_urls: list[str] = field(default_factory=list)
    find_links: list[str] = field(default_factory=list)
    no_index: bool = False
    pre: bool = False
    prefer_binary: bool = False
    require_hashes: bool = False
    trusted_hosts: list[str] = field(default_factory=list)
    #: pip ≥ 26's release-control lines (``--all-releases``, ``--only-final``), kept as written.
    release_lines: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- options


class _OptionError(Exception):
    pass


@functools.lru_cache(maxsize=1)
def _parser() -> optparse.OptionParser:
    """The options pip accepts in a requirements file, with pip's names and actions."""
    import optparse  # built on the first line with options (a pinned file has none)

    parser = optparse.OptionParser(add_help_option=False)
    add = parser.add_option
    add("-i", "--index-url", "--pypi-url", dest="index_url")
    add("--extra-index-url", dest="extra_index_urls", action="append")
    add("--no-index", dest="no_index", action="store_true", default=False)
    add("-c", "--constraint", dest="constraints", action="append")
    add("-r", "--requirement", dest="requirements", action="append")
    add("-e", "--editable", dest="editables", action="append")
    add("-f", "--find-links", dest="find_links", action="append")
    add("--no-binary", dest="no_binary", action="append")
    add("--only-binary", dest="only_binary", action="append")
    add("--prefer-binary", dest="prefer_binary", action="store_true", default=False)
    add("--require-hashes", dest="require_hashes", action="store_true", default=False)
    add("--no-require-hashes", dest="no_require_hashes", action="store_true", default=False)
    add("--pre", dest="pre", action="store_true", default=False)
    add("--all-releases", dest="all_releases", action="append")
    add("--only-final", dest="only_final", action="append")
    add("--trusted-host", dest="trusted_hosts", action="append")
    add("--use-feature", dest="features", action="append")
    add("--hash", dest="hashes", action="append")
    add("-C", "--config-settings", dest="config_settings", action="append")
    add("--global-option", dest="global_options", action="append")

    def fail(msg: str | None = None) -> NoReturn:
        raise _OptionError(msg or "invalid option")

    parser.error = fail  # type: ignore[method-assign]
    parser.exit = lambda status=0, msg=None: fail(msg)  # type: ignore[method-assign]
    return parser


def parse_options(text: str, where: str) -> Any:
    """The options of a logical line, parsed as pip parses them (PipwardenError if pip would fail)."""
    try:
        tokens = shlex.split(text)
    except ValueError as exc:
        raise PipwardenError(f"{where}: cannot split the options {text!r}: {exc}") from None
    try:
        parser = _parser()
        values, leftover = parser.parse_args(tokens, parser.get_default_values())
        for option in parser.option_list:  # appended lists start empty on every line
            if option.action == "append" and getattr(values, str(option.dest)) is None:
                setattr(values, str(option.dest), [])
    except _OptionError as exc:
        raise PipwardenError(f"{where}: {str(exc).strip()}") from None
    if leftover:
        raise PipwardenError(f"{where}: unexpected argument {leftover[0]!r} after the options")
    return values


# ---------------------------------------------------------------- reading


_BOMS = (  # UTF-32 first: the UTF-16 LE BOM is a prefix of the UTF-32 LE one
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
)
_PEP263 = re.compile(rb"coding[:=]\s*([-\w.]+)")
#: A comment: "#" at the start or after whitespace (pip's ``(^|\s+)#.*$``; the
#: look-behind keeps it linear on lines of spaces, where pip's form is quadratic).
COMMENT = re.compile(r"(?:^|(?<=\s))#.*$")
#: A line that is only a comment (pip's ``COMMENT_RE.match``).
_COMMENT_LINE = re.compile(r"\s*#")
_ENV_VAR = re.compile(r"(?P<var>\$\{(?P<name>[A-Z0-9_]+)\})")


def decode(data: bytes, where: str) -> str:
    """A requirements file's text as pip decodes it: BOM, PEP 263 header, else UTF-8."""
    try:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                return data[len(bom) :].decode(encoding)
        for line in data.split(b"\n")[:2]:
            if line[:1] == b"#":
                m = _PEP263.search(line)
                if m is not None:
                    return data.decode(m.group(1).decode("ascii"))
        return data.decode("utf-8")
    except LookupError as exc:
        raise PipwardenError(f"{where}: unknown encoding ({exc})") from None
    except UnicodeDecodeError as exc:
        raise PipwardenError(f"{where}: cannot decode the file ({exc.reason})") from None


def logical_lines(text: str) -> Iterator[tuple[int, str]]:
    """(line number, text) of each logical line, as pip's ``preprocess`` yields them."""
    joined: list[str] = []
    first = 0
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.endswith("\\") or _COMMENT_LINE.match(line):
            if _COMMENT_LINE.match(line):
                line = " " + line
            if joined:
                joined.append(line)
                yield first, "".join(joined)
                joined = []
            else:
                yield number, line
        else:
            if not joined:
                first = number
            joined.append(line.strip("\\"))
    if joined:
        yield first, "".join(joined)


def requirement_lines(text: str) -> Iterator[tuple[int, str, str]]:
    """(line number, logical line, its requirement text) as pip's ``preprocess`` reads them.

    The logical line is the joined text as written; the requirement text has
    its comment stripped and ``${VAR}`` expanded. Lines that are empty then are
    left out.
    """
    for number, raw in logical_lines(text):
        line = COMMENT.sub("", raw).strip()
        if not line:
            continue
        for var, name in _ENV_VAR.findall(line):
            value = os.environ.get(name)
            if value:
                line = line.replace(var, value)
        yield number, raw, line


def split_args(line: str) -> tuple[str, str]:
    """(arguments, options) of a logical line, as pip's ``break_args_options``: arguments up to the first token starting with '-'."""
    tokens = line.split(" ")
    args: list[str] = []
    for i, token in enumerate(tokens):
        if token.startswith("-"):
            return " ".join(args), " ".join(tokens[i:])
        args.append(token)
    return " ".join(args), ""


# ---------------------------------------------------------------- one requirement


def is_url(text: str) -> bool:
    """True when pip reads `text` as a URL (http, https, file, ftp, or a VCS scheme)."""
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    return scheme in _URL_SCHEMES or is_vcs(text)


def is_vcs(text: str) -> bool:
    """True for a VCS URL (``git+https://…``, ``hg+…``, ``svn+…``, ``bzr+…``)."""
    scheme = text.split(":", 1)[0].lower() if ":" in text else ""
    return scheme in _VCS or ("+" in scheme and scheme.split("+", 1)[0] in _VCS)


def looks_like_path(text: str) -> bool:
    """True when pip takes `text` for a path (a separator, or a leading dot)."""
    return os.sep in text or bool(os.altsep and os.altsep in text) or text.startswith(".")


def is_archive(name: str) -> bool:
    """True when `name` ends in an archive suffix pip installs from (wheel, zip, tar...)."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def _installable_dir(path: Path) -> bool:
    return (path / "pyproject.toml").is_file() or (path / "setup.py").is_file()


def egg_name(url: str) -> str | None:
    """The project a URL names in its ``#egg=`` fragment, if any."""
    m = re.search(r"[#&]egg=([A-Za-z0-9][A-Za-z0-9._-]*)", url)
    return m.group(1) if m else None


def _kind_of_url(url: str) -> Kind:
    if is_vcs(url):
        return Kind.VCS
    path = urllib.parse.urlsplit(url).path
    name = urllib.parse.unquote(path.rsplit("/", 1)[-1])
    if name.lower().endswith(".whl"):
        return Kind.WHEEL
    if url.lower().startswith("file:"):
        from urllib.request import url2pathname

        local = Path(url2pathname(urllib.parse.urlsplit(url).path))
        if local.is_dir():
            return Kind.FOLDER
    return Kind.SDIST


def _marker(text: str, where: str) -> Marker:
    from packaging.markers import InvalidMarker, Marker

    try:
        return Marker(text.strip())
    except InvalidMarker as exc:
        raise PipwardenError(f"{where}: invalid marker {text.strip()!r}: {exc}") from None


def strip_extras(text: str) -> tuple[str, frozenset[str]]:
    m = re.match(r"^(.+)(\[[^\]]+\])$", text)
    if m is None:
        return text, frozenset()
    extras = frozenset(
        canonicalize_name(e.strip()) for e in m.group(2)[1:-1].split(",") if e.strip()
    )
    return m.group(1), extras


def classify(text: str, where: str, *, editable: bool = False, constraint: bool = False) -> Item:
    """One requirement string, classified; see `_classify`."""
    if "\x00" in text:
        raise PipwardenError(f"{where}: a requirement holding a NUL character")
    try:
        return _classify(text, where, editable=editable, constraint=constraint)
    except (OSError, ValueError) as exc:
        raise PipwardenError(f"{where}: {text[:200]!r}: {exc}") from None


def _classify(text: str, where: str, *, editable: bool, constraint: bool) -> Item:
    """One requirement string (a command-line spec or a file line's arguments), classified.

    Mirrors pip's ``parse_req_from_line``: URLs (with ``; marker`` after a
    space), existing paths and archive file names are direct references;
    anything else is a PEP 508 requirement (``name @ URL`` included).
    """
    validate_requirement_text(text, where)
    text = text.strip()
    if not text:
        raise PipwardenError(f"{where}: empty requirement")
    if editable:
        location, extras = strip_extras(text)
        where_to = location if is_url(location) else Path(location).absolute().as_uri()
        return Item(
            Kind.EDITABLE, text, where, name=egg_name(location), url=where_to, extras=extras,
            constraint=constraint,
        )  # fmt: skip
    sep = "; " if is_url(text) else ";"
    body, marker = text, None
    if sep in text:
        body, marker_text = text.split(sep, 1)
        body = body.strip()
        marker = _marker(marker_text, where)
    path_text, extras = strip_extras(body)
    path = Path(path_text)
    url: str | None = None
    if is_url(body):
        url, extras = body, frozenset()
    elif looks_like_path(body) and path.is_dir():
        if not _installable_dir(path):
            raise PipwardenError(
                f"{where}: {body} is a folder but not a Python project (no pyproject.toml "
                "or setup.py)"
            )
        url = path.absolute().as_uri()
    elif is_archive(path_text):
        before = body.split("@", 1)
        if path.is_file():
            url = path.absolute().as_uri()
        elif len(before) < 2 or looks_like_path(before[0]):
            raise PipwardenError(f"{where}: no such file: {path_text}")
    if url is not None:
        kind = _kind_of_url(url)
        name: str | None = egg_name(url)
        if kind is Kind.WHEEL:
            name = _wheel_name(url, where)
        if constraint:
            raise PipwardenError(
                f"{where}: {text!r}: a constraint must be a name and a version specifier, "
                "not a file, folder or URL"
            )
        return Item(kind, text, where, name=name, url=url, extras=extras, marker=marker)
    from packaging.requirements import InvalidRequirement, Requirement

    try:
        req = Requirement(text)
    except InvalidRequirement as exc:
        reason = str(exc).splitlines()[0]
        raise PipwardenError(f"{where}: invalid requirement {text!r}: {reason}") from None
    validate_name(req.name, where)
    if req.url is None:
        return Item(
            Kind.NAMED, text, where, name=req.name, requirement=req,
            extras=frozenset(req.extras), marker=req.marker, constraint=constraint,
        )  # fmt: skip
    if constraint:
        raise PipwardenError(
            f"{where}: {text!r}: a constraint must be a name and a version specifier, not a URL"
        )
    direct: str = req.url
    if not is_url(direct):
        raise PipwardenError(f"{where}: {req.name} @ {direct}: not a URL pip can use")
    kind = _kind_of_url(direct)
    if kind is Kind.WHEEL:
        wheel = _wheel_name(direct, where)
        if canonicalize_name(wheel) != canonicalize_name(req.name):
            raise PipwardenError(
                f"{where}: {req.name} @ {direct}: the wheel is of project {wheel}, not {req.name}"
            )
    return Item(
        kind, text, where, name=req.name, url=direct, extras=frozenset(req.extras),
        marker=req.marker,
    )  # fmt: skip


def _wheel_name(url: str, where: str) -> str:
    return wheel_pin(url, where)[0]


def wheel_pin(url: str, where: str) -> tuple[str, str]:
    """(name, version) of the wheel a URL or file name points at, from its file name."""
    from packaging.utils import InvalidWheelFilename, parse_wheel_filename

    filename = urllib.parse.unquote(urllib.parse.urlsplit(url).path.rsplit("/", 1)[-1])
    try:
        name, version, _, _ = parse_wheel_filename(filename)
    except InvalidWheelFilename as exc:
        raise PipwardenError(f"{where}: {filename}: not a valid wheel file name ({exc})") from None
    return str(name), str(version)


# ---------------------------------------------------------------- files


class _Reader:
    """Reads requirement and constraint files into one `Request`."""

    def __init__(self, request: Request) -> None:
        self.request = request
        self.cli_index = request.index_url is not None

    def read(self, path: Path, *, constraint: bool, stack: tuple[Path, ...] = ()) -> None:
        shown = str(path)
        if len(stack) >= MAX_DEPTH:
            raise PipwardenError(f"{shown}: -r/-c includes nested more than {MAX_DEPTH} deep")
        try:
            resolved = path.resolve()
            path.is_file()
        except (OSError, RuntimeError, ValueError) as exc:
            raise PipwardenError(f"cannot read {shown}: {exc}") from None
        if resolved in stack:
            raise PipwardenError(f"{shown}: includes itself (-r/-c cycle)")
        kind = "constraints" if constraint else "requirements"
        try:
            if not path.is_file():
                raise PipwardenError(f"no such {kind} file: {shown}")
            if path.stat().st_size > MAX_FILE:
                raise PipwardenError(f"{shown}: larger than {MAX_FILE} bytes; not a {kind} file")
            data = path.read_bytes()
        except OSError as exc:
            raise PipwardenError(f"cannot read {shown}: {exc.strerror or exc}") from None
        text = decode(data, shown)
        for number, _raw, line in requirement_lines(text):
            where = f"{shown}:{number}"
            validate_requirement_text(line, where)
            self._line(line, where, path, constraint, (*stack, resolved))

    def _line(
        self, line: str, where: str, path: Path, constraint: bool, stack: tuple[Path, ...]
    ) -> None:
        args, opts_text = split_args(line)
        opts = parse_options(opts_text, where)
        if opts.no_binary:
            raise PipwardenError(
                f"{where}: --no-binary makes pip build from source, which vetting never "
                "does; remove it (allow single projects' sdists with allow-sdist in the policy)"
            )
        if opts.config_settings or opts.global_options:
            raise PipwardenError(
                f"{where}: build options (--config-settings, --global-option) apply only to "
                "builds, which pipwarden does not pass through; remove them"
            )
        if args:
            item = classify(args, where, constraint=constraint)
            if opts.hashes:
                item = _with_hashes(item, opts.hashes, where)
            (self.request.constraints if constraint else self.request.items).append(item)
            return
        if opts.hashes:
            raise PipwardenError(f"{where}: --hash without a requirement")
        base = path.parent
        for value in opts.requirements:
            self.read(_relative(value, base, where), constraint=constraint, stack=stack)
        for value in opts.constraints:
            self.read(_relative(value, base, where), constraint=True, stack=stack)
        for value in opts.editables:
            if constraint:
                raise PipwardenError(f"{where}: -e is not allowed in a constraints file")
            self.request.items.append(classify(value, where, editable=True))
        req = self.request
        if opts.no_index:
            req.no_index = True
        if opts.index_url and not self.cli_index:
            req.index_url = opts.index_url
        req.extra_index_urls += [u for u in opts.extra_index_urls if u not in req.extra_index_urls]
        for link in opts.find_links:
            local = base / link
            value = str(local) if "://" not in link and local.exists() else link
            if value not in req.find_links:
                req.find_links.append(value)
        req.pre = req.pre or opts.pre
        req.prefer_binary = req.prefer_binary or opts.prefer_binary
        req.require_hashes = (req.require_hashes or opts.require_hashes) and not (
            opts.no_require_hashes
        )
        req.trusted_hosts += opts.trusted_hosts
        req.release_lines += [f"--all-releases {v}" for v in opts.all_releases]
        req.release_lines += [f"--only-final {v}" for v in opts.only_final]


_HASH = re.compile(r"^(sha256|sha384|sha512):([0-9a-fA-F]+)$")


def _with_hashes(item: Item, values: list[str], where: str) -> Item:
    from dataclasses import replace

    for value in values:
        if not _HASH.match(value):
            raise PipwardenError(f"{where}: --hash {value!r} is not ALGORITHM:HEX (sha256:…)")
    return replace(item, hashes=item.hashes + tuple(v.lower() for v in values))


def _relative(value: str, base: Path, where: str) -> Path:
    if "://" in value or value.startswith("file:"):
        raise PipwardenError(
            f"{where}: {value}: remote requirement files are not read; download it, review "
            "it and include the local copy"
        )
    p = Path(value)
    return p if p.is_absolute() else base / p


def read_request(
    specs: tuple[str, ...] = (),
    requirement_files: tuple[str, ...] = (),
    constraint_files: tuple[str, ...] = (),
    editables: tuple[str, ...] = (),
    *,
    index_url: str | None = None,
) -> Request:
    """Parse and classify everything a request names; PipwardenError on any bad input."""
    request = Request(index_url=index_url)
    for spec in specs:
        request.items.append(classify(spec, "command line"))
    for value in editables:
        request.items.append(classify(value, "command line", editable=True))
    reader = _Reader(request)
    here = Path(".")
    for path in requirement_files:
        reader.read(_relative(path, here, "-r"), constraint=False)
    for path in constraint_files:
        reader.read(_relative(path, here, "-c"), constraint=True)
    if not request.items:
        raise PipwardenError("nothing to vet: name packages or pass -r requirements.txt")
    return request


_PIP_CONFIG_BUILDS = {
    "no-binary": "makes pip build from source",
    "requirement": "adds requirements that pipwarden would not read",
    "requirements": "adds requirements that pipwarden would not read",
    "editable": "adds editable requirements, which pip builds",
    "config-settings": "passes options to builds",
}


def check_pip_config(config: dict[str, str]) -> None:
    """pip's configuration (`pipoptions.pip_config`) must not add requests or builds behind
    pipwarden's back; PipwardenError (exit 2) when it does.

    Constraint files from the configuration (a machine-wide cap, say) are
    read by pip itself; they are read here first, and any line that is not a
    name with a version specifier is refused.
    """
    for key, value in config.items():
        if key in ("constraint", "constraints"):
            reader = _Reader(Request())
            for path in value.split():
                reader.read(Path(path), constraint=True)
            continue
        why = _PIP_CONFIG_BUILDS.get(key)
        if why is None or (key == "no-binary" and value.strip() in ("", ":none:")):
            continue
        env = "PIP_" + key.upper().replace("-", "_")
        raise PipwardenError(
            f"pip's configuration sets {key} ({env} or a pip.conf): it {why}, which vetting "
            "must see first; remove it and pass requirements with -r/-c instead"
        )
