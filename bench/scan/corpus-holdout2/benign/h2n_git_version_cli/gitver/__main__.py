import argparse

from . import get_version


def main():
    ap = argparse.ArgumentParser(prog="gitver")
    ap.add_argument("root", nargs="?", default=".")
    print(get_version(ap.parse_args().root))


if __name__ == "__main__":
    main()
