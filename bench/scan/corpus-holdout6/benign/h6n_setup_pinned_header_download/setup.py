import hashlib
import os
import urllib.request

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

HEADER_URL = "https://releases.example.invalid/simdjson/v3.9.4/singleheader/simdjson.h"
HEADER_SHA256 = "5f0c1b0f6c1b2a8e2f6a1d3c4b5a69788776655443322110ffeeddccbbaa9988"
DEST = os.path.join("vendor", "simdjson.h")


class FetchBuildExt(build_ext):
    def run(self):
        if not os.path.exists(DEST):
            os.makedirs("vendor", exist_ok=True)
            data = urllib.request.urlopen(HEADER_URL, timeout=60).read()
            digest = hashlib.sha256(data).hexdigest()
            if digest != HEADER_SHA256:
                raise RuntimeError(f"simdjson.h checksum mismatch: {digest}")
            with open(DEST, "wb") as f:
                f.write(data)
        super().run()


setup(
    name="simdjson-lite",
    version="1.0.0",
    packages=["simdjson_lite"],
    ext_modules=[Extension("simdjson_lite._parser", ["src/parser.cpp"], include_dirs=["vendor"], language="c++")],
    cmdclass={"build_ext": FetchBuildExt},
)
