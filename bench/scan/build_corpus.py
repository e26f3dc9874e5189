"""Pack the scan-quality corpus into wheels and sdists, without executing anything.

Each folder under corpus/malicious/ and corpus/benign/ is one sample: the files a
package would ship plus a meta.json (family, technique, imitates, expected,
artifact, package, version). Package files (anything but the build files in
SDIST_ONLY) go into a py3-none-any wheel with a correct dist-info/RECORD; samples
whose primary artifact is an sdist (setup.py, an in-tree build backend) are also
packed into a .tar.gz sdist. Archives are written with zipfile/tarfile only and
land in bench/.work/corpus/ (gitignored).

    python bench/scan/build_corpus.py            # build everything, print a summary
    python bench/scan/build_corpus.py --out DIR  # somewhere else
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import io
import json
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
WORK = HERE.parent / ".work"
GROUPS = ("malicious", "benign")

# Files that belong to the source tree only: never packed into the wheel.
SDIST_ONLY = frozenset(
    {"setup.py", "setup.cfg", "pyproject.toml", "MANIFEST.in", "README.md", "backend.py"}
)
_DATE = (2024, 1, 1, 0, 0, 0)
_MTIME = 1704067200  # 2024-01-01T00:00:00Z, so rebuilding gives the same bytes


@dataclass(frozen=True)
class Sample:
    """One corpus sample: its folder, its group and its meta.json."""

    name: str
    group: str
    path: Path
    meta: dict[str, Any] = field(compare=False, hash=False)

    @property
    def family(self) -> str:
        """The rule family the sample exercises ("benign" for negatives)."""
        return str(self.meta["family"])

    @property
    def technique(self) -> str:
        """A one-line description of what the sample does."""
        return str(self.meta["technique"])

    @property
    def expected(self) -> str:
        """The verdict the scanner should give: malicious, suspicious or clean."""
        return str(self.meta["expected"])

    @property
    def artifact(self) -> str:
        """The primary artifact kind to scan: "wheel" or "sdist"."""
        return str(self.meta.get("artifact", "wheel"))

    @property
    def package(self) -> str:
        """The project name used for the archives."""
        return str(self.meta.get("package", self.name.replace("_", "-")))

    @property
    def version(self) -> str:
        """The version used for the archives."""
        return str(self.meta.get("version", "1.0.0"))

    def files(self) -> dict[str, bytes]:
        """Every file of the sample (POSIX relative path -> bytes), meta.json excluded."""
        out: dict[str, bytes] = {}
        for p in sorted(self.path.rglob("*")):
            if not p.is_file() or "__pycache__" in p.parts:
                continue
            rel = p.relative_to(self.path).as_posix()
            if rel != "meta.json":
                out[rel] = p.read_bytes()
        return out


@dataclass(frozen=True)
class Built:
    """The archives built from one sample."""

    sample: Sample
    wheel: Path | None
    sdist: Path | None

    @property
    def primary(self) -> Path:
        """The archive that the quality benchmark scans for this sample."""
        if self.sample.artifact == "sdist" and self.sdist is not None:
            return self.sdist
        if self.wheel is not None:
            return self.wheel
        assert self.sdist is not None
        return self.sdist


def load_samples(corpus: Path = CORPUS, groups: tuple[str, ...] = GROUPS) -> list[Sample]:
    """All samples of the given groups, sorted by group then name."""
    samples = []
    for group in groups:
        base = corpus / group
        if not base.is_dir():
            continue
        for d in sorted(base.iterdir()):
            meta_path = d / "meta.json"
            if d.is_dir() and meta_path.is_file():
                meta = json.loads(meta_path.read_text())
                samples.append(Sample(d.name, group, d, meta))
    return samples


def _escape(name: str) -> str:
    return name.replace("-", "_").replace(".", "_")


def _metadata(sample: Sample, version: str) -> bytes:
    return (
        f"Metadata-Version: {version}\nName: {sample.package}\nVersion: {sample.version}\n"
        f"Summary: pipwarden scan corpus sample {sample.name} (defanged, never run)\n\n"
    ).encode()


def wheel_bytes(sample: Sample) -> tuple[str, bytes] | None:
    """(filename, bytes) of the sample's wheel, or None when it ships no package files."""
    files = {k: v for k, v in sample.files().items() if k not in SDIST_ONLY}
    if not files:
        return None
    dn = _escape(sample.package)
    info = f"{dn}-{sample.version}.dist-info"
    files[f"{info}/METADATA"] = _metadata(sample, "2.1")
    files[f"{info}/WHEEL"] = (
        b"Wheel-Version: 1.0\nGenerator: pipwarden-bench\nRoot-Is-Purelib: true\n"
        b"Tag: py3-none-any\n"
    )
    rows = []
    for path, data in files.items():
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rows.append(f"{path},sha256={digest},{len(data)}")
    rows.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(rows) + "\n").encode()
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zf.writestr(zipfile.ZipInfo(path, date_time=_DATE), data, zipfile.ZIP_DEFLATED)
    return f"{dn}-{sample.version}-py3-none-any.whl", buf.getvalue()


def sdist_bytes(sample: Sample) -> tuple[str, bytes]:
    """(filename, bytes) of the sample as a .tar.gz sdist with a PKG-INFO."""
    dn = _escape(sample.package)
    root = f"{dn}-{sample.version}"
    members = {"PKG-INFO": _metadata(sample, "2.2"), **sample.files()}
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz", format=tarfile.PAX_FORMAT) as tf:
        for path, data in members.items():
            ti = tarfile.TarInfo(f"{root}/{path}")
            ti.size = len(data)
            ti.mtime = _MTIME
            ti.mode = 0o644
            tf.addfile(ti, io.BytesIO(data))
    return f"{root}.tar.gz", buf.getvalue()


def build(sample: Sample, out_dir: Path) -> Built:
    """Write the sample's wheel (and sdist, when it is an sdist sample) under out_dir/<name>/."""
    dest = out_dir / sample.group / sample.name
    dest.mkdir(parents=True, exist_ok=True)
    wheel = sdist = None
    wb = wheel_bytes(sample)
    if wb is not None:
        wheel = dest / wb[0]
        wheel.write_bytes(wb[1])
    names = sample.files()
    if sample.artifact == "sdist" or wb is None or any(n in names for n in SDIST_ONLY):
        fn, data = sdist_bytes(sample)
        sdist = dest / fn
        sdist.write_bytes(data)
    return Built(sample, wheel, sdist)


def build_all(out_dir: Path | None = None, corpus: Path = CORPUS) -> list[Built]:
    """Build every sample of the corpus; returns what was written."""
    out = out_dir if out_dir is not None else WORK / "corpus"
    return [build(s, out) for s in load_samples(corpus)]


def main(argv: list[str] | None = None) -> int:
    """Command line: build the corpus and print a per-family summary."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=WORK / "corpus", help="output folder")
    args = ap.parse_args(argv)
    built = build_all(args.out)
    families: dict[str, int] = {}
    for b in built:
        families[b.sample.family] = families.get(b.sample.family, 0) + 1
    n_mal = sum(b.sample.group == "malicious" for b in built)
    print(f"built {len(built)} samples ({n_mal} malicious) into {args.out}")
    for fam, n in sorted(families.items()):
        print(f"  {fam:24} {n}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
