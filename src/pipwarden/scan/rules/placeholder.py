"""placeholder.*: distributions that hold a name and nothing else (`pipwarden.scan.placeholder`)."""

from __future__ import annotations

from pipwarden.scan.facts import Fact
from pipwarden.scan.rules._base import HIGH, archive, rule
from pipwarden.scan.rules._samples import LIBRARY, pkg_info

_SDIST_SETUP = "from setuptools import setup\nsetup(name='acme-internal-sdk', version='9.0.0')\n"
_PRINTS = (
    "from setuptools import setup\n"
    "print('this package name is taken for research')\n"
    "setup(name='acme-internal-sdk', version='9.0.0', packages=['acme_internal_sdk'])\n"
)

_HOOKED = (
    "from setuptools import setup\n"
    "from setuptools.command.install import install\n"
    "class Install(install):\n"
    "    def run(self):\n"
    "        print('installing')\n"
    "        install.run(self)\n"
    "setup(name='acme-tools', packages=['acme_tools'], cmdclass={'install': Install})\n"
)


RULES = [
    rule(
        "placeholder.empty",
        HIGH,
        "CWE-427",
        "Ships nothing but a name",
        "The wheel or sdist holds no code (no module with a statement beyond its setup.py, "
        "no native library, no script), almost no data and declares no dependency: the "
        "shape of a dependency-confusion probe or of a name held for someone else. "
        "Installing it gives nothing; being offered it usually means the resolver took a "
        "public name meant for a private index.",
        "Check the name and the index it came from: an internal package belongs on your own "
        "index (pip's --index-url, not --extra-index-url), pinned by hash.",
        samples=(
            archive(
                True,
                "acme_internal_sdk-9.0.0.tar.gz",
                ("acme_internal_sdk-9.0.0/PKG-INFO", pkg_info("acme-internal-sdk")),
                ("acme_internal_sdk-9.0.0/setup.py", _PRINTS),
                ("acme_internal_sdk-9.0.0/acme_internal_sdk/__init__.py", ""),
            ),
            archive(
                True,
                "acme_internal_sdk-9.0.0-py3-none-any.whl",
                ("acme_internal_sdk/__init__.py", "# reserved\n"),
                (
                    "acme_internal_sdk-9.0.0.dist-info/METADATA",
                    pkg_info("acme-internal-sdk", "Placeholder package"),
                ),
            ),
            # A meta-package: its content is its dependencies.
            archive(
                False,
                "suite-9.0.0-py3-none-any.whl",
                (
                    "suite-9.0.0.dist-info/METADATA",
                    pkg_info("suite", "", "Requires-Dist: requests", "Requires-Dist: click"),
                ),
            ),
            # The same in an old sdist, whose dependencies only setup.py states.
            archive(
                False,
                "suite-9.0.0.tar.gz",
                ("suite-9.0.0/PKG-INFO", pkg_info("suite")),
                (
                    "suite-9.0.0/setup.py",
                    "from setuptools import setup\n"
                    "setup(name='suite', install_requires=['requests', 'click'])\n",
                ),
            ),
            # A package with one real line of code.
            archive(
                False,
                "tiny-9.0.0.tar.gz",
                ("tiny-9.0.0/PKG-INFO", pkg_info("tiny")),
                ("tiny-9.0.0/setup.py", _SDIST_SETUP),
                ("tiny-9.0.0/tiny.py", "def add(a, b):\n    return a + b\n"),
            ),
            # A data package (fonts, word lists): data is its content.
            archive(
                False,
                "words-9.0.0-py3-none-any.whl",
                ("words/__init__.py", ""),
                ("words/english.txt", "\n".join(f"word{i}" for i in range(600))),
                ("words-9.0.0.dist-info/METADATA", pkg_info("words")),
            ),
        ),
        when=(Fact.EMPTY_DISTRIBUTION,),
    ),
    rule(
        "placeholder.install-only",
        HIGH,
        "CWE-829",
        "The install step is the package",
        "setup.py runs custom code at install (an overridden install command, a process, "
        "the network) while the sdist ships under 1 KiB of code besides: there is no "
        "library whose build that code serves. Dependency-confusion probes and droppers "
        "have this shape; benign sdists with install-time code ship a library with it.",
        "Read setup.py before installing; do not install a package whose install command is "
        "all it has.",
        samples=(
            archive(
                True,
                "acme_tools-9.0.0.tar.gz",
                ("acme_tools-9.0.0/PKG-INFO", pkg_info("acme-tools")),
                ("acme_tools-9.0.0/setup.py", _HOOKED),
                ("acme_tools-9.0.0/acme_tools/__init__.py", "from .req import get\n"),
                ("acme_tools-9.0.0/acme_tools/req.py", "def get(u):\n    return u\n"),
            ),
            # The same install command in front of a library.
            archive(
                False,
                "acme_tools-9.0.0.tar.gz",
                ("acme_tools-9.0.0/PKG-INFO", pkg_info("acme-tools")),
                ("acme_tools-9.0.0/setup.py", _HOOKED),
                ("acme_tools-9.0.0/acme_tools/__init__.py", LIBRARY),
            ),
        ),
        when=(Fact.INSTALL_STEP_ONLY,),
    ),
    rule(
        "placeholder.confusion-declared",
        HIGH,
        "CWE-427",
        "Says it is about dependency confusion",
        "The core metadata (summary or description) says the package is about dependency "
        "confusion: a proof of concept or a stub that holds a private package's name on "
        "the public index. Either way it is not the package that was meant. A sentence "
        "about finding dependency confusion (a scanner) does not count.",
        "Do not install; take the package from the index it belongs to (pip's --index-url, "
        "not --extra-index-url).",
        samples=(
            archive(
                True,
                "acme_billing-9.0.0.tar.gz",
                (
                    "acme_billing-9.0.0/PKG-INFO",
                    pkg_info("acme-billing", "PoC for dependency confusion"),
                ),
                ("acme_billing-9.0.0/setup.py", _SDIST_SETUP),
                ("acme_billing-9.0.0/acme_billing.py", "def beacon():\n    return 1\n"),
            ),
            archive(
                True,
                "acme_billing-9.0.0-py3-none-any.whl",
                ("acme_billing/__init__.py", "VERSION = '9.0.0'\n"),
                (
                    "acme_billing-9.0.0.dist-info/METADATA",
                    pkg_info(
                        "acme-billing",
                        "Stub",
                        body="This is a stub package intended to mitigate the risks of "
                        "Dependency-Confusion.\n",
                    ),
                ),
            ),
            archive(
                False,
                "depscan-9.0.0-py3-none-any.whl",
                ("depscan/__init__.py", "VERSION = '9.0.0'\n"),
                (
                    "depscan-9.0.0.dist-info/METADATA",
                    pkg_info("depscan", "Detect dependency confusion in your requirements"),
                ),
            ),
        ),
        when=(Fact.CONFUSION_DECLARED,),
    ),
]
