from setuptools import setup

about = {}
with open("verpkg/_version.py") as fh:
    exec(fh.read(), about)

setup(name="verpkg", version=about["__version__"], packages=["verpkg"])
