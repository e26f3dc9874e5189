import subprocess

from setuptools import setup


def git_version():
    try:
        return subprocess.check_output(["git", "describe", "--tags"], text=True).strip().lstrip("v")
    except (OSError, subprocess.CalledProcessError):
        return "0.0.0"


setup(name="gitvpkg", version=git_version(), packages=["gitvpkg"])
