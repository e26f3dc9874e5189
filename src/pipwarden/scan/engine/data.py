"""Members that are not Python sources: data files, pickles, archives, native binaries,
scripts; `analyse_member`.
"""

from __future__ import annotations

import bz2
import lzma
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from packaging.utils import canonicalize_name

from pipwarden.findings import Finding, Severity
from pipwarden.limits import loads_toml
from pipwarden.scan import blobs as B
from pipwarden.scan import patterns as P
from pipwarden.scan.engine.python import Facts, analyse_pth, analyse_python, fact_findings
from pipwarden.scan.engine.values import DEEP_TEXT, FileContext, _decode
from pipwarden.scan.facts import Fact, Observation

_PY_SUFFIXES = (".py", ".pyw")

#: Extensions of data files: a native binary under one of them is disguised.
_DATA_SUFFIXES = (
    ".png", ".jpg", ".jpeg", ".gif", ".ico", ".svg", ".bmp", ".txt", ".md", ".rst", ".json",
    ".yaml", ".yml", ".toml", ".cfg", ".ini", ".csv", ".dat", ".py", ".pyc", ".js", ".css",
    ".html", ".xml", ".wav", ".mp3", ".ttf", ".woff", ".pem", ".crt", ".log",
)  # fmt: skip


def _disguised(base: str) -> bool:
    """True when a native binary's file name claims it is data."""
    return base.endswith(_DATA_SUFFIXES)


_PICKLE_SUFFIXES = (".pkl", ".pickle", ".joblib", ".sav", ".dat", ".bin", ".model", ".pth", ".pt")

_ARCHIVE_SUFFIXES = (".zip", ".whl", ".jar", ".egg", ".nupkg", ".xlsx", ".docx", ".pptx", ".odt")

_YAML_TAG_RE = re.compile(
    rb"!!python/(?:object/apply|object/new|object|name|module):([\w.]+)|"
    rb"tag:yaml\.org,2002:python/(?:object/apply|object/new|name):([\w.]+)"
)

_JSONPICKLE_RE = re.compile(rb'"py/(?:function|type|object|reduce|newobj)"\s*:\s*"([\w.]+)"')

_LOCAL_HEADER = struct.Struct("<4s5H3I2H")

_B64_TEXT_RE = re.compile(rb"[A-Za-z0-9+/=\r\n]+")


#: Names in a .pyc's constants that mean it runs commands, code or network calls.
_PYC_DANGER = (b"system", b"popen", b"Popen", b"exec", b"eval", b"urlopen", b"b64decode",
               b"socket", b"subprocess", b"marshal", b"ctypes")  # fmt: skip


def _zip_entries(data: bytes) -> Iterator[tuple[str, bytes]]:
    """(name, first bytes) of the entries of a zip held (perhaps partly) in `data`.

    Walks local headers only, so a truncated read still yields the first entries;
    deflated entries are inflated up to DEEP bytes. Never extracts anything.
    """
    pos = 0
    for _ in range(256):
        if data[pos : pos + 4] != b"PK\x03\x04" or pos + _LOCAL_HEADER.size > len(data):
            return
        fields = _LOCAL_HEADER.unpack_from(data, pos)
        flags, method, csize, nlen, xlen = fields[2], fields[3], fields[7], fields[9], fields[10]
        start = pos + _LOCAL_HEADER.size
        name = data[start : start + nlen].decode("utf-8", "replace")
        body = data[start + nlen + xlen : start + nlen + xlen + csize]
        if method == 8:
            try:
                body = zlib.decompressobj(-15).decompress(body, 1 << 20)
            except zlib.error:
                body = b""
        elif method != 0:
            body = b""
        yield name, body
        if csize == 0 and flags & 0x08:
            return  # sizes in a data descriptor: the next header cannot be found
        pos = start + nlen + xlen + csize


def _payload_findings(ctx: FileContext, obs: Observation, message: str) -> list[Finding]:
    """Findings on the whole file for every rule `obs` makes fire."""
    return fact_findings(ctx, obs, message)


def _requirements(base: str, data: bytes) -> list[str]:
    """The requirement strings a pyproject.toml or core-metadata file declares."""
    text = data.decode("utf-8", "replace")
    if base != "pyproject.toml":
        header = text.split("\n\n", 1)[0]  # the description (a README) follows
        return [
            ln.split(":", 1)[1] for ln in header.splitlines() if ln.startswith("Requires-Dist:")
        ]
    try:
        doc: Any = loads_toml(text)
    except ValueError:  # not TOML, or nested too deeply to follow
        return []
    project = doc.get("project") if isinstance(doc.get("project"), dict) else {}
    build = doc.get("build-system") if isinstance(doc.get("build-system"), dict) else {}
    reqs: list[object] = [*project.get("dependencies", ()), *build.get("requires", ())]
    optional = project.get("optional-dependencies", {})
    if isinstance(optional, dict):
        for group in optional.values():
            if isinstance(group, list):
                reqs.extend(group)
    return [r for r in reqs if isinstance(r, str)]


def _native_strings(ctx: FileContext, data: bytes) -> list[Finding]:
    """Commands spelled inside a native binary where no binary belongs."""
    if not _names_native_word(data):
        return []  # cheap test first: most binaries name no download or shell tool
    text = data.decode("latin-1")
    out = []
    for rx, fact in (
        (P.PIPE_TO_SHELL_RE, Fact.PIPE_TO_SHELL_TEXT),
        (P.REVERSE_SHELL_RE, Fact.REVERSE_SHELL_TEXT),
    ):
        m = rx.search(text)
        if m:
            out.extend(
                _payload_findings(
                    ctx, Observation(fact), f"native binary carries {m.group(0)[:80]!r}"
                )
            )
    return out


#: Words of download and shell tools, searched for as plain bytes (a substring search
#: runs several times faster than one alternation over a binary of many megabytes).
_NATIVE_WORDS = (b"curl", b"wget", b"powershell", b"/dev/tcp", b"certutil", b"bitsadmin", b"mshta")
_NATIVE_NC_RE = re.compile(rb"nc\s+-e")


def _names_native_word(data: bytes) -> bool:
    """Whether a binary spells a download or shell tool's name (or `nc -e`) anywhere."""
    return any(w in data for w in _NATIVE_WORDS) or _NATIVE_NC_RE.search(data) is not None


_SCRIPT_RE = re.compile(r"^([^/]+?)-[^/-]+\.data/scripts/([^/]+)$")

_ENTRY_POINTS_RE = re.compile(r"^([^/]+?)-[^/-]+\.dist-info/entry_points\.txt$")


def entry_point_groups(text: str) -> dict[str, list[tuple[str, str]]]:
    """The sections of an entry_points.txt: group -> [(name, "module:attr")]."""
    groups: dict[str, list[tuple[str, str]]] = {}
    entries: list[tuple[str, str]] | None = None
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("[") and line.endswith("]"):
            entries = groups.setdefault(line[1:-1].strip().lower(), [])
        elif entries is not None and "=" in line and not line.startswith(("#", ";")):
            name, value = line.split("=", 1)
            entries.append((name.strip(), value.strip()))
    return groups


def _shadowing(ctx: FileContext, data: bytes) -> list[Finding]:
    """Console scripts named after system commands (git, python, sudo) that they do not own."""
    m = _SCRIPT_RE.match(ctx.name)
    commands: list[str] = []
    if m:
        dist, commands = m.group(1), [m.group(2)]
    else:
        m = _ENTRY_POINTS_RE.match(ctx.name)
        if not m:
            return []
        dist = m.group(1)
        groups = entry_point_groups(data.decode("utf-8", "replace"))
        for group in ("console_scripts", "gui_scripts"):
            commands.extend(name for name, _ in groups.get(group, ()))
    owner = canonicalize_name(dist)
    out = []
    for cmd in commands:
        base = cmd.lower().removesuffix(".exe")
        if base in P.SYSTEM_COMMANDS and P.SYSTEM_COMMANDS[base] != owner:
            out.extend(
                _payload_findings(
                    ctx,
                    Observation(Fact.COMMAND_SHADOWED),
                    f"installs a {cmd!r} command, shadowing the system's",
                )
            )
    return out


#: Extensions of files that hold text: random bytes under one are an encrypted payload.
_TEXT_SUFFIXES = (
    ".txt", ".json", ".typed", ".pyi", ".cfg", ".ini", ".toml", ".yaml", ".yml", ".md", ".rst",
    ".csv", ".xml", ".html", ".htm", ".js", ".css", ".sh", ".bat", ".ps1", ".svg",
)  # fmt: skip
#: Bits per byte above which a file's first 4 KiB are random (4 KiB of random bytes give
#: about 7.95; text, even base64 or UTF-8 in any script, stays near 6 or below).
_RANDOM_ENTROPY = 7.8
_RANDOM_MIN = 4096


def _encrypted(ctx: FileContext, base: str, data: bytes) -> list[Finding]:
    """A text-typed file that holds random bytes."""
    if (
        len(data) < _RANDOM_MIN
        or not base.endswith(_TEXT_SUFFIXES)
        or B.entropy(data[:_RANDOM_MIN]) <= _RANDOM_ENTROPY
    ):
        return []
    return _payload_findings(
        ctx,
        Observation(Fact.RANDOM_BYTES_AS_TEXT),
        f"{base} holds near-random bytes, not text (an encrypted payload?)",
    )


def _inflate(data: bytes) -> bytes | None:
    """The first DEEP bytes of gzip, bzip2 or xz data (a truncated stream gives what it
    can); None for anything else or a stream that does not decompress."""
    try:
        if data.startswith(b"\x1f\x8b"):
            out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(data, DEEP_TEXT)
        elif data.startswith(b"BZh") and data[3:4].isdigit():
            out = bz2.BZ2Decompressor().decompress(data, DEEP_TEXT)
        elif data.startswith(b"\xfd7zXZ\x00"):
            out = lzma.LZMADecompressor().decompress(data, DEEP_TEXT)
        else:
            return None
    except (zlib.error, OSError, EOFError, lzma.LZMAError, ValueError):
        return None
    return out or None


def replace_file(f: Finding, name: str) -> Finding:
    """`f` attributed to the file `name` (findings on a decompressed member)."""
    return replace(f, file=name)


def analyse_data(ctx: FileContext, data: bytes) -> list[Finding]:
    """Data files that run code when loaded: pickles, model archives, YAML python tags."""
    lower = ctx.name.lower()
    base = lower.rsplit("/", 1)[-1]
    out: list[Finding] = []
    calls = Observation(Fact.SERIALIZED_CALL)
    if ctx.kind in ("wheel", "installed") and (
        ".data/scripts/" in lower or base == "entry_points.txt"
    ):
        return _shadowing(ctx, data)
    if base in ("pyproject.toml", "metadata", "pkg-info"):
        for req in _requirements(base, data):
            if P.DIRECT_URL_DEP_RE.match(req):
                out.extend(
                    _payload_findings(
                        ctx,
                        Observation(Fact.URL_DEPENDENCY),
                        f"depends on code from a URL: {req.strip()[:100]!r}",
                    )
                )
                break
        return out
    if base.endswith((".pyc", ".pyo")) and "__pycache__/" not in lower:
        names = [n.decode() for n in _PYC_DANGER if n in data]
        out.extend(
            _payload_findings(
                ctx,
                Observation(Fact.COMPILED_MODULE, names_danger=bool(names)),
                "compiled bytecode shipped as a module"
                + (f"; it names {', '.join(names[:4])}" if names else ""),
            )
        )
        return out
    if b'"py/' in data:
        for tag in _JSONPICKLE_RE.finditer(data[:DEEP_TEXT]):
            target = tag.group(1).decode("latin-1")
            if B.dangerous_callable(target):
                out.extend(
                    _payload_findings(
                        ctx,
                        calls,
                        f"jsonpickle data calls {target}() when decoded",
                    )
                )
                return out
    if lower.endswith((".yaml", ".yml")) and b"python/" in data:
        for tag in _YAML_TAG_RE.finditer(data):
            target = (tag.group(1) or tag.group(2) or b"").decode("latin-1")
            if B.dangerous_callable(target):
                out.extend(
                    _payload_findings(
                        ctx,
                        calls,
                        f"YAML python tag calls {target}() when loaded",
                    )
                )
                break
        return out
    if data.startswith(b"\x93NUMPY") and len(data) > 12:
        # An object array's body is a pickle: it runs when np.load(allow_pickle=True) reads it.
        size = 2 if data[6] == 1 else 4
        start = 8 + size + int.from_bytes(data[8 : 8 + size], "little")
        called = B.pickle_callables(data[start:])
        if called:
            out.extend(
                _payload_findings(ctx, calls, f"object array pickles {', '.join(called[:3])}")
            )
        return out
    inflated = _inflate(data)
    if inflated is None:
        out.extend(_encrypted(ctx, base, data))
    if inflated is not None:
        # A compressed pickle (sample.pkl.gz) runs when pandas or joblib reads it.
        stem = re.sub(r"\.(?:gz|gzip|bz2|xz|lzma|z)$", "", ctx.name, flags=re.IGNORECASE)
        if stem == ctx.name:
            stem += ".pkl" if inflated[:1] == b"\x80" else ""
        inner_ctx = FileContext(stem, ctx.kind, ctx.pure, clock=ctx.clock)
        return [replace_file(f, ctx.name) for f in analyse_data(inner_ctx, inflated)]
    if 32 <= len(data) <= DEEP_TEXT and _B64_TEXT_RE.fullmatch(data.strip()):
        raw = _decode("b64", data.strip().replace(b"\n", b"").replace(b"\r", b""))
        if raw and raw[:1] == b"\x80":
            data = raw  # a base64-wrapped pickle ("cache" files decoded then loaded)
    pickled = (len(data) > 1 and data[0] == 0x80 and 2 <= data[1] <= 5) or lower.endswith(
        _PICKLE_SUFFIXES
    )
    if pickled and not data.startswith(b"PK\x03\x04"):
        called = B.pickle_callables(data)
        if called:
            out.extend(
                _payload_findings(
                    ctx,
                    calls,
                    f"pickle calls {', '.join(called[:3])} when loaded",
                )
            )
        return out
    if data.startswith(b"PK\x03\x04") and ctx.kind in ("wheel", "sdist", "zip", "installed"):
        for name, body in _zip_entries(data):
            base = name.lower().rsplit("/", 1)[-1]
            if base.endswith((".pkl", ".pickle")) or base == "data.pkl":
                called = B.pickle_callables(body)
                if called:
                    out.extend(
                        _payload_findings(
                            ctx,
                            calls,
                            f"{name} in this archive calls {', '.join(called[:3])} when loaded",
                        )
                    )
            elif base.endswith(".py") and body and not lower.endswith(_ARCHIVE_SUFFIXES):
                # Code hidden in an archive the package imports from (zipimport, sys.path).
                inner = FileContext(f"{ctx.name}!{name}", ctx.kind, ctx.pure, clock=ctx.clock)
                strong = [f for f in analyse_python(inner, body) if f.severity >= Severity.HIGH]
                disguised = True  # real archives (.whl, .zip) are not opened for code
                if strong or disguised:
                    out.extend(
                        _payload_findings(
                            ctx,
                            Observation(Fact.MODULE_IN_ARCHIVE, disguised=disguised),
                            f"Python module {name!r} inside {'a data file' if disguised else 'an archive'}",
                        )
                    )
                out.extend(strong)
            elif body[:4] and B.is_native(body):
                disguised = not lower.endswith(_ARCHIVE_SUFFIXES)
                out.extend(
                    _payload_findings(
                        ctx,
                        Observation(Fact.EXECUTABLE_IN_ARCHIVE, disguised=disguised),
                        f"archive inside the package holds the executable {name!r}",
                    )
                )
    return out


def analyse_member(ctx: FileContext, data: bytes, facts: Facts | None = None) -> list[Finding]:
    """All findings for one file of a target, whatever its type."""
    name = ctx.name
    lower = name.lower()
    out: list[Finding] = []
    base = lower.rsplit("/", 1)[-1]
    if lower.endswith(_PY_SUFFIXES) or (
        "." not in base and data.startswith(b"#!") and b"python" in data[:100]
    ):
        if base in ("sitecustomize.py", "usercustomize.py") and ctx.kind in (
            "wheel",
            "sdist",
            "zip",
            "installed",
        ):
            out.extend(
                _payload_findings(
                    ctx,
                    Observation(Fact.SHIPS_SITECUSTOMIZE),
                    f"ships {base}, which runs on every interpreter start",
                )
            )
        out.extend(analyse_python(ctx, data, facts))
    elif lower.endswith(".pth"):
        out.extend(analyse_pth(ctx, data))
    elif (
        base == "pyproject.toml"
        and lower.count("/") <= (1 if ctx.kind in ("sdist", "zip") else 0)
        and re.search(rb"^\s*backend-path\s*=", data, re.MULTILINE)
    ):
        out.extend(
            _payload_findings(
                ctx,
                Observation(Fact.IN_TREE_BACKEND),
                "build backend is loaded from the source tree (backend-path)",
            )
        )
    if not lower.endswith((*_PY_SUFFIXES, ".pth")):
        out.extend(analyse_data(ctx, data))
    if ctx.kind in ("wheel", "sdist", "zip") and data[:4] and B.is_native(data):
        if ctx.kind == "wheel" and ctx.pure:
            fact: Fact | None = Fact.NATIVE_IN_PURE_WHEEL
        elif ctx.kind != "wheel":
            fact = Fact.NATIVE_EXECUTABLE
        else:
            fact = None
        if fact is not None:
            out.extend(_native_strings(ctx, data))
            # Windows launchers (pip's and setuptools' t64.exe, cli.exe) ship as .exe in pure
            # wheels; a binary under another name is disguised.
            out.extend(
                _payload_findings(
                    ctx,
                    Observation(fact, disguised=_disguised(base)),
                    f"native executable {base!r}",
                )
            )
    return out
