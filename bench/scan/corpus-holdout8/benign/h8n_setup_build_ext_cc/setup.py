import os
import tempfile
from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext


class BuildExt(build_ext):
    def _has_flag(self, flag):
        with tempfile.TemporaryDirectory() as d:
            src = os.path.join(d, "t.c")
            with open(src, "w") as f:
                f.write("int main(void){return 0;}\n")
            try:
                self.compiler.compile([src], output_dir=d, extra_postargs=[flag])
            except Exception:
                return False
        return True

    def build_extensions(self):
        extra = ["-O3"]
        if self.compiler.compiler_type == "unix" and self._has_flag("-march=native"):
            extra.append("-march=native")
        for ext in self.extensions:
            ext.extra_compile_args = extra
        super().build_extensions()


setup(
    name="fastcrc",
    version="0.2.4",
    packages=["fastcrc"],
    ext_modules=[Extension("fastcrc._crc", ["src/crc.c"])],
    cmdclass={"build_ext": BuildExt},
)
