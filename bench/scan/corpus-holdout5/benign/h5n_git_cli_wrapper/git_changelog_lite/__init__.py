"""Generate a changelog from conventional commits."""
import re
import subprocess
from collections import defaultdict

_RX = re.compile(r"^(feat|fix|docs|refactor|perf|test|chore)(\(.+\))?!?: (.+)$")


def commits(rev_range: str = "HEAD", cwd: str = ".") -> list[str]:
    out = subprocess.run(
        ["git", "log", "--pretty=format:%s", rev_range],
        cwd=cwd, capture_output=True, text=True, check=True,
    )
    return out.stdout.splitlines()


def changelog(rev_range: str = "HEAD", cwd: str = ".") -> str:
    groups = defaultdict(list)
    for subject in commits(rev_range, cwd):
        m = _RX.match(subject)
        if m:
            groups[m.group(1)].append(m.group(3))
    lines = []
    for kind in ("feat", "fix", "perf", "docs"):
        if groups[kind]:
            lines.append(f"## {kind}")
            lines.extend(f"- {s}" for s in groups[kind])
    return "\n".join(lines)
