import sys

from . import update

if len(sys.argv) > 1 and sys.argv[1] == "update":
    update()
