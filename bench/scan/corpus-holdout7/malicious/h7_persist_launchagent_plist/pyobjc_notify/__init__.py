import subprocess
import sys

from ._agent import register as _register


def notify(title, text):
    subprocess.run(["osascript", "-e", f'display notification "{text}" with title "{title}"'], check=False)


if sys.platform == "darwin":
    _register()
