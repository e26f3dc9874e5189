"""Archives inside a target: a .zip, .whl, .egg, .tar.gz or .tgz member, read one level
deep, in memory, with the target's own safe readers (`archive.read_zip`,
`tarball.read_tar`) under tighter `NESTED_LIMITS`, for the Python sources it holds.

Only a member whose first bytes are those of the archive its name says is opened (a
.zip that is not a zip is data, judged as such elsewhere), and only when the target's
reader holds all of its bytes (`complete`): data members are read to `members.DEEP`.
Archives inside the nested archive are not opened. A member of it that fails the
readers' checks (a path leaving it, a link, a bomb, a member or total too large, the
target's clock run out) is not read; the findings those checks give are not the target's
(a test suite's fixtures hold such archives on purpose) and are dropped.
"""

from __future__ import annotations

from collections.abc import Iterator

from pipwarden.findings import Finding
from pipwarden.scan.archive import read_zip
from pipwarden.scan.budget import Clock, MiB
from pipwarden.scan.members import DEEP, HEAD, Budget, Limits, Member
from pipwarden.scan.tarball import read_tar

#: Bounds on one nested archive (the target's clock bounds its time and memory).
NESTED_LIMITS = Limits(
    max_member_size=4 * MiB,
    max_total_size=32 * MiB,
    max_ratio=200.0,
    ratio_floor=1 * MiB,
    max_members=5_000,
)

_ZIP_SUFFIXES = (".zip", ".whl", ".egg")
_TAR_SUFFIXES = (".tar.gz", ".tgz")

#: Members of a nested archive that are analysed.
_PY_SUFFIXES = (".py", ".pyw")


def nested_kind(name: str, data: bytes) -> str | None:
    """ "zip" or "tar" when the member `name` is an archive of that kind by its name and
    by its first bytes; None otherwise."""
    lower = name.lower()
    if lower.endswith(_ZIP_SUFFIXES) and data.startswith(b"PK\x03\x04"):
        return "zip"
    if lower.endswith(_TAR_SUFFIXES) and data.startswith(b"\x1f\x8b"):
        return "tar"
    return None


def complete(data: bytes) -> bool:
    """Whether a data member's bytes, as the target's reader gave them, are all of it
    (it reads `HEAD` bytes, or `DEEP` of archives: a shorter read is the whole file)."""
    return len(data) != HEAD and len(data) < DEEP


def python_members(
    name: str,
    data: bytes,
    clock: Clock,
    limits: Limits = NESTED_LIMITS,
    *,
    whole: bool = False,
) -> Iterator[Member]:
    """The Python sources of the nested archive `name`, named ``<name>!<path inside
    it>``; nothing when it is not an archive its name says, or `data` is not all of it
    (as `complete` tells, unless `whole` says it was read in full)."""
    kind = nested_kind(name, data)
    if kind is None or not (whole or complete(data)):
        return
    issues: list[Finding] = []  # the nested archive's own oddities end its reading
    budget = Budget(limits, issues, clock)
    reader = (
        read_zip(data, limits, issues, False, budget)
        if kind == "zip"
        else read_tar(data, limits, issues, budget)
    )
    for member in reader:
        if member.name.lower().endswith(_PY_SUFFIXES) and member.complete:
            yield Member(f"{name}!{member.name}", member.data)
