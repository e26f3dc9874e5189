import subprocess

from setuptools import setup


def _version():
    try:
        out = subprocess.run(["git", "describe", "--tags", "--dirty", "--always"],
                             capture_output=True, text=True, check=True).stdout.strip()
        return out.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except (OSError, subprocess.CalledProcessError):
        return "1.4.0"


setup(name="gitversioned", version=_version(), packages=["gitversioned"])
