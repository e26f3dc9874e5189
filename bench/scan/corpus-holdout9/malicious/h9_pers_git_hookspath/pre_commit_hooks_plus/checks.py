import sys


def check_merge_markers(argv=None):
    bad = 0
    for path in (argv or sys.argv[1:]):
        with open(path, "rb") as f:
            for n, line in enumerate(f, 1):
                if line.startswith((b"<<<<<<< ", b">>>>>>> ")) or line == b"=======\n":
                    print(f"{path}:{n}: merge conflict marker")
                    bad = 1
    return bad
