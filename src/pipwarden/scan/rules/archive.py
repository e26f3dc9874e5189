"""archive.*: hostile containers (bombs, traversal, links, undeclared files)."""

from __future__ import annotations

from pipwarden.scan.rules._base import HIGH, LOW, MEDIUM, rule

_DONT = "Do not install this artifact; report it to the index if it came from one."

RULES = [
    rule(
        "archive.zip-bomb",
        HIGH,
        "CWE-409",
        "Archive expands far beyond its size",
        "A member (or the whole archive) decompresses to much more than the compression "
        "ratio limit allows: a decompression bomb meant to exhaust memory or disk.",
        _DONT,
    ),
    rule(
        "archive.path-traversal",
        HIGH,
        "CWE-22",
        "Member path climbs out with '..'",
        "A member name contains '..' components and would be written outside the "
        "install location when unpacked.",
        _DONT,
    ),
    rule(
        "archive.absolute-path",
        HIGH,
        "CWE-22",
        "Member has an absolute path",
        "A member name is absolute (/etc/..., C:\\...) and would overwrite system files.",
        _DONT,
    ),
    rule(
        "archive.bad-name",
        HIGH,
        "CWE-22",
        "Member name is empty or contains NUL",
        "A member name that different tools read differently.",
        _DONT,
    ),
    rule(
        "archive.link",
        MEDIUM,
        "CWE-59",
        "Symbolic or hard link in an archive",
        "Links in a package archive can make an unpacker write or read outside its "
        "folder; severity is high when the link points outside the archive.",
        _DONT,
    ),
    rule(
        "archive.special-file",
        HIGH,
        "CWE-59",
        "Device, FIFO or other special file",
        "Package archives contain regular files only; special files target the unpacker.",
        _DONT,
    ),
    rule(
        "archive.duplicate-member",
        MEDIUM,
        "CWE-436",
        "Member appears twice",
        "Two members share one name; the copy a reviewer reads may not be the one installed.",
        "Rebuild the archive; treat the artifact as tampered until explained.",
    ),
    rule(
        "archive.undeclared-file",
        MEDIUM,
        "CWE-345",
        "File missing from the wheel's RECORD",
        "Every file of a wheel is listed in its RECORD; an unlisted file was added after the "
        "wheel was built.",
        "Rebuild the wheel with a standard tool; treat it as tampered.",
    ),
    rule(
        "archive.record-mismatch",
        HIGH,
        "CWE-345",
        "File differs from its RECORD hash",
        "A file's content does not match the hash RECORD declares for it: it was modified "
        "after the wheel was built (or after installation).",
        _DONT,
    ),
    rule(
        "archive.no-record",
        MEDIUM,
        "CWE-345",
        "Wheel without a usable RECORD",
        "A wheel must have exactly one .dist-info/RECORD.",
        "Rebuild the wheel.",
    ),
    rule(
        "archive.member-too-large",
        MEDIUM,
        "CWE-400",
        "Member larger than the size limit",
        "The member was not read, so its content was not analysed.",
        "Review the member by other means before installing.",
    ),
    rule(
        "archive.too-large",
        MEDIUM,
        "CWE-400",
        "Target larger than the total size limit",
        "The rest of the target was not read or analysed.",
        "Review the rest by other means.",
    ),
    rule(
        "archive.too-many-members",
        MEDIUM,
        "CWE-400",
        "More members than the limit",
        "The rest of the target was not read or analysed.",
        "Review the rest by other means.",
    ),
    rule(
        "archive.empty",
        LOW,
        "CWE-20",
        "Archive has no members",
        "An empty archive installs nothing; usually a broken upload.",
        "Check the artifact.",
    ),
    rule(
        "archive.corrupt",
        MEDIUM,
        "CWE-20",
        "Archive or member cannot be read",
        "Part of the archive is malformed, so it was not analysed.",
        "Check the artifact.",
    ),
    rule(
        "archive.unreadable",
        LOW,
        "CWE-20",
        "File cannot be read",
        "The file could not be opened.",
        "Check permissions.",
    ),
]
