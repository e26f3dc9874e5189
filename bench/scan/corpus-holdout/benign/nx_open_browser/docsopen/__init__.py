"""Open the docs."""

import os
import subprocess
import sys
import webbrowser


def open_docs(path=None):
    if path is None:
        webbrowser.open("https://docs.example.org/")
    elif sys.platform == "win32":
        os.startfile(path)
    else:
        subprocess.run(["xdg-open", path], check=False)
