"""Build wheels and sdists in memory for tests: no setuptools, nothing executed."""

from __future__ import annotations

import base64
import bz2
import gzip
import hashlib
import io
import lzma
import tarfile
import time
import zipfile
from collections.abc import Mapping

Files = Mapping[str, "str | bytes"]


def _b(data: str | bytes) -> bytes:
    return data.encode() if isinstance(data, str) else data


def metadata_text(
    name: str,
    version: str,
    requires: list[str] | tuple[str, ...] = (),
    summary: str = "A test package",
    extra: Mapping[str, str] | None = None,
    metadata_version: str = "2.1",
) -> str:
    """Core metadata (METADATA / PKG-INFO) text."""
    lines = [
        f"Metadata-Version: {metadata_version}",
        f"Name: {name}",
        f"Version: {version}",
        f"Summary: {summary}",
    ]
    for key, value in (extra or {}).items():
        lines.append(f"{key}: {value}")
    import re

    extras = sorted({m for r in requires for m in re.findall(r"extra\s*==\s*['\"]([^'\"]+)", r)})
    lines += [f"Provides-Extra: {e}" for e in extras]
    lines += [f"Requires-Dist: {r}" for r in requires]
    return "\n".join(lines) + "\n\n"


def dist_name(name: str) -> str:
    """The file-name form of a project name (PEP 427 escaping)."""
    return name.replace("-", "_").replace(".", "_")


def build_wheel(
    name: str,
    version: str,
    files: Files | None = None,
    requires: list[str] | tuple[str, ...] = (),
    tag: str = "py3-none-any",
    metadata_extra: Mapping[str, str] | None = None,
    record: bool = True,
) -> tuple[str, bytes]:
    """A valid wheel (filename, bytes) holding `files` plus its dist-info."""
    dn = dist_name(name)
    files = dict(files if files is not None else {f"{dn}/__init__.py": f"VERSION = {version!r}\n"})
    info = f"{dn}-{version}.dist-info"
    files[f"{info}/METADATA"] = metadata_text(name, version, requires, extra=metadata_extra)
    files[f"{info}/WHEEL"] = (
        f"Wheel-Version: 1.0\nGenerator: pipwarden-tests\nRoot-Is-Purelib: true\nTag: {tag}\n"
    )
    rows = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(_b(data)).digest()).rstrip(b"=")
        rows.append(f"{path},sha256={digest.decode()},{len(_b(data))}")
    rows.append(f"{info}/RECORD,,")
    if record:
        files[f"{info}/RECORD"] = "\n".join(rows) + "\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zf.writestr(zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0)), _b(data))
    return f"{dn}-{version}-{tag}.whl", buf.getvalue()


def build_sdist(
    name: str,
    version: str,
    files: Files | None = None,
    requires: list[str] | tuple[str, ...] = (),
    setup_py: str | None = None,
    metadata_version: str = "2.2",
) -> tuple[str, bytes]:
    """A .tar.gz sdist (filename, bytes) with PKG-INFO, an optional setup.py and `files`."""
    dn = dist_name(name)
    root = f"{dn}-{version}"
    members: dict[str, str | bytes] = {
        "PKG-INFO": metadata_text(name, version, requires, metadata_version=metadata_version),
        "pyproject.toml": (
            '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "setuptools.build_meta"\n'
        ),
    }
    if setup_py is not None:
        members["setup.py"] = setup_py
    members.update(files or {f"{dn}/__init__.py": f"VERSION = {version!r}\n"})
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for path, data in members.items():
            raw = _b(data)
            ti = tarfile.TarInfo(f"{root}/{path}")
            ti.size = len(raw)
            ti.mtime = int(time.time())
            tf.addfile(ti, io.BytesIO(raw))
    return f"{dn}-{version}.tar.gz", buf.getvalue()


def tar_bytes(
    members: list[tarfile.TarInfo | tuple[str, bytes]],
    fmt: int = tarfile.PAX_FORMAT,
    end: bool = True,
) -> bytes:
    """An uncompressed tar of `members` (a TarInfo is added as is, without data).

    Without `end` the end-of-archive marker is left out.
    """
    buf = io.BytesIO()
    tf = tarfile.open(fileobj=buf, mode="w", format=fmt)  # noqa: SIM115 - closed only with `end`
    for m in members:
        if isinstance(m, tarfile.TarInfo):
            tf.addfile(m)
        else:
            ti = tarfile.TarInfo(m[0])
            ti.size = len(m[1])
            tf.addfile(ti, io.BytesIO(m[1]))
    if end:
        tf.close()  # writes the end-of-archive marker
    return buf.getvalue()


def compress(raw: bytes, how: str) -> bytes:
    """`raw` compressed with ``gz``, ``bz2`` or ``xz`` (reproducibly), or as is for ``""``."""
    if how == "gz":
        return gzip.compress(raw, mtime=0)
    if how == "bz2":
        return bz2.compress(raw)
    if how == "xz":
        return lzma.compress(raw)
    return raw
