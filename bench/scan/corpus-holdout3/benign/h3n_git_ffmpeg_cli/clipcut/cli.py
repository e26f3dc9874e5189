import argparse
import shlex
import shutil
import subprocess
import sys


def git_revision(cwd="."):
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=cwd, capture_output=True,
                             text=True, check=True)
        return out.stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def build_cmd(src, dst, start, duration, crf=23):
    return ["ffmpeg", "-hide_banner", "-y", "-ss", str(start), "-i", src, "-t", str(duration),
            "-c:v", "libx264", "-crf", str(crf), "-c:a", "aac",
            "-metadata", "comment=clipcut %s" % git_revision(), dst]


def main(argv=None):
    ap = argparse.ArgumentParser(prog="clipcut")
    ap.add_argument("src")
    ap.add_argument("dst")
    ap.add_argument("--start", default="0")
    ap.add_argument("--duration", default="10")
    ap.add_argument("--dry-run", action="store_true")
    ns = ap.parse_args(argv)
    if shutil.which("ffmpeg") is None:
        print("ffmpeg not found on PATH", file=sys.stderr)
        return 1
    cmd = build_cmd(ns.src, ns.dst, ns.start, ns.duration)
    if ns.dry_run:
        print(shlex.join(cmd))
        return 0
    return subprocess.run(cmd).returncode


if __name__ == "__main__":
    sys.exit(main())
