"""archive.*: hostile containers (bombs, traversal, links, undeclared files), and artifacts
that cannot be read whole within their budget (which block: what was not read was not
judged)."""

from __future__ import annotations

import gzip

from pipwarden.findings import Severity
from pipwarden.scan.facts import Fact, Observation
from pipwarden.scan.rules._base import HIGH, LOW, MEDIUM, archive, rule

_DONT = "Do not install this artifact; report it to the index if it came from one."

#: A wheel's RECORD for `_WHEEL` (the sha256 of "x = 1\n"), for the samples.
_RECORD = (
    "rec-1.0.dist-info/RECORD",
    "rec/__init__.py,sha256=nia_NpkRxFwkPGhBR7I_yeHc_PJX0pmhxjIBam_NM_Q,6\n"
    "rec-1.0.dist-info/RECORD,,\n",
)
#: The members of a wheel whose RECORD is right.
_WHEEL = (("rec/__init__.py", "x = 1\n"), _RECORD)


def _link(o: Observation) -> Severity | None:
    """link: high for a link pointing outside the archive, else as declared."""
    return HIGH if o.fact is Fact.LINK_LEAVING_TREE else None


RULES = [
    rule(
        "archive.zip-bomb",
        HIGH,
        "CWE-409",
        "Archive expands far beyond its size",
        "A member (or the whole archive) decompresses to much more than the compression "
        "ratio limit allows: a decompression bomb meant to exhaust memory or disk.",
        "Do not unpack this artifact; it expands far beyond its size.",
        when=(Fact.RATIO_EXCEEDED,),
    ),
    rule(
        "archive.path-traversal",
        HIGH,
        "CWE-22",
        "Member path climbs out with '..'",
        "A member name contains '..' components and would be written outside the "
        "install location when unpacked.",
        "Do not install this artifact; legitimate build tools never write '..' paths.",
        samples=(
            archive(True, "x.zip", ("../evil.py", "x = 1\n"), ("ok.py", "")),
            archive(False, "x.zip", ("pkg/a..b.py", "x = 1\n"), ("ok.py", "")),  # no ".." part
        ),
        when=(Fact.PATH_CLIMBS_OUT,),
    ),
    rule(
        "archive.absolute-path",
        HIGH,
        "CWE-22",
        "Member has an absolute path",
        "A member name is absolute (/etc/..., C:\\...) and would overwrite system files.",
        "Do not install this artifact; legitimate build tools never write absolute paths.",
        samples=(
            archive(True, "x.tar.gz", ("/etc/cron.d/evil", "x = 1\n"), ("ok.py", "")),
            archive(False, "x.tar.gz", ("etc/cron.d/job", "x = 1\n"), ("ok.py", "")),
        ),
        when=(Fact.ABSOLUTE_PATH,),
    ),
    rule(
        "archive.bad-name",
        HIGH,
        "CWE-22",
        "Member name is empty or contains NUL",
        "A member name that different tools read differently.",
        _DONT,
        samples=(
            archive(True, "x.tar.gz", ("./", "x = 1\n"), ("p/ok.py", "")),
            archive(False, "x.tar.gz", ("p/", ""), ("p/ok.py", "")),
        ),
        when=(Fact.EMPTY_OR_NUL_NAME,),
    ),
    rule(
        "archive.link",
        MEDIUM,
        "CWE-59",
        "Symbolic or hard link in an archive",
        "Links in a package archive can make an unpacker write or read outside its "
        "folder; severity is high when the link points outside the archive.",
        _DONT,
        when=(
            Fact.LINK_MEMBER,
            Fact.LINK_LEAVING_TREE,
        ),
        severity_of=_link,
    ),
    rule(
        "archive.special-file",
        HIGH,
        "CWE-59",
        "Device, FIFO or other special file",
        "Package archives contain regular files only; special files target the unpacker.",
        _DONT,
        when=(Fact.SPECIAL_MEMBER,),
    ),
    rule(
        "archive.duplicate-member",
        HIGH,
        "CWE-436",
        "Member appears twice",
        "Two members share one name. pip installs the last copy, other tools show the first: "
        "a benign first copy can hide the installed payload. Every copy is analysed, and the "
        "duplicate itself blocks, unless every copy was read whole and has the same bytes "
        "(a build tool that added a licence file twice): then what any tool shows is what "
        "gets installed.",
        "Rebuild the archive; treat the artifact as tampered until explained.",
        samples=(
            archive(True, "x.zip", ("p/a.py", "x = 1\n"), ("p/a.py", "x = 2\n")),
            archive(False, "x.zip", ("p/a.py", "x = 1\n"), ("p/b.py", "x = 1\n")),
            # The same bytes twice, in a zip and in a tar; different bytes in a tar.
            archive(False, "x.zip", ("p/LICENSE", "MIT\n"), ("p/LICENSE", "MIT\n")),
            archive(False, "x.tar.gz", ("p/LICENSE", "MIT\n"), ("p/LICENSE", "MIT\n")),
            archive(True, "x.tar.gz", ("p/LICENSE", "MIT\n"), ("p/LICENSE", "GPL\n")),
        ),
        when=(Fact.DUPLICATE_MEMBER,),
        only_if=lambda o: not o.identical,
    ),
    rule(
        "archive.undeclared-file",
        MEDIUM,
        "CWE-345",
        "File missing from the wheel's RECORD",
        "Every file of a wheel is listed in its RECORD; an unlisted file was added after the "
        "wheel was built.",
        "Rebuild the wheel with a standard tool; treat it as tampered.",
        samples=(
            archive(True, "rec-1.0-py3-none-any.whl", *_WHEEL, ("rec/extra.py", "y = 1\n")),
            archive(False, "rec-1.0-py3-none-any.whl", *_WHEEL),
        ),
        when=(Fact.UNDECLARED_MEMBER,),
    ),
    rule(
        "archive.record-mismatch",
        HIGH,
        "CWE-345",
        "File differs from its RECORD hash",
        "A file's content does not match the hash RECORD declares for it: it was modified "
        "after the wheel was built (or after installation).",
        _DONT,
        samples=(
            archive(True, "rec-1.0-py3-none-any.whl", ("rec/__init__.py", "x = 2\n"), _RECORD),
            archive(False, "rec-1.0-py3-none-any.whl", *_WHEEL),
        ),
        when=(Fact.RECORD_HASH_DIFFERS,),
    ),
    rule(
        "archive.no-record",
        HIGH,
        "CWE-345",
        "Wheel without a usable RECORD",
        "A wheel must have exactly one .dist-info/RECORD; pip refuses a wheel without one.",
        "Rebuild the wheel.",
        samples=(
            archive(True, "rec-1.0-py3-none-any.whl", ("rec/__init__.py", "x = 1\n")),
            archive(False, "rec-1.0-py3-none-any.whl", *_WHEEL),
        ),
        when=(Fact.NO_RECORD,),
    ),
    rule(
        "archive.bad-record",
        HIGH,
        "CWE-345",
        "Wheel RECORD cannot be parsed",
        "The RECORD is not UTF-8 CSV as pip reads it (a bare carriage return, a field over "
        "csv's limit, invalid bytes): installers disagree on, or refuse, what it declares.",
        "Rebuild the wheel.",
        samples=(
            archive(
                True,
                "rec-1.0-py3-none-any.whl",
                ("rec/__init__.py", "x = 1\n"),
                # A bare carriage return: a line break for pip only.
                ("rec-1.0.dist-info/RECORD", "rec/__init__.py,,\rrec/evil.py,,\n"),
            ),
            archive(False, "rec-1.0-py3-none-any.whl", *_WHEEL),
        ),
        when=(Fact.RECORD_UNREADABLE,),
    ),
    rule(
        "archive.member-too-large",
        HIGH,
        "CWE-400",
        "Member or header larger than the size limit",
        "A code member, or a tar extension header (GNU long name, pax), declares more bytes "
        "than the limit; it was not read, so its content was not analysed.",
        "Review the member by other means before installing.",
        when=(
            Fact.MEMBER_TOO_LARGE,
            Fact.HEADER_TOO_LARGE,
        ),
    ),
    rule(
        "archive.too-large",
        HIGH,
        "CWE-400",
        "Target larger than the total size limit",
        "The target expands (or a member declares that it expands) beyond the total size "
        "limit; the rest was not read or analysed.",
        "Review the rest by other means.",
        when=(Fact.TARGET_TOO_LARGE,),
    ),
    rule(
        "archive.too-many-members",
        HIGH,
        "CWE-400",
        "More members than the limit",
        "The rest of the target was not read or analysed.",
        "Review the rest by other means.",
        when=(
            Fact.TOO_MANY_MEMBERS,
            Fact.DIRECTORY_TOO_LARGE,
        ),
    ),
    rule(
        "archive.budget-exceeded",
        HIGH,
        "CWE-400",
        "Analysis ran out of its time or memory budget",
        "Reading and analysing the artifact took longer than its wall-clock budget or grew "
        "memory beyond its allowance; the rest was not analysed. Hostile or at least "
        "unreviewable: it blocks.",
        "Do not install this artifact unreviewed; it could not be analysed within the "
        "time and memory budget.",
        when=(Fact.OUT_OF_BUDGET,),
    ),
    rule(
        "archive.truncated",
        HIGH,
        "CWE-20",
        "Archive cut off",
        "The archive (or its compressed stream) ends in the middle of a member or without its "
        "end-of-archive marker; members may be missing from what was analysed.",
        "Download the artifact again; treat it as tampered if it stays so.",
        when=(Fact.CUT_OFF,),
    ),
    rule(
        "archive.trailing-data",
        HIGH,
        "CWE-436",
        "Data after the end of the archive",
        "Bytes follow the tar end-of-archive marker. pip's tarfile stops at the marker; other "
        "tools (GNU tar -i, streaming readers) may read further members.",
        _DONT,
        when=(Fact.DATA_AFTER_END,),
    ),
    rule(
        "archive.concatenated-gzip",
        HIGH,
        "CWE-436",
        "Several gzip streams joined",
        "The .tar.gz is more than one gzip member. pip (tarfile over GzipFile) reads them all, "
        "streaming readers stop after the first, so tools see different files. Every member "
        "was analysed.",
        _DONT,
        when=(Fact.GZIP_STREAMS_JOINED,),
    ),
    rule(
        "archive.empty",
        LOW,
        "CWE-20",
        "Archive has no members",
        "An empty archive installs nothing; usually a broken upload. (Not said of a tar "
        "archive whose reading met something that blocks, a stream cut off or a header "
        "that does not parse: that finding says more.)",
        "Check the artifact.",
        samples=(
            archive(True, "x.zip"),
            archive(False, "x.zip", ("ok.py", "")),
            archive(True, "x.tar.gz", raw=gzip.compress(bytes(1024), mtime=0)),
            archive(False, "x.tar.gz", raw=gzip.compress(b"x" * 600, mtime=0)),  # corrupt
        ),
        when=(Fact.NO_MEMBERS,),
        only_if=lambda o: not any(severity >= HIGH for _, severity in o.found),
    ),
    rule(
        "archive.corrupt",
        HIGH,
        "CWE-20",
        "Archive or member cannot be read",
        "Part of the archive is malformed, so it was not analysed; tools may disagree on "
        "what it holds.",
        "Check the artifact.",
        samples=(
            archive(True, "x.zip", raw=b"\x00\x01 this is not an archive" * 20),
            archive(False, "x.zip", ("ok.py", "")),
        ),
        when=(Fact.UNREADABLE,),
    ),
    rule(
        "archive.shadows-package",
        HIGH,
        "CWE-427",
        "Installs a package named like another popular project",
        "The artifact ships a top-level package (or, in a wheel, module) named like one of "
        "the most-downloaded projects or like its import name (bs4/ for beautifulsoup4, "
        "yaml/ for pyyaml), which it is not and does not name itself after: installing it "
        "puts its code where every `import` of that project finds it, and overwrites the "
        "real project's files. Forks and rebuilds say so in their name (tensorflow-cpu ships "
        "tensorflow/, pillow-simd ships PIL/); namespace packages are not counted.",
        "Do not install this artifact unless you know why it replaces that project.",
        samples=(
            archive(
                True,
                "mathlib-1.0.tar.gz",
                ("mathlib-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: mathlib\nVersion: 1.0\n"),
                ("mathlib-1.0/src/mathlib/__init__.py", "ONE = 1\n"),
                ("mathlib-1.0/src/requests/__init__.py", "print('not requests')\n"),
            ),
            archive(
                True,
                "soupkit-1.0.tar.gz",
                ("soupkit-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: soupkit\nVersion: 1.0\n"),
                ("soupkit-1.0/bs4/__init__.py", "class BeautifulSoup: ...\n"),
            ),
            archive(
                False,
                "requests_fork-1.0.tar.gz",
                ("requests_fork-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: requests-fork\n"),
                ("requests_fork-1.0/requests/__init__.py", "GET = 'get'\n"),
            ),
            archive(
                False,
                "mathlib-1.0.tar.gz",
                ("mathlib-1.0/PKG-INFO", "Metadata-Version: 2.1\nName: mathlib\nVersion: 1.0\n"),
                ("mathlib-1.0/mathlib/__init__.py", "ONE = 1\n"),
                ("mathlib-1.0/tests/requests/__init__.py", "x = 1\n"),  # not top-level
            ),
            archive(
                True,
                "helper-1.0-py3-none-any.whl",
                ("six.py", "PY3 = True\n"),
                ("helper-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: helper\n"),
            ),
            archive(
                False,
                "helper-1.0-py3-none-any.whl",
                # A namespace's __init__ is shared, not a takeover.
                (
                    "requests/__init__.py",
                    "__path__ = __import__('pkgutil').extend_path(__path__, __name__)\n",
                ),
                ("helper-1.0.dist-info/METADATA", "Metadata-Version: 2.1\nName: helper\n"),
            ),
        ),
        when=(Fact.PACKAGE_SHADOWED,),
    ),
]
