import os
import subprocess

from setuptools import setup

HERE = os.path.dirname(os.path.abspath(__file__))


def git_version():
    try:
        out = subprocess.check_output(["git", "describe", "--tags", "--dirty", "--always"], cwd=HERE,
                                      stderr=subprocess.DEVNULL, text=True).strip()
    except (OSError, subprocess.CalledProcessError):
        return "0.0.0"
    return out.lstrip("v").replace("-", "+", 1).replace("-", ".")


VERSION = git_version()
with open(os.path.join(HERE, "tagver", "_version.py"), "w") as f:
    f.write(f'__version__ = "{VERSION}"\n')

setup(name="tagver", version=VERSION, packages=["tagver"])
