import subprocess
import sys


def main():
    return subprocess.call(["git", "log", "--oneline", "-n", "20"] + sys.argv[1:])
