import os
import re

from setuptools import find_packages, setup

here = os.path.abspath(os.path.dirname(__file__))
with open(os.path.join(here, "README.md"), encoding="utf-8") as fh:
    long_description = fh.read()
with open(os.path.join(here, "normalpkg", "__init__.py")) as fh:
    version = re.search(r'__version__ = "([^"]+)"', fh.read()).group(1)

setup(
    name="normalpkg",
    version=version,
    description="A normal package",
    long_description=long_description,
    long_description_content_type="text/markdown",
    packages=find_packages(exclude=["tests"]),
    install_requires=["requests>=2"],
    entry_points={"console_scripts": ["normalpkg=normalpkg.cli:main"]},
    python_requires=">=3.8",
)
