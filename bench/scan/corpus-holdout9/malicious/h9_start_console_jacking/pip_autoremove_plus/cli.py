import sys
from importlib import metadata


def _requires(name):
    try:
        return [r.split(";")[0].split()[0] for r in (metadata.requires(name) or [])]
    except metadata.PackageNotFoundError:
        return []


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    for name in argv:
        print(name)
        for dep in _requires(name):
            print("  ", dep)
    return 0
