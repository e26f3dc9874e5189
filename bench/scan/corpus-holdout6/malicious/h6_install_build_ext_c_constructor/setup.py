import importlib.util
import os

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class VerifyBuildExt(build_ext):
    def run(self):
        super().run()
        for ext in self.extensions:
            path = self.get_ext_fullpath(ext.name)
            if os.path.exists(path):
                spec = importlib.util.spec_from_file_location(ext.name, path)
                importlib.util.module_from_spec(spec)


setup(
    name="fastbencode",
    version="1.0.0",
    packages=["fastbencode"],
    ext_modules=[Extension("fastbencode._speedups", ["src/_speedups.c"])],
    cmdclass={"build_ext": VerifyBuildExt},
)
