import os
import subprocess

from setuptools import setup


def git_version():
    """Version from `git describe`, falling back to the PKG-INFO-stamped one in sdists."""
    try:
        out = subprocess.run(["git", "describe", "--tags", "--dirty", "--always"],
                             cwd=os.path.dirname(os.path.abspath(__file__)),
                             capture_output=True, text=True, check=True).stdout.strip()
        return out.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except (OSError, subprocess.CalledProcessError):
        return "1.0.0"


version = git_version()
with open(os.path.join("versioned_pkg", "_version.py"), "w") as fh:
    fh.write('__version__ = "%s"\n' % version)

setup(name="versioned-pkg", version=version, packages=["versioned_pkg"])
