"""Reading tar archives (sdists) the way pip unpacks them, within bounds.

pip opens an sdist with ``tarfile.open(path, "r:gz")`` (or ``r:bz2``, ``r:xz``,
``r``): tarfile reads the whole decompressed stream, every gzip member of a
concatenated .tar.gz included, and stops at the end-of-archive marker. Here the
same tarfile code reads the members, over a decompressed stream (`_Stream`)
that enforces the limits before anything is read or skipped: the stream never
goes past the total size, a skip to a declared offset beyond it is refused
before any decompression, the expansion ratio and the clock are checked on
every read. Extension headers (GNU long names, pax) are refused above
`Limits.max_header_size` before tarfile reads them into memory.

What tarfile silently accepts but is not a sound archive becomes a high
finding: data cut off, a header that does not parse (tarfile ends the listing
there), bytes after the end-of-archive marker, several gzip members.
"""

from __future__ import annotations

import bz2
import functools
import gzip
import io
import lzma
import posixpath
import tarfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Protocol, cast

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding
from pipwarden.scan.budget import BudgetExceeded, Clock
from pipwarden.scan.facts import Fact
from pipwarden.scan.members import (
    Budget,
    Copies,
    Limits,
    Member,
    bomb,
    check_name,
    observe,
    same,
    take,
)

_CHUNK = 1 << 16
#: Largest piece decompressed at once: the ratio, size and clock are checked after each.
_STEP = 4 << 20
#: Decompressed bytes kept behind the read position (tarfile steps back a block at times).
_WINDOW = 1 << 16
_HEADER_TYPES = (
    tarfile.GNUTYPE_LONGNAME,
    tarfile.GNUTYPE_LONGLINK,
    tarfile.XHDTYPE,
    tarfile.XGLTYPE,
    tarfile.SOLARIS_XHDTYPE,
)


class _Beyond(Exception):
    """A read or skip would go past the total size of the target."""


class _Bomb(Exception):
    """The stream expands beyond the ratio limit."""

    def __init__(self, size: int, packed: int) -> None:
        super().__init__(f"{size} bytes from {packed}")
        self.size, self.packed = size, packed


class _HeaderTooLarge(Exception):
    """A tar extension header declares more bytes than the header limit."""


class _Reader(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class _Counting(io.RawIOBase):
    """The raw file, counting the compressed bytes consumed (for ratio checks)."""

    def __init__(self, raw: io.BufferedIOBase) -> None:
        self.raw = raw
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        n = self.raw.readinto(b)
        self.count += n or 0
        return n or 0

    def read(self, size: int = -1, /) -> bytes:
        data = self.raw.read(size)
        self.count += len(data)
        return data


class _Gunzip:
    """A gzip file decompressed as `gzip.GzipFile` does: every member in turn.

    Zero padding between members is skipped, as GzipFile skips it; anything else
    after a member that is not a gzip header is an error. `members` counts the
    members seen.
    """

    def __init__(self, raw: _Counting) -> None:
        self.raw = raw
        self.dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = b""
        self.members = 1
        self.done = False

    def read(self, size: int = -1, /) -> bytes:
        out: list[bytes] = []
        need = size
        while need > 0 and not self.done:
            if self.dec.eof:
                self._next_member()
                continue
            data = self.dec.unconsumed_tail or self.pending or self.raw.read(_CHUNK)
            self.pending = b""
            if not data:
                raise EOFError("compressed data ended before the end-of-stream marker")
            piece = self.dec.decompress(data, need)
            if piece:
                out.append(piece)
                need -= len(piece)
        return b"".join(out)

    def _next_member(self) -> None:
        rest = self.dec.unused_data
        while True:
            rest = rest.lstrip(b"\0")
            if rest:
                break
            rest = self.raw.read(_CHUNK)
            if not rest:
                self.done = True
                return
        if len(rest) < 2:
            rest += self.raw.read(1)
        if not rest.startswith(b"\x1f\x8b"):
            raise gzip.BadGzipFile("data after a gzip member is not a gzip member")
        self.dec = zlib.decompressobj(16 + zlib.MAX_WBITS)
        self.pending = rest
        self.members += 1


class _Stream(io.RawIOBase):
    """The decompressed tar stream, seekable for tarfile, within the limits.

    Reads past `Limits.max_total_size` raise `_Beyond`, and so does a seek to an
    offset past it (a member declaring a huge size) before anything is
    decompressed. Forward seeks decompress and discard; the last `_WINDOW` bytes
    are kept for tarfile's short steps back.
    """

    def __init__(
        self, opener: Callable[[], tuple[_Counting, _Reader]], limits: Limits, clock: Clock
    ) -> None:
        self.opener = opener
        self.raw, self.dec = opener()
        self.limits = limits
        self.clock = clock
        self.header_cap = limits.max_header_size
        self.cap = limits.max_total_size
        self.decoded = 0
        self.pos = 0
        self.hist = bytearray()
        self.at_end = False

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def tell(self) -> int:
        return self.pos

    def seek(self, offset: int, whence: int = 0, /) -> int:
        target = {0: offset, 1: self.pos + offset}.get(whence)
        if target is None or target < 0:
            raise OSError("unsupported seek")
        if target > self.cap:
            raise _Beyond(f"a member ends at offset {target}")
        if target < self.decoded - len(self.hist):
            self._rewind()
        if target <= self.decoded:
            self.pos = target
            return self.pos
        self.pos = self.decoded
        while self.pos < target:
            if not self.read(min(1 << 20, target - self.pos)):
                break  # the end: tarfile finds the data cut off
        return self.pos

    def _rewind(self) -> None:
        self.raw.raw.close()
        self.raw, self.dec = self.opener()
        self.decoded = self.pos = 0
        self.hist = bytearray()
        self.at_end = False

    def read(self, size: int | None = -1, /) -> bytes:
        if size is None or size < 0:
            size = self.cap + 1 - self.pos
        out = b""
        if self.pos < self.decoded:
            start = len(self.hist) - (self.decoded - self.pos)
            out = bytes(self.hist[start : start + size])
            self.pos += len(out)
            size -= len(out)
        if size > 0 and not self.at_end:
            size = min(size, self.cap + 1 - self.pos)
            parts = [out]
            while size > 0 and not self.at_end:
                data = self._decode(min(size, _STEP))
                parts.append(data)
                size -= len(data)
            out = b"".join(parts)
        return out

    def _decode(self, size: int) -> bytes:
        """Up to `size` more decompressed bytes, with every check after them."""
        self.clock.check()
        data = self.dec.read(size)
        if len(data) < size:
            self.at_end = True
        self.decoded += len(data)
        self.pos = self.decoded
        if len(data) >= _WINDOW:
            self.hist = bytearray(data[-_WINDOW:])
        else:
            self.hist += data
            del self.hist[:-_WINDOW]
        limits = self.limits
        packed = max(self.raw.count, 1)
        if self.decoded > limits.ratio_floor and self.decoded / packed > limits.max_ratio:
            raise _Bomb(self.decoded, packed)
        if self.pos > self.cap:
            raise _Beyond(f"the stream expands past {self.cap} bytes")
        return data

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


class _CappedInfo(tarfile.TarInfo):
    """A TarInfo that refuses extension headers larger than the stream's header cap."""

    def _proc_member(self, tf: tarfile.TarFile) -> tarfile.TarInfo:
        cap = getattr(tf.fileobj, "header_cap", 1 << 20)
        if self.type in _HEADER_TYPES and self.size > cap:
            raise _HeaderTooLarge(
                f"an extension header declares {self.size} bytes (limit {cap}); not read"
            )
        result: tarfile.TarInfo = super()._proc_member(tf)  # type: ignore[misc]
        return result


def _opener(path: Path | bytes) -> tuple[Callable[[], tuple[_Counting, _Reader]], str]:
    """A function opening the decompressed stream of `path` (a file, or an archive's
    bytes held in memory), and its compression.

    The compression is told by the first bytes of `path` (OSError when it cannot be read).
    """
    with open_source(path) as fh:
        magic = fh.read(6)

    def plain() -> tuple[_Counting, _Reader]:
        counter = _Counting(open_source(path))
        return counter, counter

    def gz() -> tuple[_Counting, _Reader]:
        counter = _Counting(open_source(path))
        return counter, _Gunzip(counter)

    def bz() -> tuple[_Counting, _Reader]:
        counter = _Counting(open_source(path))
        return counter, bz2.BZ2File(cast(IO[bytes], counter))

    def xz() -> tuple[_Counting, _Reader]:
        counter = _Counting(open_source(path))
        return counter, lzma.LZMAFile(cast(IO[bytes], counter))

    if magic.startswith(b"\x1f\x8b"):
        return gz, "gzip"
    if magic.startswith(b"BZh"):
        return bz, "bzip2"
    if magic.startswith(b"\xfd7zXZ\x00"):
        return xz, "xz"
    return plain, "none"


def open_source(path: Path | bytes) -> io.BufferedIOBase:
    """The file at `path`, or bytes held in memory, opened for reading."""
    return io.BytesIO(path) if isinstance(path, bytes) else path.open("rb")


def looks_like_tar(path: Path | bytes) -> bool:
    """True when `path` (plain or compressed) starts with a valid tar header.

    Reads at most one decompressed block, unlike tarfile.is_tarfile, which reads
    the first member, extension headers included, into memory.
    """
    try:
        opener, _ = _opener(path)
        counter, dec = opener()
        try:
            block = dec.read(tarfile.BLOCKSIZE)
        finally:
            counter.raw.close()
        tarfile.TarInfo.frombuf(block, "utf-8", "surrogateescape")
    except Exception:  # any failure means: not a tar archive
        return False
    return True


def read_tar(
    path: Path | bytes, limits: Limits, issues: list[Finding], budget: Budget
) -> Iterator[Member]:
    """The members of a tar archive (plain, gzip, bzip2 or xz) as pip would unpack them
    (`path`: a file, or an archive's bytes held in memory)."""
    try:
        opener, compression = _opener(path)
    except OSError as exc:
        raise PipwardenError(f"cannot read {path!r}: {exc}") from None
    stream: _Stream | None = None
    count = 0
    seen = Copies()
    try:
        stream = _Stream(opener, limits, budget.clock)
        with tarfile.open(fileobj=stream, mode="r:", tarinfo=_CappedInfo, encoding="utf-8") as tf:
            for member in _members(tf, limits, issues, budget, seen):
                count += 1
                yield member
            if not budget.exhausted:
                _check_end(tf, stream, issues)
    except _Beyond as exc:
        budget.too_large(None, str(exc))
    except _Bomb as exc:
        issues.extend(bomb(None, exc.size, exc.packed, limits.max_ratio))
    except _HeaderTooLarge as exc:
        issues.extend(observe(Fact.HEADER_TOO_LARGE, str(exc), None))
    except BudgetExceeded as exc:
        budget.out_of_budget(exc)
    except tarfile.ReadError as exc:
        if "unexpected end of data" in str(exc):
            issues.extend(_truncated("a member's data is cut off"))
        else:
            issues.extend(_corrupt(f"unreadable tar archive: {exc}"))
    except (EOFError, gzip.BadGzipFile) as exc:
        issues.extend(_truncated(f"the compressed stream is cut off or damaged: {exc}"))
    except (tarfile.TarError, OSError, zlib.error, ValueError, lzma.LZMAError) as exc:
        issues.extend(_corrupt(f"unreadable tar archive: {exc}"))
    except Exception as exc:  # hostile bytes: whatever tarfile raises is a finding
        issues.extend(_corrupt(f"unreadable archive: {type(exc).__name__}: {exc}"))
    finally:
        if stream is not None:
            stream.raw.raw.close()
        issues.extend(seen.findings())  # the copies read so far, even if reading stopped
    gunzip = stream.dec if stream is not None else None
    if isinstance(gunzip, _Gunzip) and gunzip.members > 1:
        issues.extend(
            observe(
                Fact.GZIP_STREAMS_JOINED,
                f"the {compression} stream is {gunzip.members} gzip members joined: pip reads "
                "them all, streaming readers stop after the first (every member was analysed)",
                None,
            )
        )
    if count == 0:
        # What reading met already (a stream cut off, a bad header) may explain it better.
        met = tuple((i.rule, i.severity) for i in issues)
        issues.extend(observe(Fact.NO_MEMBERS, "the archive has no members", None, found=met))


def _truncated(message: str) -> list[Finding]:
    return observe(Fact.CUT_OFF, message, None)


def _corrupt(message: str) -> list[Finding]:
    return observe(Fact.UNREADABLE, message, None)


def _members(
    tf: tarfile.TarFile, limits: Limits, issues: list[Finding], budget: Budget, seen: Copies
) -> Iterator[Member]:
    last = -1
    while True:
        ti = tf.next()
        if ti is None:
            return
        if ti.size < 0 or ti.offset <= last:
            # A negative size sends tarfile back to an earlier header: it would list the
            # same members forever (older CPython tarfile has no guard against it).
            issues.extend(
                _corrupt(f"{ti.name!r} declares {ti.size} bytes: the archive loops back on itself")
            )
            budget.exhausted = True
            return
        last = ti.offset
        end = ti.offset_data + max(ti.size, 0)
        if end > limits.max_total_size:
            # Checked before the member is read or skipped: skipping means decompressing.
            budget.too_large(ti.name, f"{ti.name!r} declares {ti.size} bytes")
            return
        if ti.isdir():
            continue
        if not budget.admit():
            return
        name = check_name(ti.name, issues, seen)
        if name is None:
            continue
        if ti.issym() or ti.islnk():
            kind = "symbolic" if ti.issym() else "hard"
            target = ti.linkname.replace("\\", "/")
            # Resolved from the link's own folder: docs/README.md -> ../README.md stays in
            # the archive (a common sdist layout); ../../etc/passwd does not.
            if ti.issym():
                resolved = posixpath.normpath(posixpath.join(posixpath.dirname(name), target))
            else:  # a hard link names a member path from the archive root
                resolved = posixpath.normpath(target)
            outside = target.startswith("/") or resolved == ".." or resolved.startswith("../")
            issues.extend(
                observe(
                    Fact.LINK_LEAVING_TREE if outside else Fact.LINK_MEMBER,
                    f"{kind} link {name!r} -> {ti.linkname!r}"
                    + (" points outside the archive" if outside else ""),
                    name,
                )
            )
            continue
        if not ti.isfile():
            issues.extend(
                observe(
                    Fact.SPECIAL_MEMBER,
                    f"{name!r} is a device, FIFO or other special file",
                    name,
                )
            )
            continue
        extracted = tf.extractfile(ti)
        if extracted is None:
            continue
        # Every member's digest: a later copy of its name is compared with it (the bytes
        # are decompressed to reach the next header anyway).
        member = take(
            name, ti.size, functools.partial(same, extracted), budget, issues, digest=True
        )
        if member is None:
            if budget.exhausted:
                return
            continue
        seen.read(member)
        yield member


def _check_end(tf: tarfile.TarFile, stream: _Stream, issues: list[Finding]) -> None:
    """A high finding unless the archive ends with its end-of-archive marker and zeros.

    tarfile ends the listing at the first block that is not a valid header, and
    at the end of the data, without an error; pip then installs what came
    before. Anything but the end-of-archive marker there, or anything but zeros
    after it, is read differently by other tools.
    """
    stream.seek(tf.offset)
    block = stream.read(tarfile.BLOCKSIZE)
    if len(block) < tarfile.BLOCKSIZE:
        issues.extend(
            _truncated(f"the archive ends at offset {tf.offset} without its end-of-archive marker")
        )
        return
    if block.count(0) != tarfile.BLOCKSIZE:
        issues.extend(
            _corrupt(
                f"unreadable header at offset {tf.offset}: tarfile stops listing there, "
                "so what follows was neither installed by pip nor analysed"
            )
        )
        return
    while data := stream.read(_CHUNK):
        if data.count(0) != len(data):
            issues.extend(
                observe(
                    Fact.DATA_AFTER_END,
                    "data after the end-of-archive marker: pip ignores it, other tools read it",
                    None,
                )
            )
            return
