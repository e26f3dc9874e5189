import os
import subprocess
import sys

from . import find_bin


def main():
    exe = find_bin()
    if sys.platform == "win32":
        sys.exit(subprocess.call([exe, *sys.argv[1:]]))
    os.execvp(exe, [exe, *sys.argv[1:]])


if __name__ == "__main__":
    main()
