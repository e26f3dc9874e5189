"""Distributions that hold a name and nothing else, and metadata about dependency confusion.

A dependency-confusion probe is a private package's name on the public index with
nothing inside: an empty module, a setup.py that prints or raises. Its own code is
harmless, its presence is the attack. These tests build such archives (and the benign
shapes that look like them: meta-packages, data packages, tiny modules) and only read
them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipwarden.findings import Severity, finding_from_json
from pipwarden.scan import scan_target
from pipwarden.scan.placeholder import declares_confusion
from tests.support.builders import build_sdist, build_wheel

EMPTY = "placeholder.empty"
DECLARED = "placeholder.confusion-declared"


def _write(tmp_path: Path, built: tuple[str, bytes]) -> Path:
    path = tmp_path / built[0]
    path.write_bytes(built[1])
    return path


def _rules(path: Path) -> set[str]:
    return {f.rule for f in scan_target(path).findings}


def test_an_empty_sdist_that_only_prints_at_install_is_a_name_holder(tmp_path: Path) -> None:
    setup = "from setuptools import setup\nprint('hello from the probe')\nsetup(name='corp-sdk')\n"
    path = _write(
        tmp_path, build_sdist("corp-sdk", "99.0.0", {"corp_sdk/__init__.py": ""}, setup_py=setup)
    )
    result = scan_target(path)
    found = [f for f in result.findings if f.rule == EMPTY]
    assert len(found) == 1
    assert found[0].severity is Severity.HIGH
    assert found[0].file == "corp_sdk-99.0.0/PKG-INFO"
    assert "holds a name" in found[0].message
    assert result.verdict == "suspicious"


def test_an_empty_wheel_is_a_name_holder(tmp_path: Path) -> None:
    files = {"corp_sdk/__init__.py": "\n# nothing here\n\n"}
    path = _write(tmp_path, build_wheel("corp-sdk", "1.0", files))
    assert EMPTY in _rules(path)


@pytest.mark.parametrize(
    "files",
    [
        {"corp_sdk/__init__.py": "__version__ = '1.0'\n"},  # one statement
        {"corp_sdk/__init__.py": '"""Docs only."""\n'},  # a docstring is a statement
        {"corp_sdk/_native.so": b"\x7fELF" + bytes(60)},  # a native library
        {"corp_sdk/types.pyi": "def f() -> int: ...\n"},  # a stub package
        {"corp_sdk/words.txt": "w\n" * 2000},  # a data package
        {"corp_sdk-1.0.data/scripts/corp": "#!/bin/sh\necho hi\n"},  # a script
    ],
    ids=["statement", "docstring", "native", "stubs", "data", "script"],
)
def test_a_wheel_with_any_content_is_not(tmp_path: Path, files: dict[str, str | bytes]) -> None:
    path = _write(tmp_path, build_wheel("corp-sdk", "1.0", files))
    assert EMPTY not in _rules(path)


def test_a_meta_package_is_not(tmp_path: Path) -> None:
    path = _write(tmp_path, build_wheel("suite", "1.0", {}, requires=["requests"]))
    assert EMPTY not in _rules(path)


@pytest.mark.parametrize(
    ("member", "text"),
    [
        ("setup.py", "from setuptools import setup\nsetup(install_requires=DEPS)\n"),
        ("setup.cfg", "[options]\ninstall_requires =\n    requests\n    click\n"),
        ("setup.cfg", "[options]\ninstall_requires = requests\n"),
        ("pyproject.toml", '[project]\nname = "suite"\ndependencies = ["requests"]\n'),
        ("pyproject.toml", '[project]\nname = "suite"\ndynamic = ["version", "dependencies"]\n'),
        ("suite.egg-info/requires.txt", "requests\n"),
    ],
    ids=["setup.py", "setup.cfg list", "setup.cfg line", "pyproject", "dynamic", "requires.txt"],
)
def test_an_sdist_whose_dependencies_only_its_build_files_state_is_not(
    tmp_path: Path, member: str, text: str
) -> None:
    path = _write(tmp_path, build_sdist("suite", "1.0", {member: text, "suite/__init__.py": ""}))
    assert EMPTY not in _rules(path)


@pytest.mark.parametrize(
    ("member", "text"),
    [
        ("setup.py", "from setuptools import setup\nsetup(install_requires=[])\n"),
        ("setup.cfg", "[options]\ninstall_requires =\n"),
        ("pyproject.toml", '[project]\nname = "corp"\ndependencies = []\n'),
        ("corp.egg-info/requires.txt", "\n"),
    ],
    ids=["setup.py", "setup.cfg", "pyproject", "requires.txt"],
)
def test_an_empty_dependency_list_is_no_dependency(tmp_path: Path, member: str, text: str) -> None:
    path = _write(tmp_path, build_sdist("corp", "1.0", {member: text, "corp/__init__.py": ""}))
    assert EMPTY in _rules(path)


def test_packaging_files_and_documents_are_not_content(tmp_path: Path) -> None:
    files = {
        "README.md": "# corp\n" + "words " * 2000,
        "LICENSE": "MIT " * 500,
        "corp/__init__.py": "",
        "corp.egg-info/PKG-INFO": "Metadata-Version: 2.1\nName: corp\n" + "x" * 4000,
        "corp.egg-info/SOURCES.txt": "corp/__init__.py\n" * 300,
    }
    path = _write(tmp_path, build_sdist("corp", "1.0", files))
    assert EMPTY in _rules(path)


def test_a_folder_or_loose_file_is_never_judged_a_name_holder(tmp_path: Path) -> None:
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "PKG-INFO").write_text("Metadata-Version: 2.1\nName: corp\n")
    (tmp_path / "proj" / "__init__.py").write_text("")
    assert EMPTY not in _rules(tmp_path / "proj")


@pytest.mark.parametrize(
    "text",
    [
        b"Summary: PoC for dependency confusion\n",
        b"Summary: x\n\nThis is a stub package intended to mitigate the risks of "
        b"dependency-confusion. It holds a once-popular name.\n",
        b"Summary: Dependency_Confusion research package by a bug bounty hunter\n",
    ],
)
def test_metadata_about_being_a_confusion_package_is_declared(text: bytes) -> None:
    said = declares_confusion(b"Metadata-Version: 2.1\nName: x\n" + text)
    assert said is not None
    assert "onfusion" in said


@pytest.mark.parametrize(
    "text",
    [
        b"Summary: Detect dependency confusion in your requirements\n",
        b"Summary: A scanner.\n\nIt finds packages open to dependency confusion.\n",
        b"Summary: an HTTP client\n\nNothing about dependencies here; confusion elsewhere.\n",
    ],
)
def test_metadata_about_finding_confusion_is_not(text: bytes) -> None:
    assert declares_confusion(b"Metadata-Version: 2.1\nName: x\n" + text) is None


def test_the_declaration_fires_on_a_package_with_code(tmp_path: Path) -> None:
    files = {"corp/__init__.py": "def ping():\n    return 'example.invalid'\n"}
    name, data = build_wheel(
        "corp", "1.0", files, metadata_extra={"Summary": "Proof of concept of dependency confusion"}
    )
    path = _write(tmp_path, (name, data))
    result = scan_target(path)
    found = [f for f in result.findings if f.rule == DECLARED]
    assert len(found) == 1
    assert found[0].file == "corp-1.0.dist-info/METADATA"
    assert "Proof of concept" in found[0].evidence
    assert EMPTY not in {f.rule for f in result.findings}
    assert result.verdict == "suspicious"


def test_a_long_description_that_discusses_the_attack_is_not_read() -> None:
    body = (
        b"A supply-chain guard. " * 200 + b"It blocks what a dependency confusion upload picks.\n"
    )
    meta = b"Metadata-Version: 2.1\nName: guard\nSummary: a guard\n\n" + body
    assert declares_confusion(meta) is None
    # ... while a summary that says it still counts, however long the description.
    meta = b"Metadata-Version: 2.1\nName: x\nSummary: PoC: dependency confusion demo\n\n" + body
    assert declares_confusion(meta) == "PoC: dependency confusion demo"


INSTALL_ONLY = "placeholder.install-only"
TINY = {"corp/__init__.py": "def ping():\n    return 1\n"}


@pytest.mark.parametrize(
    "setup",
    [
        # a process at module level of setup.py (a probe's `dir` or `whoami`)
        "import os\nfrom setuptools import setup\nos.system('dir')\nsetup(name='corp')\n",
        # an overridden install command that only prints
        "from setuptools import setup\nfrom setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n        print('hi')\n        install.run(self)\n"
        "setup(name='corp', cmdclass={'install': I})\n",
        # a script the sdist does not ship, run at install
        "import subprocess\nfrom setuptools import setup\nsubprocess.call('./script.sh')\n"
        "setup(name='corp')\n",
    ],
    ids=["process", "cmdclass", "unshipped-script"],
)
def test_a_tiny_sdist_whose_install_runs_custom_code(tmp_path: Path, setup: str) -> None:
    path = _write(tmp_path, build_sdist("corp", "1.0", dict(TINY), setup_py=setup))
    result = scan_target(path)
    found = [f for f in result.findings if f.rule == INSTALL_ONLY]
    assert len(found) == 1, [f.rule for f in result.findings]
    assert "install-hook." in found[0].message
    assert found[0].file == "corp-1.0/PKG-INFO"
    assert result.verdict in ("suspicious", "malicious")


def test_a_tiny_sdist_with_a_plain_setup_py_is_not(tmp_path: Path) -> None:
    setup = "from setuptools import setup\nsetup(name='corp', packages=['corp'])\n"
    path = _write(tmp_path, build_sdist("corp", "1.0", dict(TINY), setup_py=setup))
    assert INSTALL_ONLY not in _rules(path)


def test_custom_install_code_in_front_of_a_library_is_not(tmp_path: Path) -> None:
    setup = "import os\nfrom setuptools import setup\nos.system('make -C native')\nsetup()\n"
    library = "".join(f"def f{i}(x):\n    return x * {i} + {i * 7}\n" for i in range(40))
    files = {"corp/__init__.py": library}
    path = _write(tmp_path, build_sdist("corp", "1.0", files, setup_py=setup))
    rules = _rules(path)
    assert "install-hook.process" in rules  # the install step is still reported
    assert INSTALL_ONLY not in rules


def test_comments_and_blank_lines_are_not_code(tmp_path: Path) -> None:
    setup = "import os\nfrom setuptools import setup\nos.system('dir')\nsetup(name='corp')\n"
    padded = "# " + "x" * 3000 + "\n\n\n" + "def ping():\n    return 1\n"
    files = {"corp/__init__.py": padded}
    path = _write(tmp_path, build_sdist("corp", "1.0", files, setup_py=setup))
    assert INSTALL_ONLY in _rules(path)


def test_a_build_command_override_in_a_tiny_extension_is_not(tmp_path: Path) -> None:
    setup = (
        "from setuptools import setup, Extension\n"
        "from setuptools.command.build_ext import build_ext\n"
        "class B(build_ext):\n    def build_extensions(self):\n"
        "        for e in self.extensions:\n            e.extra_compile_args = ['-O3']\n"
        "        build_ext.build_extensions(self)\n"
        "setup(name='corp', ext_modules=[Extension('corp._c', ['src/c.c'])],"
        " cmdclass={'build_ext': B})\n"
    )
    files = {"corp/__init__.py": "from ._c import f\n", "src/c.c": "int f(void){return 1;}\n"}
    result = scan_target(_write(tmp_path, build_sdist("corp", "1.0", files, setup_py=setup)))
    rules = {f.rule for f in result.findings}
    assert "install-hook.cmdclass" in rules
    assert INSTALL_ONLY not in rules
    # what is overridden is structured data on the finding, kept through JSON (the cache)
    (override,) = [f for f in result.findings if f.rule == "install-hook.cmdclass"]
    assert override.details == {"commands": ["build_ext"]}
    assert finding_from_json(override.to_json()).details == override.details
