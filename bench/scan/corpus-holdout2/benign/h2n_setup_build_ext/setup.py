import os
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildFailed(Exception):
    pass


class OptionalBuildExt(build_ext):
    """Build the C speedups, but never fail the install because of them."""

    def build_extension(self, ext):
        if self.compiler.compiler_type == "unix":
            ext.extra_compile_args = ["-O2", "-fvisibility=hidden"]
        try:
            super().build_extension(ext)
        except Exception as exc:
            print(f"WARNING: could not compile {ext.name} ({exc}); using pure Python", file=sys.stderr)


ext = Extension("fastescape._speedups", ["fastescape/_speedups.c"])
setup(
    name="fastescape",
    version="1.0.0",
    packages=["fastescape"],
    ext_modules=[] if os.environ.get("FASTESCAPE_NO_EXT") else [ext],
    cmdclass={"build_ext": OptionalBuildExt},
)
