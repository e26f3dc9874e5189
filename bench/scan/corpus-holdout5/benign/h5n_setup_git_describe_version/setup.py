import os
import subprocess

from setuptools import setup


def get_version() -> str:
    try:
        out = subprocess.check_output(["git", "describe", "--tags", "--dirty", "--always"],
                                      stderr=subprocess.DEVNULL, text=True).strip()
        return out.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except (OSError, subprocess.CalledProcessError):
        with open(os.path.join("tinyjsonpath", "VERSION")) as fh:
            return fh.read().strip()


setup(name="tinyjsonpath", version=get_version(), packages=["tinyjsonpath"], package_data={"tinyjsonpath": ["VERSION"]})
