"""Take screenshots to a file (macOS screencapture, Linux grim/scrot, Windows via Pillow)."""
import shutil
import subprocess
import sys


def grab(path: str = "screenshot.png") -> str:
    if sys.platform == "darwin":
        subprocess.run(["screencapture", "-x", path], check=True)
    elif sys.platform.startswith("linux"):
        tool = shutil.which("grim") or shutil.which("scrot")
        if not tool:
            raise RuntimeError("install grim or scrot")
        subprocess.run([tool, path], check=True)
    else:
        from PIL import ImageGrab

        ImageGrab.grab().save(path)
    return path
