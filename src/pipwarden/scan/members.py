"""The common core of reading hostile targets: limits, members, names and the budget.

`Limits` bounds what is read from one target; `Budget` counts members, bytes,
time and memory against it; `take` reads one member (code in full, anything
else its first bytes); `check_name` normalises a member name or reports why it
must not be read. What is odd about the container is observed as a `Fact` (a link
leaving the tree, a member too large, a path with '..'); the rules that claim it
(`pipwarden.scan.rules.archive`) give its findings their rule id and severity.
"""

from __future__ import annotations

import hashlib
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO

from pipwarden.findings import Finding, Severity
from pipwarden.scan.budget import BudgetExceeded, Clock, MiB
from pipwarden.scan.facts import Fact, Observation
from pipwarden.scan.rules import claims


@dataclass(frozen=True)
class Limits:
    """Bounds on what is read from one target."""

    #: Largest single member read (bigger ones are reported, not read).
    max_member_size: int = 64 * MiB
    #: Total uncompressed bytes read from one target.
    max_total_size: int = 1024 * MiB
    #: Uncompressed/compressed ratio above which a member is a bomb.
    max_ratio: float = 200.0
    #: Ratio checks apply only above this many uncompressed bytes.
    ratio_floor: int = 4 * MiB
    #: Members read from one target.
    max_members: int = 50_000
    #: Largest tar extension header (GNU long name, pax) read into memory.
    max_header_size: int = 1 * MiB
    #: Wall-clock budget of one target (reading and analysis), in seconds.
    max_seconds: float = 120.0
    #: Growth of resident memory allowed while one target is read and analysed.
    max_memory: int = 1024 * MiB

    def clock(self) -> Clock:
        """A new budget clock for one target under these limits."""
        return Clock(self.max_seconds, self.max_memory)


DEFAULT_LIMITS = Limits()


@dataclass(frozen=True)
class Member:
    """One file read from a target: its path inside the target and its bytes.

    Only code (Python sources, .pth files, build configuration) is read in full;
    of every other file `data` holds the first `HEAD` bytes (enough to recognise
    a native executable) and `complete` is False.
    """

    name: str
    data: bytes
    complete: bool = True
    #: The sha256 of all of the member's bytes, when the reader was asked for it
    #: (`take`'s `digest`); None when it was not, or could not be read whole.
    sha256: str | None = None


HEAD = 4096
#: Data files that can carry code when loaded (pickles, model archives, YAML with python
#: tags, archives inside the package) are read this far; other data only to HEAD.
DEEP = 1 << 20
_DEEP_SUFFIXES = (
    ".pkl", ".pickle", ".pt", ".pth", ".ckpt", ".joblib", ".yaml", ".yml", ".dat", ".bin",
    ".model", ".npy", ".sav", ".pyc", ".pyo",
)  # fmt: skip


_COMPRESSED_PICKLE_RE = re.compile(
    r"\.(?:pkl|pickle|joblib|pt|pth|npy|dat|bin)\.(?:gz|gzip|bz2|xz|lzma|z)$", re.IGNORECASE
)


def _deep(name: str, head: bytes) -> bool:
    """True for data members whose content decides whether loading them runs code."""
    return (
        name.lower().endswith(_DEEP_SUFFIXES)
        or _COMPRESSED_PICKLE_RE.search(name) is not None
        or head.startswith(b"PK\x03\x04")
        or (head.startswith(b"\x1f\x8b") and name.lower().endswith((".tar.gz", ".tgz")))
        or (len(head) > 1 and head[0] == 0x80 and 2 <= head[1] <= 5)
        or head.startswith((b"\x7fELF", b"\xcf\xfa\xed\xfe", b"\xfe\xed\xfa\xcf"))
        or (head.startswith(b"MZ") and b"PE\x00\x00" in head)
        or ".data/scripts/" in name
    )


_CODE_SUFFIXES = (".py", ".pyw", ".pth")
_CODE_NAMES = ("pyproject.toml", "setup.cfg", "metadata", "pkg-info", "entry_points.txt")


def _code_kind(name: str) -> bool | None:
    """True for code members, False for data, None when the first bytes decide (scripts)."""
    base = name.lower().rsplit("/", 1)[-1]
    if base.endswith(_CODE_SUFFIXES) or base in _CODE_NAMES:
        return True
    return None if "." not in base else False


def open_binary(path: Path) -> IO[bytes]:
    """`path` opened for reading bytes."""
    return path.open("rb")


def same(fh: IO[bytes]) -> IO[bytes]:
    """An already opened member, for `take`."""
    return fh


def _python_script(head: bytes) -> bool:
    return head.startswith(b"#!") and b"python" in head[:100]


READ_ERRORS = (
    zipfile.BadZipFile,
    tarfile.TarError,
    OSError,
    RuntimeError,
    NotImplementedError,
    zlib.error,
    EOFError,
    ValueError,
)


def take(
    name: str,
    size: int,
    opener: Callable[[], IO[bytes]],
    budget: Budget,
    issues: list[Finding],
    packed: int | None = None,
    digest: bool = False,
) -> Member | None:
    """Read one member under the limits: code in full, anything else its first bytes.

    With `digest`, the member's `sha256` is that of all of its bytes: the rest of a data
    member is read through the hash (no larger than the member limit, within the ratio
    limit; else it has none). A member that cannot be read (a bad CRC, data cut off) is a
    high finding; `BudgetExceeded` passes through to the reader.
    """
    limits = budget.limits
    kind = True if name in budget.whole else _code_kind(name)

    def admissible() -> bool:
        if not budget.fits(name, size):
            return False
        if (
            packed is not None
            and size > limits.ratio_floor
            and size / max(packed, 1) > limits.max_ratio
        ):
            issues.extend(bomb(name, size, packed, limits.max_ratio))
            return False
        return True

    if kind is True and not admissible():
        return None
    try:
        with opener() as fh:
            head = fh.read(HEAD)
            if kind is None:
                kind = _python_script(head)
                if kind and not admissible():
                    return None
            if not kind:
                if len(head) == HEAD and _deep(name, head):
                    head += fh.read(DEEP - HEAD)
                budget.spend(len(head))
                whole = _digest_rest(fh, head, size, packed, budget) if digest else None
                return Member(name, head, complete=False, sha256=whole)
            data = head + fh.read(limits.max_member_size + 1 - len(head))
    except READ_ERRORS as exc:
        issues.extend(observe(Fact.UNREADABLE, f"member unreadable: {exc}", name))
        return None
    budget.spend(len(data))
    if len(data) > limits.max_member_size:
        issues.extend(
            observe(
                Fact.MEMBER_TOO_LARGE,
                f"member is larger than {limits.max_member_size} bytes; not analysed",
                name,
            )
        )
        return None
    return Member(name, data, sha256=hashlib.sha256(data).hexdigest() if digest else None)


def _digest_rest(
    fh: IO[bytes], head: bytes, size: int, packed: int | None, budget: Budget
) -> str | None:
    """The sha256 of `head` and the rest of `fh`, read in chunks on the budget's clock; None
    for a member larger than the member limit or expanding past the ratio limit."""
    limits = budget.limits
    if size > limits.max_member_size or (
        packed is not None
        and size > limits.ratio_floor
        and size / max(packed, 1) > limits.max_ratio
    ):
        return None
    h = hashlib.sha256(head)
    total = len(head)
    while chunk := fh.read(_DIGEST_CHUNK):
        total += len(chunk)
        if total > limits.max_member_size:
            return None
        h.update(chunk)
        budget.clock.check()
    return h.hexdigest()


#: Bytes hashed at once by `_digest_rest`.
_DIGEST_CHUNK = 1 << 20


@dataclass
class Copies:
    """The members met while a target is read, by normalised name: how many copies of each,
    and the sha256 of each copy read whole (None for a copy that was not: a link, a member
    not read)."""

    count: dict[str, int] = field(default_factory=dict)
    digests: dict[str, list[str | None]] = field(default_factory=dict)

    def met(self, name: str) -> int:
        """Count one more copy of `name`; how many there are now."""
        n = self.count.get(name, 0) + 1
        self.count[name] = n
        return n

    def read(self, member: Member) -> None:
        """Note the digest of the copy of `member.name` just read."""
        self.digests.setdefault(member.name, []).append(member.sha256)

    def duplicated(self) -> set[str]:
        """The names met more than once."""
        return {name for name, n in self.count.items() if n > 1}

    def findings(self) -> list[Finding]:
        """One finding per name met more than once: installers keep the last copy, other
        tools the first. `identical` when every copy was read whole and they have the same
        bytes, so no tool can show one thing and install another."""
        out: list[Finding] = []
        for name, n in self.count.items():
            if n < 2:
                continue
            digests = self.digests.get(name, [])
            identical = len(digests) == n and None not in digests and len(set(digests)) == 1
            message = (
                f"member {name!r} appears {n} times; installers keep the last copy, other "
                "tools the first (every copy was analysed)"
            )
            out.extend(observe(Fact.DUPLICATE_MEMBER, message, name, identical=identical))
        return out


@dataclass
class Contents:
    """What reading a target gives: its kind, its members (lazily) and container findings.

    `kind` is one of ``wheel``, ``sdist``, ``zip``, ``folder``, ``file``,
    ``installed``. `issues` grows while `members()` is iterated.
    """

    target: str
    kind: str
    members: Iterator[Member]
    issues: list[Finding] = field(default_factory=list)
    #: A wheel tagged ``none-any`` (pure Python): native binaries in it are droppers.
    pure: bool = False
    #: The target's time and memory budget, started when it was opened.
    clock: Clock = field(default_factory=DEFAULT_LIMITS.clock)


def observe(
    fact: Fact,
    message: str,
    name: str | None,
    evidence: str = "",
    identical: bool = False,
    found: tuple[tuple[str, Severity], ...] = (),
) -> list[Finding]:
    """The container findings of `fact`, seen at member `name` (None: the whole target):
    one per rule that claims it (`pipwarden.scan.rules.CLAIMS`), at the severity the rule
    gives it, with the fix it declares (check ``code``); `identical`, `found`: the
    attributes of `Observation` its rules read."""
    obs = Observation(fact, identical=identical, found=found)
    return [
        Finding(
            check="code",
            rule=r.id,
            severity=severity,
            message=r.message(obs, message),
            file=name,
            evidence=evidence,
            remediation=r.fix,
        )
        for r, severity in claims(obs)
    ]


def budget_issue(exc: BudgetExceeded, name: str | None = None) -> list[Finding]:
    """The findings for a target that ran out of its time or memory budget."""
    return observe(Fact.OUT_OF_BUDGET, f"{exc}; the rest was not analysed", name)


def check_name(name: str, issues: list[Finding], seen: Copies) -> str | None:
    """The normalized member name, or None (with a finding) when it must not be read.

    `seen` counts the copies of each name; a name seen before is still returned, so every
    copy is analysed (the reader then adds `seen.findings()`: what the copies hold decides
    how much the duplicate matters).
    """
    norm = name.replace("\\", "/")
    if not norm or "\x00" in norm:
        issues.extend(
            observe(Fact.EMPTY_OR_NUL_NAME, "member with an empty or NUL name", repr(name))
        )
        return None
    if norm.startswith("/") or (len(norm) > 1 and norm[1] == ":" and norm[0].isalpha()):
        issues.extend(
            observe(
                Fact.ABSOLUTE_PATH,
                f"member with an absolute path {name!r} would be written outside the install location",
                name,
            )
        )
        return None
    parts = [p for p in norm.split("/") if p not in ("", ".")]
    if ".." in parts:
        issues.extend(
            observe(
                Fact.PATH_CLIMBS_OUT,
                f"member path {name!r} climbs out of the archive with '..'",
                name,
            )
        )
        return None
    clean = "/".join(parts)
    if not clean:
        issues.extend(observe(Fact.EMPTY_OR_NUL_NAME, f"member name {name!r} is empty", None))
        return None
    seen.met(clean)
    return clean


class Budget:
    """Counts members and bytes read from one target against `Limits`, and keeps its clock.

    Running out of members, bytes, time or memory is a high finding: the rest of
    the target was not analysed, so it cannot be allowed.
    """

    def __init__(
        self,
        limits: Limits,
        issues: list[Finding],
        clock: Clock,
        whole: frozenset[str] = frozenset(),
    ) -> None:
        self.limits = limits
        #: Members read in full whatever their kind (a data file the target's code runs).
        self.whole = whole
        self.issues = issues
        self.clock = clock
        self.members = 0
        self.total = 0
        self.exhausted = False

    def alive(self, name: str | None = None) -> bool:
        """False (with a finding, once) when the target ran out of time or memory."""
        if self.exhausted:
            return False
        try:
            self.clock.check()
        except BudgetExceeded as exc:
            self.out_of_budget(exc, name)
            return False
        return True

    def out_of_budget(self, exc: BudgetExceeded, name: str | None = None) -> None:
        """Record that the budget ran out; nothing more is read."""
        if not self.exhausted:
            self.issues.extend(budget_issue(exc, name))
        self.exhausted = True

    def admit(self) -> bool:
        """True when one more member may be read."""
        if not self.alive():
            return False
        self.members += 1
        if self.members > self.limits.max_members:
            self.issues.extend(
                observe(
                    Fact.TOO_MANY_MEMBERS,
                    f"more than {self.limits.max_members} members; the rest were not read",
                    None,
                )
            )
            self.exhausted = True
            return False
        return True

    def fits(self, name: str, size: int) -> bool:
        """True when a member of `size` bytes may be read."""
        if size > self.limits.max_member_size:
            self.issues.extend(
                observe(
                    Fact.MEMBER_TOO_LARGE,
                    f"member declares {size} bytes (limit {self.limits.max_member_size}); not read",
                    name,
                )
            )
            return False
        if self.total + size > self.limits.max_total_size:
            self.too_large(name)
            return False
        return True

    def too_large(self, name: str | None, detail: str = "") -> None:
        """Record that the target expands beyond the total size; nothing more is read."""
        self.issues.extend(
            observe(
                Fact.TARGET_TOO_LARGE,
                f"target expands beyond {self.limits.max_total_size} bytes"
                + (f" ({detail})" if detail else "")
                + "; the rest was not read",
                name,
            )
        )
        self.exhausted = True

    def spend(self, size: int) -> None:
        """Record `size` bytes read."""
        self.total += size


def bomb(name: str | None, size: int, packed: int, ratio: float) -> list[Finding]:
    """The findings of a decompression bomb: `size` bytes from `packed`."""
    return observe(
        Fact.RATIO_EXCEEDED,
        f"expands {size} bytes from {packed} (ratio {size / max(packed, 1):.0f}, limit {ratio:.0f})",
        name,
    )
