import sys

from . import changelog

print(changelog(sys.argv[1] if len(sys.argv) > 1 else "HEAD"))
