"""install-hook.*: code that runs while a package is installed (T1)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipwarden.findings import Severity
from pipwarden.scan.facts import CommandFacts, Event, Fact, Hit, ScopeFacts
from pipwarden.scan.patterns import SHELLS
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, archive, negative, positive, rule
from pipwarden.scan.rules._samples import URL


def _network(c: CommandFacts) -> bool:
    return c.install_like and (Event.NET in c.events or Event.DOWNLOAD_FILE in c.events)


def _program(c: CommandFacts) -> bool:
    return c.install_like and Event.RUN_PROGRAM in c.events and not _network(c)


def command_uses_network(c: CommandFacts) -> Hit | None:
    """An install command override downloads or uses the network."""
    if _network(c):
        return Hit(c.line, f"install command override {c.name} uses the network")
    return None


def command_runs_program(c: CommandFacts) -> Hit | None:
    """An install command override runs a program that is not a build tool (and does not
    use the network, which `command_uses_network` reports)."""
    if _program(c):
        return Hit(
            c.events[Event.RUN_PROGRAM],
            f"install command override {c.name} runs a program that is not a build tool",
        )
    return None


def command_overridden(c: CommandFacts) -> Hit | None:
    """setup.py's cmdclass overrides a command, doing nothing the two above report."""
    if c.registered and not (_network(c) or _program(c)):
        commands = [b for b in c.bases if b]
        return Hit(
            c.line,
            f"setup.py overrides {'/'.join(commands)} with {c.name}",
            details={"commands": commands},
        )
    return None


#: What a function run by an install command class must not do, and how to say it.
_INSTALL_PAYLOAD = (
    (Event.DOWNLOAD_PROGRAM, "downloads a program"),
    (Event.DOWNLOAD_FILE, "downloads a file"),
    (Event.SHELL, "starts a shell"),
    (Event.HIDDEN_START, "starts a hidden process"),
    (Event.SOCKET_CONNECT, "opens a network connection"),
    (Event.NET, "uses the network"),
    (Event.RUN_PROGRAM, "runs a program that is not a build tool"),
)


def install_call_payload(s: ScopeFacts) -> Hit | None:
    """A function setup.py's install command class calls (directly or through the
    package's modules) reaches the network or runs a program."""
    if not s.install_call:
        return None
    for event, what in _INSTALL_PAYLOAD:
        if event in s.events:
            return Hit(s.events[event], f"{s.name}(), run by setup.py's install command, {what}")
    return None


RULES = [
    rule(
        "install-hook.network",
        HIGH,
        "CWE-829",
        "setup.py uses the network",
        "setup.py opens network connections. It runs with the installing user's rights "
        "whenever pip builds the sdist (medium when it asks a service on this machine, at a "
        "loopback address written in the call: nothing leaves the machine, but a build has "
        "no business with local services either).",
        "Install from a wheel, or review setup.py first.",
        samples=(
            positive(
                f"import urllib.request\nurllib.request.urlopen({URL!r})\nsetup(name='x')\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative("from setuptools import setup\nsetup(name='x')\n", "p-1/setup.py", "sdist"),
            positive(
                "import urllib.request\nurllib.request.urlopen('http://127.0.0.1:8080/')\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
        when=(Fact.NETWORK_AT_INSTALL,),
        severity_of=lambda o: LOCAL_SERVICE if o.loopback else None,
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
        when=(Fact.PROCESS_AT_INSTALL,),
    ),
    rule(
        "install-hook.run-program",
        HIGH,
        "CWE-78",
        "Install-time code runs a program that is not a build tool",
        "setup.py, or an install/develop/egg_info command it overrides, starts a program "
        "that builds nothing (a calculator, a notepad, a shutdown, the package's "
        "own module): builds run compilers, build systems, package managers and version "
        "control, not programs of their own choosing.",
        "Check which program runs and why; install from a wheel.",
        samples=(
            positive(
                "from setuptools import setup\nfrom setuptools.command.install import install\n"
                "import subprocess\nclass I(install):\n    def run(self):\n"
                "        install.run(self)\n        subprocess.Popen(['notepad'])\n"
                "setup(name='x', cmdclass={'install': I})\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative(
                "from setuptools import setup\nfrom setuptools.command.install import install\n"
                "import subprocess\nclass I(install):\n    def run(self):\n"
                "        subprocess.check_call(['make', 'all'])\n        install.run(self)\n"
                "setup(name='x', cmdclass={'install': I})\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
        when=(Fact.FOREIGN_PROGRAM_AT_INSTALL,),
        per_command=(command_runs_program,),
    ),
    rule(
        "install-hook.user-files",
        HIGH,
        "CWE-506",
        "Install-time code writes into the user's home folder",
        "setup.py or code it runs writes a file under the installing user's home or profile "
        "folder (~, APPDATA, Path.home()): a build writes into its own tree and pip installs "
        "the result; droppers plant extensions, shortcuts and payloads there.",
        "Check which file it writes and why; install from a wheel.",
        samples=(
            positive(
                "import os\nfrom setuptools import setup\n"
                "d = os.getenv('APPDATA') + '\\\\Extension'\n"
                "with open(d + '\\\\inert.js', 'w') as f:\n    f.write('inert')\n"
                "setup(name='x')\n",
                "p-1/setup.py",
                "sdist",
            ),
            negative(
                "import os\nfrom setuptools import setup\n"
                "with open(os.path.join('build', 'inert.txt'), 'w') as f:\n    f.write('inert')\n"
                "setup(name='x')\n",
                "p-1/setup.py",
                "sdist",
            ),
        ),
        when=(Fact.USER_FILES_AT_INSTALL,),
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
        per_command=(command_overridden,),
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
        per_command=(command_uses_network,),
    ),
    rule(
        "install-hook.package-payload",
        HIGH,
        "CWE-506",
        "Install command runs package code that uses the network or runs programs",
        "An install/develop/egg_info override imports the package being installed and calls "
        "a function of it which, directly or through the package's other modules, reaches "
        "the network or runs a program that is not a build tool: the payload is moved out "
        "of setup.py into the package.",
        "Do not install; report the project.",
        samples=(
            archive(
                True,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "import sys\nfrom setuptools import setup\n"
                    "from setuptools.command.install import install\n"
                    "sys.path.insert(0, 'src')\n"
                    "class I(install):\n    def run(self):\n        install.run(self)\n"
                    "        from p import hook\n        hook()\n"
                    "setup(name='p', cmdclass={'install': I})\n",
                ),
                (
                    "p-1/src/p/__init__.py",
                    "def hook():\n    from .agent import start\n    start()\n",
                ),
                (
                    "p-1/src/p/agent.py",
                    f"import urllib.request\ndef start():\n    urllib.request.urlopen({URL!r})\n",
                ),
            ),
            archive(  # through an alias handed to a thread, into a module with a #! line
                True,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "from setuptools import setup\n"
                    "from setuptools.command.develop import develop\n"
                    "from p import hook\n"
                    "class D(develop):\n    def run(self):\n        develop.run(self)\n"
                    "        hook()\n"
                    "setup(name='p', cmdclass={'develop': D})\n",
                ),
                (
                    "p-1/src/p/__init__.py",
                    "import threading\ndef hook():\n    from .agent import start\n"
                    "    runner = start\n    threading.Thread(target=runner).start()\n",
                ),
                (
                    "p-1/src/p/agent.py",
                    "#!/usr/bin/env python3\nimport subprocess\n"
                    "def start():\n    subprocess.run(['whoami'])\n",
                ),
            ),
            archive(  # a script of the sdist run by its file name
                True,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "import os, subprocess, sys\nfrom setuptools import setup\n"
                    "from setuptools.command.install import install\n"
                    "class I(install):\n    def run(self):\n        install.run(self)\n"
                    "        script = os.path.join(os.path.dirname(__file__), 'p', 'post.py')\n"
                    "        subprocess.run([sys.executable, script])\n"
                    "setup(name='p', cmdclass={'install': I})\n",
                ),
                ("p-1/p/__init__.py", ""),
                (
                    "p-1/p/post.py",
                    "import urllib.request\n"
                    f"def send():\n    urllib.request.urlopen({URL!r})\n"
                    "if __name__ == '__main__':\n    send()\n",
                ),
            ),
            archive(  # a script setup.py loads by its path, then calls
                True,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "import importlib.util, os\nfrom setuptools import setup\n"
                    "path = os.path.join(os.path.dirname(__file__), 'p', '_post.py')\n"
                    "spec = importlib.util.spec_from_file_location('p._post', path)\n"
                    "post = importlib.util.module_from_spec(spec)\n"
                    "spec.loader.exec_module(post)\npost.run()\nsetup(name='p')\n",
                ),
                ("p-1/p/__init__.py", ""),
                (
                    "p-1/p/_post.py",
                    f"import urllib.request\ndef run():\n    urllib.request.urlopen({URL!r})\n",
                ),
            ),
            archive(  # ... a version file loaded so
                False,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "import importlib.util\nfrom setuptools import setup\n"
                    "spec = importlib.util.spec_from_file_location('v', 'p/version.py')\n"
                    "v = importlib.util.module_from_spec(spec)\n"
                    "spec.loader.exec_module(v)\nsetup(name='p', version=v.get_version())\n",
                ),
                ("p-1/p/__init__.py", ""),
                ("p-1/p/version.py", "def get_version():\n    return '1.0'\n"),
                (
                    "p-1/p/agent.py",
                    f"import urllib.request\ndef start():\n    urllib.request.urlopen({URL!r})\n",
                ),
            ),
            archive(
                False,
                "p-1.tar.gz",
                (
                    "p-1/setup.py",
                    "from setuptools import setup\n"
                    "from setuptools.command.install import install\n"
                    "class I(install):\n    def run(self):\n        install.run(self)\n"
                    "        from p import hook\n        hook()\n"
                    "setup(name='p', cmdclass={'install': I})\n",
                ),
                ("p-1/p/__init__.py", "def hook():\n    print('installed')\n"),
                (
                    "p-1/p/agent.py",
                    f"import urllib.request\ndef start():\n    urllib.request.urlopen({URL!r})\n",
                ),
            ),
        ),
        per_scope=(install_call_payload,),
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
        when=(Fact.IN_TREE_BACKEND,),
    ),
]

#: Programs a build runs: interpreters asked to build or install, compilers, build systems,
#: package managers, version control, documentation and packaging tools, file utilities,
#: commands that only print (echo, dir), and terminal controls (`os.system("color")`
#: turns on ANSI colours in a Windows console).
BUILD_TOOLS = frozenset(
    {
        "pip", "pip3", "uv", "conda",
        "mamba", "git", "hg", "svn", "make", "gmake", "nmake", "cmake", "ninja", "meson",
        "scons", "bazel", "gcc", "g++", "cc", "c++", "clang", "clang++", "cl", "link", "ld",
        "ar", "nvcc", "gfortran", "swig", "cython", "protoc", "pkg-config", "pkgconf",
        "autoreconf", "autoconf", "automake", "libtoolize", "configure", "npm", "npx", "yarn",
        "pnpm", "node", "cargo", "rustc", "rustup", "maturin", "go", "javac", "java", "mvn",
        "gradle", "ant", "dotnet", "msbuild", "pandoc", "sphinx-build", "twine", "xcrun",
        "brew", "lipo", "install_name_tool", "codesign", "patchelf", "strip", "cp", "mv",
        "rm", "mkdir", "ln", "tar", "unzip", "find", "chmod", "tox", "pytest", "py.test",
        "nosetests", "coverage", "pre-commit", "doxygen", "pdflatex", "latex", "qmake",
        "pyrcc5", "pyuic5", "lrelease", "f2py", "perl", "color", "cls", "clear", "chcp",
        "true", "which", "where", "vcvarsall.bat", "echo", "printf", "ls", "dir", "pwd",
    }
)  # fmt: skip
#: Interpreter arguments that build or install (`python -m pip`, `python setup.py`).
_BUILD_ARGS_RE = re.compile(
    r"^(?:-m\s+(?:pip|setuptools|build|wheel|cython|numpy\.f2py|grpc_tools\.protoc|venv)\b"
    r"|-c\b|\S*setup\.py\b|\S*(?:build|install|configure|generate|gen|compile)\w*\.py\b)"
)
_INTERPRETERS_RE = re.compile(r"^(?:python|pypy|py)[\d.]*(?:\.exe)?$")
_INLINE = frozenset({"-c", "/c", "/k", "-command"})


def runs_program(argv: Sequence[str | None]) -> bool:
    """True when a command line (its words; None where not constant) names a program that
    is not a build tool: its first word, or the first word of a shell's inline command.
    A script of the source tree (`./configure`, `bash postBuild`, `tools\\build.bat`)
    and a program not known while reading are not such a program."""
    words = list(argv)
    while words:
        first = words[0]
        if first is None:
            return False
        prog = first.replace("\\", "/").rsplit("/", 1)[-1].lower()
        if "/" in first.replace("\\", "/") or first.startswith("."):
            return False  # a script shipped in the tree, or a tool found by its path
        if prog in ("sudo", "env", "nohup"):
            words = words[1:]
            continue
        if _INTERPRETERS_RE.match(prog):
            args = " ".join(w if w is not None else "X" for w in words[1:])
            return bool(args) and not args.startswith("X") and not _BUILD_ARGS_RE.match(args)
        if prog in SHELLS:
            rest = words[1:]
            if rest and rest[0] is not None and rest[0].lower() in _INLINE:
                words = [w for part in rest[1:] for w in (part.split() if part else [part])]
                continue
            return False  # a shell running a script file
        return not (prog.removesuffix(".exe") in BUILD_TOOLS or prog.endswith("-config"))
    return False


#: network, for a request at install time to a loopback address written in the call.
LOCAL_SERVICE: Severity = MEDIUM
