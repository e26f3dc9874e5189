"""Take screenshots from the command line and save them locally."""
import datetime
import os
import shutil
import subprocess
import sys
from pathlib import Path


def grab(path=None, region=None):
    """Save a screenshot to *path* (default ~/Pictures/Screenshots) and return the path."""
    if path is None:
        stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
        path = Path.home() / "Pictures" / "Screenshots" / ("shot-%s.png" % stamp)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if sys.platform == "darwin":
        subprocess.run(["screencapture", "-x", str(path)], check=True)
    elif sys.platform.startswith("linux") and shutil.which("gnome-screenshot"):
        subprocess.run(["gnome-screenshot", "-f", str(path)], check=True)
    else:
        from PIL import ImageGrab

        ImageGrab.grab(bbox=region).save(path)
    return path


def main():
    print(grab(sys.argv[1] if len(sys.argv) > 1 else None))


if __name__ == "__main__":
    main()
