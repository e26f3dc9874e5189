"""Distributions that hold a name and nothing else (`Fact.EMPTY_DISTRIBUTION`), sdists
whose custom install step is all they are (`Fact.INSTALL_STEP_ONLY`), and metadata that
says the package is about dependency confusion (`Fact.CONFUSION_DECLARED`).

An internal package's name published on the public index, with nothing in it but a
print or an error, is how dependency confusion is tried out and how names are held:
installing it gives no code, only the proof that the resolver went to the wrong
index. A project of that shape is judged by what it ships, never run:

- no code: no Python module with a statement (comments and blank lines do not count;
  an sdist's own setup.py does not either, it only builds), no native library, no
  script, archive or other source file;
- hardly any data: less than `_DATA_BYTES` in files that are neither metadata,
  packaging files nor documents;
- no dependency: no Requires-Dist in the core metadata, no ``requires.txt``, no
  ``install_requires`` or ``dependencies`` in setup.py, setup.cfg or pyproject.toml
  (a meta-package's whole content is its dependencies).

The same probe often has a few lines of code and an install command that prints, runs
``dir`` or calls home: an sdist whose setup.py runs custom code at install (an
overridden command, a process, the network) while it ships under `SMALL_CODE` bytes of
code besides has no library whose build that code could serve. An sdist that ships a
compiled program or library (an ELF, PE or Mach-O binary, `Fact.NATIVE_EXECUTABLE`)
without any source it could have been built from (C, C++, Rust, Cython, Go, Fortran,
assembly, a CMake, Meson or Cargo build) and under `SMALL_CODE` bytes of Python is a
binary with a Python shim (`Fact.PREBUILT_ONLY`): nothing in it can be reviewed.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from pipwarden.findings import Finding
from pipwarden.scan.context import OFF_PACKAGE, file_context
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import observe
from pipwarden.scan.rules import CLAIMS, PER_COMMAND

#: Files of other names that are code (sources, native libraries, scripts).
_CODE_SUFFIXES = (
    ".pyi",
    ".pyc",
    ".pyx",
    ".pxd",
    ".c",
    ".h",
    ".cc",
    ".cpp",
    ".rs",
    ".go",
    ".js",
    ".so",
    ".pyd",
    ".dll",
    ".dylib",
    ".exe",
    ".sh",
    ".ps1",
    ".bat",
    ".cmd",
    ".jar",
    ".pth",
    # archives of modules (`pipwarden.scan.nested`)
    ".whl",
    ".egg",
    ".zip",
    ".tar.gz",
    ".tgz",
)
#: Sources a native binary is built from (lower-case suffixes and file names).
_NATIVE_SOURCES = (
    ".c",
    ".cc",
    ".cpp",
    ".cxx",
    ".h",
    ".hpp",
    ".rs",
    ".pyx",
    ".go",
    ".f",
    ".f90",
    ".cu",
    ".zig",
    ".m",
    ".s",
    ".asm",
    "cmakelists.txt",
    "meson.build",
    "cargo.toml",
)
#: Packaging files and documents at the top of an sdist (lower case, by prefix).
_PACKAGING = (
    "pkg-info",
    "setup.py",
    "setup.cfg",
    "pyproject.toml",
    "manifest.in",
    "readme",
    "license",
    "licence",
    "copying",
    "notice",
    "authors",
    "changelog",
    "changes",
    "history",
    "requirements",
    "tox.ini",
    ".",
)
#: Data below this many bytes does not make a project more than a name.
_DATA_BYTES = 2048
#: An sdist with less code than this besides its setup.py has no library to install: when
#: its install runs custom code, that is what it is for (benign sdists with install-time
#: code ship 3 KiB of it and more).
SMALL_CODE = 1024
#: What an sdist does at install beyond building (`pipwarden.scan.rules.install_hook`).
_INSTALL_FACTS = (
    Fact.NETWORK_AT_INSTALL,
    Fact.PROCESS_AT_INSTALL,
    Fact.FOREIGN_PROGRAM_AT_INSTALL,
    Fact.USER_FILES_AT_INSTALL,
)

_LINE = re.compile(rb"[^\r\n]+")
_REQUIRES_DIST = re.compile(rb"^Requires-Dist:", re.MULTILINE | re.IGNORECASE)
#: A dependency list that is not empty in setup.py, setup.cfg or pyproject.toml.
_DEPENDENCIES = re.compile(
    rb"install_requires\s*=\s*(?!\[\s*\]|\(\s*\)|$)"  # setup.py, or setup.cfg's one-line form
    rb"|install_requires\s*=\s*\r?\n[ \t]+\S"  # setup.cfg's indented list
    rb"|^\s*dependencies\s*=\s*\[\s*[\"']"  # pyproject.toml
    rb"|dynamic\s*=\s*\[[^\]]*[\"']dependencies[\"']",
    re.MULTILINE,
)
#: The metadata speaks of dependency confusion (separators and case aside) ...
_CONFUSION = re.compile(rb"dependency[\s_-]*confusion", re.IGNORECASE)
#: ... in a sentence about finding it rather than being it (a scanner, an audit tool).
_TOOL_WORDS = re.compile(
    rb"\b(?:detect|scan|find|audit|check|identif|analy[sz]|discover|monitor|report)", re.IGNORECASE
)
_SENTENCE_END = re.compile(rb"[.!?\n](?:\s|$)")
_SUMMARY = re.compile(rb"^Summary:[ \t]*([^\n]*)$", re.MULTILINE | re.IGNORECASE)
#: Longest core metadata read (the name, the summary; real headers are a few KiB).
METADATA_HEAD = 64 * 1024
#: Core metadata shorter than this is read whole for `declares_confusion`.
_SHORT_METADATA = 4096


@dataclass
class Watch:
    """What a wheel's or an sdist's members hold, gathered as they are read."""

    kind: str
    code: str | None = None  # the first member with code
    code_bytes: int = 0  # bytes of statements and other code, counted up to `SMALL_CODE`
    data_bytes: int = 0
    dependencies: bool = False
    metadata: str | None = None  # the core metadata member
    metadata_text: bytes = b""
    members: int = 0
    python_bytes: int = 0  # bytes of Python statements, counted up to `SMALL_CODE`
    native_source: bool = False  # a source a native binary could be built from

    def add(self, name: str, data: bytes, *, metadata: bool = False) -> None:
        """Note member `name` holding `data`; `metadata`: it is the core metadata."""
        self.members += 1
        if metadata:
            self.metadata = name
            self.metadata_text = data[:METADATA_HEAD]
            self.dependencies |= _REQUIRES_DIST.search(self.metadata_text) is not None
            return
        parts = name.split("/")
        base = parts[-1].lower()
        local = parts[1:] if self._source else parts
        self.native_source |= base.endswith(_NATIVE_SOURCES)
        if any(p.endswith((".dist-info", ".egg-info")) for p in parts[:-1]):
            self.dependencies |= base == "requires.txt" and bool(data.strip())
            return
        if self._source and len(local) == 1:
            if base in ("setup.py", "setup.cfg", "pyproject.toml"):
                self.dependencies |= _DEPENDENCIES.search(data) is not None
            if base.startswith(_PACKAGING):
                return
        if base.endswith(".py"):
            # counted against the Python's own allowance (code_bytes also counts binaries)
            size = _statement_bytes(data, SMALL_CODE - self.python_bytes)
            self.python_bytes = min(SMALL_CODE, self.python_bytes + size)
        elif base.endswith(_CODE_SUFFIXES) or "/scripts/" in f"/{'/'.join(local)}":
            size = len(data) if len(data) > SMALL_CODE else len(data.strip())
        else:
            if not base.startswith(_PACKAGING):
                self.data_bytes += len(data)
            return
        if size:
            self.code = self.code or name
            self.code_bytes = min(SMALL_CODE, self.code_bytes + size)

    @property
    def _source(self) -> bool:
        """An sdist (or a zip that states sdist metadata): members under one top folder."""
        return self.kind in ("sdist", "zip")

    def findings(self, found: Iterable[Finding] = ()) -> list[Finding]:
        """The findings of a name holder, of an sdist whose install step is all it is
        (`found`: the target's findings so far, which say what runs at install), and of
        metadata about dependency confusion."""
        out: list[Finding] = []
        if self.kind not in ("wheel", "sdist", "zip") or self.metadata is None:
            return out
        empty = self.code is None and self.data_bytes < _DATA_BYTES and not self.dependencies
        if empty:
            out.extend(
                observe(
                    Fact.EMPTY_DISTRIBUTION,
                    f"the {'wheel' if self.kind == 'wheel' else 'sdist'} ships no code, no data and no dependency: "
                    "it holds a name and nothing else",
                    self.metadata,
                    evidence=f"{self.members} members, {self.data_bytes} bytes of data",
                )
            )
        hooks = sorted({f.rule for f in found if f.rule in install_rules() and _not_a_build(f)})
        if self._source and not empty and self.code_bytes < SMALL_CODE and hooks:
            out.extend(
                observe(
                    Fact.INSTALL_STEP_ONLY,
                    f"setup.py runs custom code at install ({', '.join(hooks)}) and the sdist "
                    f"ships {self.code_bytes} bytes of code besides: the install step is the "
                    "package",
                    self.metadata,
                    evidence=f"first code: {self.code}",
                )
            )
        natives = sorted(
            {
                f.file
                for f in found
                if f.rule in _native_rules()
                and f.file is not None
                and file_context(f.file, self.kind) not in OFF_PACKAGE  # a test's fixture
            }
        )
        if self._source and natives and not self.native_source and self.python_bytes < SMALL_CODE:
            out.extend(
                observe(
                    Fact.PREBUILT_ONLY,
                    f"the sdist ships {len(natives)} compiled binar"
                    f"{'y' if len(natives) == 1 else 'ies'} ({', '.join(natives[:3])}) without "
                    f"a source to build {'it' if len(natives) == 1 else 'them'} from, and "
                    f"{self.python_bytes} bytes of Python: the package is the binary",
                    self.metadata,
                    evidence=natives[0],
                )
            )
        said = declares_confusion(self.metadata_text)
        if said is not None:
            out.extend(
                observe(
                    Fact.CONFUSION_DECLARED,
                    "its metadata says the package is about dependency confusion",
                    self.metadata,
                    evidence=said,
                )
            )
        return out


def _statement_bytes(data: bytes, enough: int) -> int:
    """The bytes of Python source `data` on lines that are neither blank nor comments,
    counted until `enough`."""
    n = 0
    if enough <= 0:
        return 0
    for m in _LINE.finditer(data):  # lazily: a large module stops at its first lines
        s = m.group().strip()
        if s and not s.startswith(b"#"):
            n += len(s)
            if n >= enough:
                break
    return n


_BUILD_COMMANDS = ("build", "sdist", "bdist")


def _not_a_build(f: Finding) -> bool:
    """Whether finding `f` is more than a build command's override (build_ext adding
    compiler flags belongs to a tiny C extension as much as to a library): the commands
    an override overrides are in its details (`pipwarden.scan.rules.install_hook.
    command_overridden`)."""
    commands = f.details.get("commands")
    if not isinstance(commands, list) or not commands:
        return True
    return any(not str(c).startswith(_BUILD_COMMANDS) for c in commands)


@functools.cache
def _native_rules() -> frozenset[str]:
    """The rules whose findings say that an sdist ships a compiled binary."""
    return frozenset(r.id for r in CLAIMS[Fact.NATIVE_EXECUTABLE])


@functools.cache
def install_rules() -> frozenset[str]:
    """The rules whose findings say that an sdist runs custom code at install: those of
    the facts of install-time behaviour and of setup.py's command classes."""
    ids = {r.id for fact in _INSTALL_FACTS for r in CLAIMS[fact]}
    return frozenset(ids | {r.id for r, _ in PER_COMMAND})


def metadata_header(data: bytes) -> bytes:
    """The header fields of core metadata `data` (up to the blank line before the
    description), read from its first `METADATA_HEAD` bytes."""
    return data[:METADATA_HEAD].replace(b"\r\n", b"\n").split(b"\n\n", 1)[0]


def declares_confusion(text: bytes) -> str | None:
    """The sentence of core metadata `text` that says the package is about dependency
    confusion (a proof of concept, a stub holding the name); None when none does or
    when it speaks of finding it (a scanner).

    Only the Summary is read, and the whole text when it is short (under
    `_SHORT_METADATA`): a placeholder says what it is in a line, while the long
    description of a real project may discuss the attack at length (pipwarden's own).
    """
    if len(text) >= _SHORT_METADATA:
        summary = _SUMMARY.search(metadata_header(text))
        text = summary.group(1) if summary else b""
    for m in _CONFUSION.finditer(text):
        start = max(
            (e.end() for e in _SENTENCE_END.finditer(text, max(0, m.start() - 300), m.start())),
            default=max(0, m.start() - 300),
        )
        end_m = _SENTENCE_END.search(text, m.end())
        end = min(end_m.start() + 1 if end_m else len(text), m.end() + 300)
        sentence = text[start:end]
        if _TOOL_WORDS.search(sentence) is None:
            return sentence.strip().decode("utf-8", "replace")[:200]
    return None
