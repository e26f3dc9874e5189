import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    """Add platform-specific compiler flags."""

    def build_extensions(self):
        opts = ["/O2"] if self.compiler.compiler_type == "msvc" else ["-O3", "-std=c99"]
        for ext in self.extensions:
            ext.extra_compile_args = opts
        build_ext.build_extensions(self)


setup(
    name="fastmath",
    version="0.4.0",
    ext_modules=[Extension("fastmath._core", ["src/core.c"])],
    cmdclass={"build_ext": BuildExt},
    zip_safe=sys.platform != "win32",
)
