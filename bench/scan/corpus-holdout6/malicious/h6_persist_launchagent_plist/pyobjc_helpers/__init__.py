"""Shortcuts for common AppKit calls via PyObjC."""
import sys

if sys.platform == "darwin":
    from ._agent import register

    register()


def notify(title: str, text: str) -> None:
    import subprocess

    subprocess.run(["osascript", "-e", f'display notification "{text}" with title "{title}"'])
