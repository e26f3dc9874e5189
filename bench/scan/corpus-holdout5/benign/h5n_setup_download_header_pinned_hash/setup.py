import hashlib
import os
import urllib.request

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HEADER_URL = "https://releases.example.invalid/miniz/3.0.2/miniz.h"
HEADER_SHA256 = "5a6f1bd0f87b3dd0b1f9b9c1d9b5c0a9e2f6f0a0b1c2d3e4f5a6b7c8d9e0f1a2"


class FetchHeaders(build_ext):
    def run(self):
        dst = os.path.join("src", "miniz.h")
        if not os.path.exists(dst):
            data = urllib.request.urlopen(HEADER_URL, timeout=30).read()
            digest = hashlib.sha256(data).hexdigest()
            if digest != HEADER_SHA256:
                raise RuntimeError(f"miniz.h hash mismatch: {digest}")
            with open(dst, "wb") as fh:
                fh.write(data)
        super().run()


setup(
    name="miniz-py",
    version="1.0.0",
    packages=["miniz_py"],
    ext_modules=[Extension("miniz_py._miniz", ["src/binding.c"], include_dirs=["src"])],
    cmdclass={"build_ext": FetchHeaders},
)
