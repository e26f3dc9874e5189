"""metadata.*: what a wheel's or an sdist's metadata declares (`pipwarden.scan.requires`)."""

from __future__ import annotations

from pipwarden.scan.facts import Fact
from pipwarden.scan.rules._base import HIGH, archive, rule
from pipwarden.scan.rules._samples import pkg_info


def _metadata(name: str, *requires: str) -> str:
    return pkg_info(name, "", *(f"Requires-Dist: {r}" for r in requires))


_SETUP = "from setuptools import setup\nsetup(name='colorkit', packages=['colorkit'])\n"
_MODULE = "def paint(text):\n    return text\n"

RULES = [
    rule(
        "metadata.stdlib-dependency",
        HIGH,
        "CWE-1357",
        "Declares a dependency named like a standard-library module",
        "The metadata (Requires-Dist, or an sdist's requires.txt) lists a dependency such as "
        "os, subprocess or webbrowser: a module of Python itself, never installed from "
        "PyPI, which refuses those names. Throwaway uploads list the modules their payload "
        "imports this way; a package published so could not even be installed from PyPI. "
        "Backports that are real projects (typing, dataclasses) are not reported.",
        "Do not install; a real project's dependencies name distributions, not modules.",
        samples=(
            archive(
                True,
                "colorkit-1.0.0-py3-none-any.whl",
                ("colorkit/__init__.py", _MODULE),
                (
                    "colorkit-1.0.0.dist-info/METADATA",
                    _metadata("colorkit", "requests", "subprocess", "os"),
                ),
            ),
            # an old sdist: the dependencies only in requires.txt
            archive(
                True,
                "colorkit-1.0.0.tar.gz",
                ("colorkit-1.0.0/PKG-INFO", _metadata("colorkit")),
                ("colorkit-1.0.0/setup.py", _SETUP),
                ("colorkit-1.0.0/colorkit/__init__.py", _MODULE),
                ("colorkit-1.0.0/colorkit.egg-info/requires.txt", "requests\nwebbrowser\n"),
            ),
            # backports on PyPI, and names that only contain a module's name
            archive(
                False,
                "colorkit-1.0.0-py3-none-any.whl",
                ("colorkit/__init__.py", _MODULE),
                (
                    "colorkit-1.0.0.dist-info/METADATA",
                    _metadata(
                        "colorkit",
                        "typing; python_version < '3.5'",
                        "dataclasses",
                        "requests-os",
                        "json5",
                    ),
                ),
            ),
            # a module's name in a file that is not the metadata
            archive(
                False,
                "colorkit-1.0.0.tar.gz",
                ("colorkit-1.0.0/PKG-INFO", _metadata("colorkit")),
                ("colorkit-1.0.0/setup.py", _SETUP),
                ("colorkit-1.0.0/colorkit/__init__.py", _MODULE),
                ("colorkit-1.0.0/docs/requirements.txt", "os\nsubprocess\n"),
            ),
        ),
        when=(Fact.STDLIB_DEPENDENCY,),
    ),
]
