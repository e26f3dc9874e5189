"""Scan-speed and memory benchmark: pipwarden vs bandit vs bare ast.parse, same files.

    python bench/scan/speed.py                    # top-200 benign set + corpus
    python bench/scan/speed.py --top 50 --skip-bandit

The benign artifacts (benign.py, cached in bench/.work/benign/) and the built corpus
archives are extracted (zipfile/tarfile, regular files only, never executed) into
one folder per artifact under --tree (default: a folder in /tmp, outside any git
work tree, since pipwarden honours .gitignore). Then, each pinned to one core
(sched_setaffinity) in its own subprocess, in the same run:

* pipwarden: pipwarden.scan.scan_target on every extracted folder;
* pipwarden on the archives themselves (the real use, for reference);
* the `pipwarden scan --jobs 1 --format json` command on the same folders;
* bandit -r on the same folders (installed into bench/.work/bandit-venv from PyPI
  by pip; skipped with a message when that fails);
* bare ast.parse of every .py file of the same folders (read + parse).

Peak memory: a synthetic ~100 MB wheel (Python modules + incompressible data
members) is scanned in a fresh subprocess whose peak RSS (VmHWM) is reported,
next to its peak after importing pipwarden only.

Targets (issue 3): >= 3x faster than bandit; <= 2x bare ast.parse; < 500 MB peak.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tarfile
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benign  # noqa: E402
import build_corpus  # noqa: E402

WORK = build_corpus.WORK
BANDIT_VENV = WORK / "bandit-venv"
DEFAULT_TREE = Path("/tmp/pipwarden-bench-speed")
PY = sys.executable


@dataclass(frozen=True)
class Timing:
    """Wall and CPU seconds of one tool over the whole set."""

    tool: str
    wall: float
    cpu: float
    note: str = ""


def _safe_rel(name: str) -> PurePosixPath | None:
    p = PurePosixPath(name.replace("\\", "/"))
    if p.is_absolute() or ".." in p.parts or not p.parts:
        return None
    return p


def extract(archive: Path, dest: Path) -> int:
    """Write the regular files of a zip/tar archive under dest; returns the file count."""
    n = 0
    dest.mkdir(parents=True, exist_ok=True)
    if archive.suffix in (".whl", ".zip"):
        with zipfile.ZipFile(archive) as zf:
            for info in zf.infolist():
                rel = _safe_rel(info.filename)
                if rel is None or info.is_dir():
                    continue
                out = dest.joinpath(*rel.parts)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(zf.read(info))
                n += 1
    else:
        with tarfile.open(archive) as tf:
            for ti in tf:
                rel = _safe_rel(ti.name)
                if rel is None or not ti.isfile():
                    continue
                fh = tf.extractfile(ti)
                if fh is None:
                    continue
                out = dest.joinpath(*rel.parts)
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_bytes(fh.read())
                n += 1
    return n


def prepare_tree(archives: list[Path], tree: Path) -> list[Path]:
    """One extracted folder per archive under tree (reused when already there)."""
    tree.mkdir(parents=True, exist_ok=True)
    folders = []
    for a in archives:
        key = hashlib.sha256(str(a).encode()).hexdigest()[:8]
        d = tree / f"{a.name}-{key}"
        done = d / ".extracted"
        if not done.exists():
            if d.exists():
                shutil.rmtree(d)
            extract(a, d / "src")
            done.write_text("ok")
        folders.append(d / "src")
    return folders


def _one_core() -> None:
    os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _run(cmd: list[str], tool: str, note: str = "", ok: tuple[int, ...] = (0,)) -> Timing:
    before = os.times()
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, preexec_fn=_one_core, check=False)
    wall = time.perf_counter() - t0
    after = os.times()
    cpu = (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )
    if proc.returncode not in ok:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"{tool} failed ({proc.returncode}): " + " | ".join(tail))
    out = proc.stdout.strip().splitlines()
    return Timing(tool, wall, cpu, note or (out[-1] if out else ""))


_PIPWARDEN = """
import sys, time
from pathlib import Path
from pipwarden.scan import scan_target
paths = [Path(p) for p in open(sys.argv[1]).read().split("\\n") if p]
n_find = errors = 0
for p in paths:
    r = scan_target(p)
    n_find += len(r.findings)
    errors += r.error is not None
print(f"{len(paths)} targets, {n_find} findings, {errors} errors")
"""

_AST = """
import ast, sys, warnings
from pathlib import Path
warnings.simplefilter("ignore")
roots = [Path(p) for p in open(sys.argv[1]).read().split("\\n") if p]
n = bad = size = 0
for root in roots:
    for f in sorted(root.rglob("*.py")):
        if not f.is_file():
            continue
        data = f.read_bytes()
        size += len(data)
        n += 1
        try:
            ast.parse(data, filename=str(f))
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            bad += 1
print(f"{n} .py files, {size / 1e6:.1f} MB, {bad} did not parse")
"""


def ensure_bandit() -> Path | None:
    """bandit in its own throwaway venv (pip from PyPI), or None with a message."""
    exe = BANDIT_VENV / "bin" / "bandit"
    if exe.exists():
        return exe
    try:
        subprocess.run([PY, "-m", "venv", str(BANDIT_VENV)], check=True, capture_output=True)
        subprocess.run(
            [str(BANDIT_VENV / "bin" / "pip"), "install", "-q", "bandit"],
            check=True,
            capture_output=True,
            timeout=600,
        )
    except (subprocess.SubprocessError, OSError) as exc:
        print(f"bandit unavailable, its row is skipped: {exc}", file=sys.stderr)
        return None
    return exe if exe.exists() else None


def synthetic_wheel(path: Path, target_mb: int = 100) -> Path:
    """A py3-none-any wheel of ~target_mb MB: many Python modules + incompressible data."""
    if path.exists() and path.stat().st_size > target_mb * 0.9e6:
        return path
    rnd = random.Random(100)
    files: dict[str, bytes] = {}
    module = "".join(
        f"def f{i}(x, y=1):\n    '''Doc {i}.'''\n    z = [x * k for k in range({i % 50})]\n"
        f"    return {{'k{i}': z, 'v': str(y) + 'abc'}}\n\n\n"
        for i in range(400)
    ).encode()
    for i in range(600):  # ~600 x 45 KB = ~27 MB of source
        files[f"bigpkg/mod{i // 50}/m{i}.py"] = module
    for i in range(11):  # 11 x ~9 MB of random bytes (model-weights-like)
        files[f"bigpkg/data/weights{i}.bin"] = rnd.randbytes(9_000_000)
    info = "bigpkg-1.0.dist-info"
    files[f"{info}/METADATA"] = b"Metadata-Version: 2.1\nName: bigpkg\nVersion: 1.0\n\n"
    files[f"{info}/WHEEL"] = b"Wheel-Version: 1.0\nRoot-Is-Purelib: true\nTag: py3-none-any\n"
    rows = []
    for p, data in files.items():
        d = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        rows.append(f"{p},sha256={d},{len(data)}")
    rows.append(f"{info}/RECORD,,")
    files[f"{info}/RECORD"] = ("\n".join(rows) + "\n").encode()
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for p, data in files.items():
            zf.writestr(p, data)
    return path


_MEM = """
import sys, time
from pathlib import Path

def hwm():
    # VmHWM: peak RSS of this process image (ru_maxrss would include the parent's
    # RSS at fork time on Linux).
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")

from pipwarden.scan import scan_target
base = hwm()
t0 = time.perf_counter()
r = scan_target(Path(sys.argv[1]))
dt = time.perf_counter() - t0
print(f"{base:.0f} {hwm():.0f} {dt:.1f} {r.verdict} {len(r.findings)} {r.error}")
"""


def memory(wheel: Path) -> dict[str, object]:
    """Max RSS (MB) of a fresh interpreter scanning the wheel, and its baseline."""
    proc = subprocess.run([PY, "-c", _MEM, str(wheel)], capture_output=True, text=True, check=True)
    base, peak, secs, verdict, nfind, err = proc.stdout.split(maxsplit=5)
    return {
        "wheel_mb": wheel.stat().st_size / 1e6,
        "baseline_rss_mb": float(base),
        "peak_rss_mb": float(peak),
        "seconds": float(secs),
        "verdict": verdict,
        "findings": int(nfind),
        "error": err.strip(),
    }


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the markdown tables."""
    ap = argparse.ArgumentParser(description="pipwarden scan speed/memory benchmark")
    ap.add_argument("--top", type=int, default=200, help="benign projects (0: corpus only)")
    ap.add_argument("--max-mb", type=float, default=200.0, help="skip larger benign artifacts")
    ap.add_argument("--tree", type=Path, default=DEFAULT_TREE, help="extraction folder")
    ap.add_argument("--skip-bandit", action="store_true", help="do not run bandit")
    ap.add_argument("--skip-memory", action="store_true", help="do not build the 100 MB wheel")
    ap.add_argument("--out", type=Path, default=WORK / "speed", help="write <out>.json/.md")
    args = ap.parse_args(argv)

    archives = [b.primary for b in build_corpus.build_all()]
    if args.top > 0:
        got = benign.benign_set(args.top, max_mb=args.max_mb)
        if got is not None:
            archives += [a.path for a in got[0]]
    folders = prepare_tree(archives, args.tree)
    lists = WORK / "speed-lists"
    lists.mkdir(parents=True, exist_ok=True)
    (lists / "folders.txt").write_text("\n".join(map(str, folders)) + "\n")
    (lists / "archives.txt").write_text("\n".join(map(str, archives)) + "\n")
    size = sum(a.stat().st_size for a in archives)

    timings: list[Timing] = []
    timings.append(_run([PY, "-c", _AST, str(lists / "folders.txt")], "ast.parse (bare)"))
    timings.append(_run([PY, "-c", _PIPWARDEN, str(lists / "folders.txt")], "pipwarden (folders)"))
    timings.append(
        _run([PY, "-c", _PIPWARDEN, str(lists / "archives.txt")], "pipwarden (archives)")
    )
    pw_cli = Path(PY).with_name("pipwarden")
    if pw_cli.exists():
        cmd = [str(pw_cli), "scan", "--jobs", "1", "--format", "json", "-o", os.devnull]
        timings.append(
            _run([*cmd, *map(str, folders)], "pipwarden scan --jobs 1 (CLI, folders)", ok=(0, 1))
        )
    bandit = None if args.skip_bandit else ensure_bandit()
    if bandit is not None:
        cmd = [str(bandit), "-r", "-q", "-f", "json", "-o", os.devnull, *map(str, folders)]
        timings.append(_run(cmd, "bandit -r", note="bandit " + _bandit_version(bandit), ok=(0, 1)))
    else:
        print("bandit row skipped (unavailable or --skip-bandit)", file=sys.stderr)

    by = {t.tool: t for t in timings}
    pw = by["pipwarden (folders)"]
    lines = [
        "## Scan speed (one core each, same files, same run)",
        "",
        f"{len(archives)} artifacts ({size / 1e6:.0f} MB of archives), extracted to folders.",
        "",
        "| tool | wall s | cpu s | wall / pipwarden | cpu / pipwarden | output |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for t in timings:
        rw = t.wall / pw.wall if pw.wall else float("nan")
        rc = t.cpu / pw.cpu if pw.cpu else float("nan")
        lines.append(f"| {t.tool} | {t.wall:.1f} | {t.cpu:.1f} | {rw:.2f} | {rc:.2f} | {t.note} |")
    lines.append("")
    ast_t = by["ast.parse (bare)"]
    if "bandit -r" in by:
        b = by["bandit -r"]
        rw, rc = b.wall / pw.wall, b.cpu / pw.cpu
        lines.append(
            f"vs bandit: {rw:.1f}x faster by wall time, {rc:.1f}x by CPU time "
            f"(target >= 3x: {'met' if min(rw, rc) >= 3 else 'NOT met'})."
        )
    rw, rc = pw.wall / ast_t.wall, pw.cpu / ast_t.cpu
    lines.append(
        f"vs bare ast.parse: {rw:.2f}x its wall time, {rc:.2f}x its CPU time "
        f"(target <= 2x: {'met' if max(rw, rc) <= 2 else 'NOT met'})."
    )
    lines.append("")
    report: dict[str, object] = {
        "timings": [t.__dict__ for t in timings],
        "artifacts": len(archives),
    }
    if not args.skip_memory:
        wheel = synthetic_wheel(WORK / "synthetic" / "bigpkg-1.0-py3-none-any.whl")
        m = memory(wheel)
        report["memory"] = m
        lines += [
            "## Peak memory",
            "",
            f"Synthetic wheel: {m['wheel_mb']:.0f} MB (600 Python modules, 27 MB of source, "
            "11 x 9 MB incompressible data members).",
            "",
            "| measure | value |",
            "|---|---:|",
            f"| peak RSS after importing pipwarden | {m['baseline_rss_mb']:.0f} MB |",
            f"| peak RSS after scanning the wheel | {m['peak_rss_mb']:.0f} MB |",
            f"| scan time | {m['seconds']:.1f} s |",
            f"| verdict / findings | {m['verdict']} / {m['findings']} |",
            "",
            f"Target < 500 MB: {'met' if float(str(m['peak_rss_mb'])) < 500 else 'NOT met'}.",
            "",
        ]
    text = "\n".join(lines) + "\n"
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, default=str))
    args.out.with_suffix(".md").write_text(text)
    print(text)
    return 0


def _bandit_version(exe: Path) -> str:
    out = subprocess.run([str(exe), "--version"], capture_output=True, text=True, check=False)
    return out.stdout.split()[1] if out.stdout.split()[1:] else "?"


if __name__ == "__main__":
    raise SystemExit(main())
