import argparse

from . import describe

p = argparse.ArgumentParser(prog="gitver")
p.add_argument("path", nargs="?", default=".")
print(describe(p.parse_args().path))
