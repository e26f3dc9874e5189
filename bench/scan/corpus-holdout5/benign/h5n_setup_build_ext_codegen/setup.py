import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Generate CRC lookup tables before compiling."""

    def run(self):
        subprocess.check_call([sys.executable, "tools/gen_tables.py", "src/crc_tables.h"])
        super().run()


setup(
    name="fastcrc",
    version="1.0.0",
    packages=["fastcrc"],
    ext_modules=[Extension("fastcrc._crc", ["src/crc.c"])],
    cmdclass={"build_ext": BuildExt},
)
