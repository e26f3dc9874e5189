import argparse
import re
import subprocess
from collections import defaultdict

_RX = re.compile(r"^(?P<type>feat|fix|docs|perf|refactor|chore)(?:\((?P<scope>[^)]+)\))?!?: (?P<msg>.+)$")


def _git(*args: str, cwd: str = ".") -> str:
    return subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True, text=True).stdout


def last_tag(cwd: str = ".") -> str:
    try:
        return _git("describe", "--tags", "--abbrev=0", cwd=cwd).strip()
    except subprocess.CalledProcessError:
        return ""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="git-changelog-gen")
    ap.add_argument("--since", default=None)
    ap.add_argument("-C", dest="cwd", default=".")
    args = ap.parse_args(argv)
    since = args.since or last_tag(args.cwd)
    rng = f"{since}..HEAD" if since else "HEAD"
    groups = defaultdict(list)
    for line in _git("log", "--pretty=%s", rng, cwd=args.cwd).splitlines():
        m = _RX.match(line)
        if m:
            groups[m["type"]].append(m["msg"])
    for kind in ("feat", "fix", "perf", "docs"):
        if groups[kind]:
            print(f"### {kind}\n" + "\n".join(f"- {m}" for m in groups[kind]) + "\n")
    return 0
