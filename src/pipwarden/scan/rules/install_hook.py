"""install-hook.*: code that runs while a package is installed (T1)."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, negative, positive, rule
from pipwarden.scan.rules._samples import URL

RULES = [
    rule(
        "install-hook.network",
        HIGH,
        "CWE-829",
        "setup.py uses the network",
        "setup.py opens network connections. It runs with the installing user's rights "
        "whenever pip builds the sdist.",
        "Install from a wheel, or review setup.py first.",
        samples=(
            positive(
                f"import urllib.request\nurllib.request.urlopen({URL!r})\nsetup(name='x')\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative("from setuptools import setup\nsetup(name='x')\n", "p-1/setup.py", "sdist"),
        ),
    ),
    rule(
        "install-hook.process",
        MEDIUM,
        "CWE-78",
        "setup.py starts processes at module level",
        "setup.py runs commands while it is being executed by pip.",
        "Check which commands it runs; prefer a wheel.",
        samples=(
            positive("import subprocess\nsubprocess.call(['make'])\n", "p-1/setup.py", "sdist"),
            negative(
                "import subprocess\ndef build():\n    subprocess.call(['make'])\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
    ),
    rule(
        "install-hook.cmdclass",
        MEDIUM,
        "CWE-829",
        "setup.py overrides install commands",
        "A cmdclass replaces install/develop/egg_info/build commands with custom code.",
        "Review the overriding class; prefer a wheel.",
        samples=(
            positive(
                "from setuptools import setup\nfrom setuptools.command.build_py import build_py\n"
                "class B(build_py):\n    def run(self):\n        build_py.run(self)\n"
                "setup(name='x', cmdclass={'build_py': B})\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative(
                "from setuptools import setup\nclass B:\n    pass\nsetup(name='x')\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
    ),
    rule(
        "install-hook.cmdclass-payload",
        CRITICAL,
        "CWE-506",
        "Overridden install command uses the network or runs decoded code",
        "An install/develop/egg_info override downloads or executes code during install: "
        "the classic PyPI malware pattern.",
        "Do not install; report the project.",
        samples=(
            positive(
                "import urllib.request\nfrom setuptools import setup\n"
                "from setuptools.command.install import install\n"
                "class I(install):\n    def run(self):\n"
                f"        urllib.request.urlopen({URL!r})\n        install.run(self)\n"
                "setup(name='x', cmdclass={'install': I})\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative(
                "from setuptools import setup\nfrom setuptools.command.install import install\n"
                "class I(install):\n    def run(self):\n        install.run(self)\n"
                "setup(name='x', cmdclass={'install': I})\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
    ),
    rule(
        "install-hook.in-tree-backend",
        MEDIUM,
        "CWE-829",
        "In-tree build backend",
        "pyproject.toml points its build backend into the sdist itself (backend-path): "
        "arbitrary package code runs on build.",
        "Review the backend module; prefer a wheel.",
        samples=(
            positive(
                '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n',
                "p-1/pyproject.toml",
                "sdist",
            ),
            negative(
                '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
                "p-1/pyproject.toml",
                "sdist",
            ),
        ),
    ),
]
