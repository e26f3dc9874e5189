"""Seeded hostile archives for fuzzing the scanner's reader.

`cases(seed, n)` yields `n` reproducible cases: crafted attacks (bombs, path
traversal, links, devices, duplicate members, concatenated gzip, huge declared
sizes, huge tar extension headers, deeply nested code, invalid encodings,
broken RECORDs, oversized sources, truncation, trailing data) and mutations of
small valid wheels and sdists (byte flips, truncation, inserted and deleted
runs, zip and tar header fields set to extreme values). Every path a case names
contains `MARKER`, so a test can look for anything written outside its
temporary folder. Nothing here is ever executed: payloads are defanged
(`print(1)` behind base64).
"""

from __future__ import annotations

import bz2
import functools
import gzip
import io
import lzma
import random
import struct
import tarfile
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from tests.support.builders import build_wheel, compress, metadata_text, tar_bytes

MARKER = "pwfuzz-marker"
EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
MiB = 1024 * 1024
_DATE = (2024, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class Case:
    """One fuzz input: a label saying how it was made, a file name and its bytes."""

    label: str
    filename: str
    data: bytes


# ------------------------------------------------------------------ writers


def _zip(members: list[tuple[str | zipfile.ZipInfo, bytes]], level: int = 6) -> bytes:
    buf = io.BytesIO()
    with (
        warnings.catch_warnings(),
        zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=level) as zf,
    ):
        warnings.simplefilter("ignore")  # duplicate names are the point
        for name, data in members:
            info = name if isinstance(name, zipfile.ZipInfo) else zipfile.ZipInfo(name, _DATE)
            zf.writestr(info, data, zipfile.ZIP_DEFLATED, level)
    return buf.getvalue()


_SUFFIX = {"gz": ".tar.gz", "bz2": ".tar.bz2", "xz": ".tar.xz", "": ".tar"}


def _wheel(files: dict[str, str | bytes], name: str = "fz") -> tuple[str, bytes]:
    return build_wheel(name, "1.0", files)


def _sdist(files: dict[str, str], setup_py: str | None = None) -> tuple[str, bytes]:
    """A .tar.gz sdist of project fz 1.0, byte for byte the same every time."""
    members: list[tarfile.TarInfo | tuple[str, bytes]] = [
        ("fz-1.0/PKG-INFO", metadata_text("fz", "1.0").encode()),
        ("fz-1.0/pyproject.toml", b'[build-system]\nrequires = ["setuptools"]\n'),
    ]
    if setup_py is not None:
        members.append(("fz-1.0/setup.py", setup_py.encode()))
    members += [(f"fz-1.0/{k}", v.encode()) for k, v in files.items()]
    return "fz-1.0.tar.gz", gzip.compress(tar_bytes(members), mtime=0)


# ------------------------------------------------------------------ crafted cases

Crafter = Callable[[random.Random], tuple[str, bytes]]


def _bomb_zip(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([8, 32, 96]) * MiB
    return "bomb.zip", _zip([(f"{MARKER}/a.py", b"\0" * size), ("ok.py", b"x = 1\n")], 9)


def _bomb_tar(rng: random.Random) -> tuple[str, bytes]:
    size = rng.choice([8, 32, 96]) * MiB
    how = rng.choice(["gz", "bz2", "xz"])
    raw = tar_bytes([(f"{MARKER}/zeros.bin", b"\0" * size), (f"{MARKER}/b.py", b"x = 1\n")])
    return "bomb" + _SUFFIX[how], compress(raw, how)


def _nested_bomb(rng: random.Random) -> tuple[str, bytes]:
    inner = _zip([("z.bin", b"\0" * (rng.choice([4, 16]) * MiB))], 9)
    for _ in range(rng.randint(1, 4)):
        inner = _zip([(f"{MARKER}/inner.zip", inner)], 9)
    return "nested.zip", inner


_BAD_NAMES = [
    f"../{MARKER}.py",
    f"../../../../tmp/{MARKER}.py",
    f"/tmp/{MARKER}.py",
    f"C:/{MARKER}.py",
    f"..\\{MARKER}.py",
    f"p/./../../{MARKER}.py",
    f"{MARKER}\x00.py",
    "",
    "./",
    f"p//{MARKER}//x.py",
]


def _traversal(rng: random.Random) -> tuple[str, bytes]:
    names = rng.sample(_BAD_NAMES, 3)
    members: list[tuple[str, bytes]] = [(n, EVIL.encode()) for n in names]
    members.append(("p/ok.py", b"x = 1\n"))
    if rng.random() < 0.5:  # zipfile cannot write an empty name
        return "traversal.zip", _zip([(n or "./", d) for n, d in members])
    raw = tar_bytes(list(members), fmt=tarfile.GNU_FORMAT)
    return "traversal.tar.gz", gzip.compress(raw, mtime=0)


def _links(rng: random.Random) -> tuple[str, bytes]:
    out: list[tarfile.TarInfo | tuple[str, bytes]] = []
    kinds = [tarfile.SYMTYPE, tarfile.LNKTYPE, tarfile.CHRTYPE, tarfile.BLKTYPE, tarfile.FIFOTYPE]
    for i in range(rng.randint(1, 6)):
        ti = tarfile.TarInfo(f"p/{MARKER}{i}")
        ti.type = rng.choice(kinds)
        ti.linkname = rng.choice(["/etc/passwd", "../../x", "p/ok.py", f"/tmp/{MARKER}", ""])
        ti.devmajor, ti.devminor = 1, 5
        out.append(ti)
    out.append(("p/ok.py", b"x = 1\n"))
    if rng.random() < 0.3:  # a link, then a file written through it
        out.append((f"p/{MARKER}0/evil.py", EVIL.encode()))
    return "links.tar.gz", gzip.compress(tar_bytes(out), mtime=0)


def _zip_links(rng: random.Random) -> tuple[str, bytes]:
    info = zipfile.ZipInfo(f"pkg/{MARKER}.py")
    info.external_attr = rng.choice([0o120777, 0o020666, 0o010644, 0o140777]) << 16
    return "zlinks.zip", _zip([(info, b"/etc/passwd"), ("pkg/ok.py", b"x = 1\n")])


def _duplicates(rng: random.Random) -> tuple[str, bytes]:
    copies = [b"x = 1\n", EVIL.encode()]
    rng.shuffle(copies)
    kind = rng.choice(["wheel", "zip", "tar"])
    if kind == "tar":
        raw = tar_bytes([("fz-1.0/fz/__init__.py", c) for c in copies] + [("fz-1.0/PKG-INFO", b"")])
        return "fz-1.0.tar.gz", gzip.compress(raw, mtime=0)
    name, data = _wheel({"fz/__init__.py": copies[0]})
    buf = io.BytesIO(data)
    with warnings.catch_warnings(), zipfile.ZipFile(buf, "a") as zf:
        warnings.simplefilter("ignore")
        zf.writestr(zipfile.ZipInfo("fz/__init__.py", _DATE), copies[1])
    return (name if kind == "wheel" else "dup.zip"), buf.getvalue()


def _multi_gzip(rng: random.Random) -> tuple[str, bytes]:
    parts = []
    n = rng.randint(2, 5)
    for i in range(n):
        last = i == n - 1
        members: list[tarfile.TarInfo | tuple[str, bytes]] = [
            (f"fz-1.0/fz/m{i}.py", (EVIL if last else "x = 1\n").encode())
        ]
        parts.append(gzip.compress(tar_bytes(members, end=last or rng.random() < 0.3), mtime=0))
        if rng.random() < 0.3:
            parts.append(b"\0" * rng.randint(1, 64))  # padding GzipFile skips
    return "fz-1.0.tar.gz", b"".join(parts)


def _huge_declared(rng: random.Random) -> tuple[str, bytes]:
    ti = tarfile.TarInfo(f"p/{MARKER}.{rng.choice(['bin', 'py', 'txt'])}")
    ti.size = rng.choice([1 << 31, 1 << 40, 8**11 - 1, (1 << 62)])
    header = ti.tobuf(format=tarfile.GNU_FORMAT)
    body = header + b"x = 1\n" * rng.randint(0, 3)
    if rng.random() < 0.5:
        return "huge.tar.gz", gzip.compress(body, mtime=0)  # the 84-byte .tar.gz
    if rng.random() < 0.5:
        return "huge.tar", body + b"\0" * 1024
    data = _zip([(f"{MARKER}/big.py", b"x = 1\n"), ("ok.py", b"y = 2\n")])
    raw = bytearray(data)
    for sig, off in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        pos = raw.index(sig)
        struct.pack_into("<I", raw, pos + off, rng.choice([1 << 30, 0xFFFFFFFF, 0x7FFFFFFF]))
    return "huge.zip", bytes(raw)


def _huge_header(rng: random.Random) -> tuple[str, bytes]:
    ti = tarfile.TarInfo("././@LongLink")
    ti.type = rng.choice(
        [tarfile.GNUTYPE_LONGNAME, tarfile.GNUTYPE_LONGLINK, tarfile.XHDTYPE, tarfile.XGLTYPE]
    )
    ti.size = rng.choice([1 << 30, 1 << 40, 64 * MiB, 2 * MiB])
    header = ti.tobuf(format=tarfile.GNU_FORMAT)
    filler = b"a" * rng.choice([0, 512, 4096, 2 * MiB])
    body = header + filler
    return "hdr.tar.gz", gzip.compress(body, mtime=0, compresslevel=1)


def _sparse_map(rng: random.Random) -> tuple[str, bytes]:
    ti = tarfile.TarInfo(f"p/{MARKER}.py")
    ti.pax_headers = {
        "GNU.sparse.major": "1",
        "GNU.sparse.minor": "0",
        "GNU.sparse.name": f"p/{MARKER}.py",
        "GNU.sparse.realsize": str(rng.choice([10, 1 << 40])),
    }
    count = rng.choice([1, 1000, 10**9])
    data = f"{count}\n".encode() + b"1\n" * rng.choice([0, 100, 300_000])
    ti.size = len(data)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tf:
        tf.addfile(ti, io.BytesIO(data))
    return "sparse.tar.gz", gzip.compress(buf.getvalue(), mtime=0)


def _deep_code(rng: random.Random) -> tuple[str, bytes]:
    n = rng.choice([100, 1000, 5000, 50_000])
    shapes = [
        "x = " + "(" * n + "1" + ")" * n + "\n",
        "x = " + "[" * n + "]" * n + "\n",
        "x = " + "-" * n + "1\n",
        "x = " + "not " * n + "1\n",
        "".join("    " * i + "if x:\n" for i in range(min(n, 400)))
        + "    " * min(n, 400)
        + "pass\n",
        "x = " + "+".join(["'a'"] * n) + "\n",
        "f = " + "lambda: " * min(n, 2000) + "1\n",
        "x = " + "a." * n + "b\n",
        "x = " + "f(" * n + ")" * n + "\n",
        "s = ''\n" + "s = s + 'AAAAAAAAAAAAAAAA'\n" * n + "exec(s)\n",
        "d = {"
        + ",".join(f"'{i}': {{'a': [" for i in range(min(n, 300)))
        + "]}" * min(n, 300)
        + "}\n",
    ]
    files = {f"fz/{MARKER}.py": rng.choice(shapes)}
    if rng.random() < 0.3:
        files["pyproject.toml"] = "x = " + "[" * n + "]" * n + "\n"
    return _wheel(files)


def _bad_encoding(rng: random.Random) -> tuple[str, bytes]:
    choices = [
        b"# -*- coding: rot13 -*-\nvzcbeg bf\n",
        b"# -*- coding: no-such-codec -*-\nx = 1\n",
        b"x = '\xff\xfe\xfd'\n",
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        b"\xff\xfe" + "x = 1\n".encode("utf-16-le"),
        b"x = 1\x00\nexec('print(1)')\n",
        "x = '\ud800'\n".encode("utf-8", "surrogatepass"),
    ]
    body = rng.choice(choices)
    if rng.random() < 0.5:
        return _wheel({f"fz/{MARKER}.py": body})
    info = zipfile.ZipInfo("fz/\udcff\udcfe.py".encode("utf-8", "surrogateescape").decode("cp437"))
    info.flag_bits |= rng.choice([0, 0x800])
    return "enc.zip", _zip([(info, body), (f"fz/{MARKER}.py", body)])


def _bad_record(rng: random.Random) -> tuple[str, bytes]:
    name, data = _wheel({"fz/__init__.py": "x = 1\n"})
    record = rng.choice(
        [
            b"fz/__init__.py,sha256=abc,6\rfz/evil.py,,\n",
            b"fz/__init__.py," + b"a" * 200_000 + b",6\n",
            b"fz/\xff\xfe.py,,\n",
            b'"unterminated,,\n',
            b"",
            b"\n" * 100_000,
        ]
    )
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info)
            if info.filename.endswith("RECORD"):
                if rng.random() < 0.2:
                    continue  # no RECORD at all
                body = record
            dst.writestr(info, body)
    return name, out.getvalue()


def _big_source(rng: random.Random) -> tuple[str, bytes]:
    unit = rng.choice([b"x=1\n", b"f(a,b,c)\n", b"x = [" + b"1," * 50 + b"]\n", EVIL.encode()])
    size = rng.choice([1, 4, 30]) * MiB
    body = unit * (size // len(unit))
    return "big-1.0-py3-none-any.whl", _zip([(f"big/{MARKER}.py", body)], 9)


def _many_members(rng: random.Random) -> tuple[str, bytes]:
    n = rng.choice([2000, 20_000])
    if rng.random() < 0.5:
        return "many.zip", _zip([(f"p/{i}.py", b"") for i in range(n)], 1)
    return "many.tar.gz", gzip.compress(tar_bytes([(f"p/{i}.py", b"") for i in range(n)]), mtime=0)


def _cut(rng: random.Random) -> tuple[str, bytes]:
    name, data = _sdist({"fz/__init__.py": EVIL, "fz/a.py": "x = 1\n" * 500})
    how = rng.choice(["cut", "no-end", "garbage", "trailing", "gz-trailing"])
    raw = gzip.decompress(data)
    if how == "cut":
        return name, data[: rng.randint(1, len(data) - 1)]
    if how == "no-end":
        end = raw.rstrip(b"\0")
        end += b"\0" * (-len(end) % 512)
        return name, gzip.compress(end, mtime=0)
    if how == "garbage":  # a header after the first one, overwritten
        headers = [i for i in range(512, len(raw), 512) if raw[i + 257 : i + 262] == b"ustar"]
        pos = rng.choice(headers)
        return name, gzip.compress(raw[:pos] + b"G" * 512 + raw[pos + 512 :], mtime=0)
    if how == "trailing":
        extra = tar_bytes([("fz-1.0/fz/late.py", EVIL.encode())])
        return name, gzip.compress(raw + extra, mtime=0)
    return name, data + b"garbage after the gzip member"


def _junk(rng: random.Random) -> tuple[str, bytes]:
    head = rng.choice([b"PK\x03\x04", b"\x1f\x8b", b"BZh9", b"\xfd7zXZ\x00", b"", b"ustar"])
    body = head + rng.randbytes(rng.choice([0, 1, 100, 5000]))
    return rng.choice(["j.whl", "j.tar.gz", "j.zip", "j.tar.bz2", "j.tar", "j.py"]), body


def _nested_archives(rng: random.Random) -> tuple[str, bytes]:
    inner_name, inner = _wheel({"in/__init__.py": EVIL})
    for _ in range(rng.randint(1, 3)):
        inner = gzip.compress(tar_bytes([(f"fz-1.0/{MARKER}/{inner_name}", inner)]), mtime=0)
        inner_name = "x.tar.gz"
    return "fz-1.0.tar.gz", inner


CRAFTED: dict[str, Crafter] = {
    "bomb-zip": _bomb_zip,
    "bomb-tar": _bomb_tar,
    "bomb-nested": _nested_bomb,
    "traversal": _traversal,
    "links-devices": _links,
    "zip-links": _zip_links,
    "duplicates": _duplicates,
    "multi-gzip": _multi_gzip,
    "huge-declared": _huge_declared,
    "huge-header": _huge_header,
    "sparse-map": _sparse_map,
    "deep-code": _deep_code,
    "bad-encoding": _bad_encoding,
    "bad-record": _bad_record,
    "big-source": _big_source,
    "many-members": _many_members,
    "cut": _cut,
    "junk": _junk,
    "nested-archives": _nested_archives,
}


# ------------------------------------------------------------------ mutations


def seeds() -> list[tuple[str, bytes]]:
    """Small valid artifacts that mutations start from."""
    files = {"fz/__init__.py": "from .a import f\n", "fz/a.py": "def f():\n    return 1\n"}
    wheel = build_wheel("fz", "1.0", files)
    sdist_name, sdist = _sdist(files, setup_py="from setuptools import setup\n")
    raw = gzip.decompress(sdist)
    zipped = _zip([(f"fz-1.0/{k}", v.encode()) for k, v in files.items()])
    return [
        wheel,
        (sdist_name, sdist),
        ("fz-1.0.tar.bz2", bz2.compress(raw)),
        ("fz-1.0.tar.xz", lzma.compress(raw)),
        ("fz-1.0.tar", raw),
        ("fz-1.0.zip", zipped),
    ]


_EXTREMES = [0, 1, 0x7F, 0xFF, 0xFFFF, 0x7FFFFFFF, 0xFFFFFFFF]


def _zip_field(rng: random.Random, data: bytes) -> bytes:
    """Set one field of a local or central zip header (sizes, offsets, lengths) to an extreme."""
    raw = bytearray(data)
    sigs = [(b"PK\x03\x04", [(14, "I"), (18, "I"), (22, "I"), (26, "H"), (28, "H"), (8, "H")])]
    sigs.append((b"PK\x01\x02", [(20, "I"), (24, "I"), (28, "H"), (30, "H"), (42, "I"), (10, "H")]))
    sigs.append((b"PK\x05\x06", [(8, "H"), (10, "H"), (12, "I"), (16, "I"), (20, "H")]))
    sig, fields = rng.choice(sigs)
    spots = [i for i in range(len(raw)) if raw.startswith(sig, i)]
    if not spots:
        return bytes(raw)
    pos = rng.choice(spots)
    off, fmt = rng.choice(fields)
    value = rng.choice(_EXTREMES) & (0xFFFF if fmt == "H" else 0xFFFFFFFF)
    if pos + off + struct.calcsize("<" + fmt) <= len(raw):
        struct.pack_into("<" + fmt, raw, pos + off, value)
    return bytes(raw)


def _tar_field(rng: random.Random, raw: bytes) -> bytes:
    """Set one field of a tar header (size, type, name, link, checksum) and fix the checksum."""
    blocks = [i for i in range(0, len(raw) - 511, 512) if raw[i + 257 : i + 262] == b"ustar"] or [0]
    pos = rng.choice(blocks)
    block = bytearray(raw[pos : pos + 512].ljust(512, b"\0"))
    field = rng.choice(["size", "type", "name", "link", "base256", "mode"])
    if field == "size":
        block[124:136] = (b"%011o\0" % rng.choice([0, 1, 511, 513, 8**11 - 1]))[:12]
    elif field == "base256":
        value = rng.choice([1 << 40, 1 << 62, 5, -512, -1024, -(1 << 40)])
        raw12 = value.to_bytes(12, "big", signed=True)
        block[124:136] = (b"\xff" if value < 0 else b"\x80") + raw12[1:]
    elif field == "type":
        block[156:157] = bytes([rng.choice(b"0123456789ADGKLMNSVXgx\0Z")])
    elif field == "name":
        block[0:100] = rng.choice(
            [b"../" + MARKER.encode(), b"/tmp/" + MARKER.encode(), b""]
        ).ljust(100, b"\0")
    elif field == "link":
        block[157:257] = b"/etc/passwd".ljust(100, b"\0")
    else:
        block[100:108] = b"%07o\0" % rng.choice([0o7777, 0o4755, 0])
    if rng.random() < 0.85:
        block[148:156] = b" " * 8
        block[148:156] = b"%06o\0 " % sum(block)
    return raw[:pos] + bytes(block) + raw[pos + 512 :]


def mutate(rng: random.Random, filename: str, data: bytes) -> tuple[str, bytes]:
    """One random mutation of an artifact (several, now and then)."""
    op = rng.choice(["flip", "truncate", "insert", "delete", "field", "field", "append"])
    raw = bytearray(data)
    if op == "flip":
        for _ in range(rng.randint(1, 16)):
            i = rng.randrange(len(raw))
            raw[i] ^= 1 << rng.randrange(8)
        return filename, bytes(raw)
    if op == "truncate":
        return filename, bytes(raw[: rng.randrange(len(raw))])
    if op == "insert":
        i = rng.randrange(len(raw) + 1)
        return filename, bytes(raw[:i] + rng.randbytes(rng.randint(1, 64)) + raw[i:])
    if op == "delete":
        i = rng.randrange(len(raw))
        return filename, bytes(raw[:i] + raw[i + rng.randint(1, 64) :])
    if op == "append":
        tail = rng.choice([b"\0" * 1024, rng.randbytes(100), data])
        return filename, bytes(raw) + tail
    if data.startswith(b"PK"):
        return filename, _zip_field(rng, data)
    how = {".gz": "gz", ".bz2": "bz2", ".xz": "xz"}.get(filename[filename.rfind(".") :], "")
    plain = _decompress(data, how)
    if plain is None:
        return filename, bytes(raw)
    return filename, compress(_tar_field(rng, plain), how)


def _decompress(data: bytes, how: str) -> bytes | None:
    try:
        if how == "gz":
            return gzip.decompress(data)
        if how == "bz2":
            return bz2.decompress(data)
        if how == "xz":
            return lzma.decompress(data)
    except (OSError, EOFError, lzma.LZMAError, ValueError, zlib.error):
        return None
    return data


# ------------------------------------------------------------------ the stream of cases


def case(seed: int, index: int, kinds: tuple[str, ...] | None = None) -> Case:
    """Case number `index` of the stream `seed`: the same bytes every time.

    `kinds` restricts the crafted cases to those kinds of `CRAFTED`.
    """
    rng = random.Random(f"{seed}:{index}")
    names = sorted(kinds if kinds is not None else CRAFTED)
    if rng.random() < 0.35:
        kind = names[index % len(names)] if index < len(names) else rng.choice(names)
        filename, data = CRAFTED[kind](rng)
        if rng.random() < 0.2 and data:
            filename, data = mutate(rng, filename, data)
            kind += "+mutated"
        return Case(f"{index}:crafted/{kind}", filename, data)
    filename, data = rng.choice(_seeds())
    steps = 1 if rng.random() < 0.7 else rng.randint(2, 5)
    for _ in range(steps):
        if not data:
            break
        filename, data = mutate(rng, filename, data)
    return Case(f"{index}:mutated/{filename}x{steps}", filename, data)


def cases(seed: int, n: int, kinds: tuple[str, ...] | None = None) -> Iterator[Case]:
    """The first `n` cases of the stream `seed`."""
    for index in range(n):
        yield case(seed, index, kinds)


@functools.lru_cache(maxsize=1)
def _seeds() -> tuple[tuple[str, bytes], ...]:
    return tuple(seeds())
