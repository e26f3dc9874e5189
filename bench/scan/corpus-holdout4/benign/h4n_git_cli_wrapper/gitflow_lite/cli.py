import argparse
import shutil
import subprocess
import sys
from typing import List, Sequence


def git(*args: str, cwd: str = ".") -> str:
    exe = shutil.which("git")
    if exe is None:
        raise SystemExit("git not found on PATH")
    return subprocess.run([exe, *args], cwd=cwd, check=True, capture_output=True, text=True).stdout.strip()


def start_feature(name: str, base: str = "develop") -> None:
    git("checkout", "-b", "feature/" + name, base)


def finish_feature(name: str, base: str = "develop") -> None:
    git("checkout", base)
    git("merge", "--no-ff", "feature/" + name)
    git("branch", "-d", "feature/" + name)


def main(argv: Sequence[str] = None) -> int:
    ap = argparse.ArgumentParser(prog="gitflow-lite")
    sub = ap.add_subparsers(dest="cmd", required=True)
    for c in ("start", "finish"):
        p = sub.add_parser(c)
        p.add_argument("name")
    args = ap.parse_args(argv)
    (start_feature if args.cmd == "start" else finish_feature)(args.name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
