import argparse
import os
import platform
import sys
from importlib import metadata

from . import __version__


def bug_report():
    lines = [
        f"datatoolz: {__version__}",
        f"python: {sys.version.split()[0]} ({sys.executable})",
        f"platform: {platform.platform()}",
        "packages:",
    ]
    for d in sorted(metadata.distributions(), key=lambda d: d.metadata["Name"].lower()):
        lines.append(f"  {d.metadata['Name']}=={d.version}")
    lines.append("environment variable names (values omitted):")
    lines.append("  " + ", ".join(sorted(k for k in os.environ if k.startswith(("DATATOOLZ_", "PYTHON", "LC_")))))
    return "\n".join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="datatoolz")
    ap.add_argument("--bug-report", action="store_true", help="print diagnostics to paste into an issue")
    args = ap.parse_args(argv)
    if args.bug_report:
        print(bug_report())
    return 0
