import sys


def main(argv=None) -> int:
    rc = 0
    for path in argv or sys.argv[1:]:
        lines = open(path).read().splitlines()
        s = sorted(lines, key=str.lower)
        if s != lines:
            open(path, "w").write("\n".join(s) + "\n")
            rc = 1
    return rc
