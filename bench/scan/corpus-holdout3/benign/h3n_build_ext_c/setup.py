import os
import platform
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class OptionalBuildExt(build_ext):
    """Build the C accelerator when a compiler is available; fall back to pure Python."""

    def build_extension(self, ext):
        if self.compiler.compiler_type == "unix":
            ext.extra_compile_args = ["-O3", "-std=c99"]
            if platform.machine() in ("x86_64", "AMD64"):
                ext.extra_compile_args.append("-msse4.2")
        elif self.compiler.compiler_type == "msvc":
            ext.extra_compile_args = ["/O2"]
        try:
            super().build_extension(ext)
        except Exception as exc:
            print("WARNING: building the C extension failed (%s); using pure Python" % exc,
                  file=sys.stderr)


setup(
    name="fastcrc",
    version="1.0.0",
    packages=["fastcrc"],
    ext_modules=[Extension("fastcrc._crc", [os.path.join("fastcrc", "src", "crc.c")])],
    cmdclass={"build_ext": OptionalBuildExt},
)
