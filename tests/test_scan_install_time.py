"""Install-time code (setup.py, its command classes and helpers) and files the parser
cannot read: the facts that decide their severity, each with a benign look-alike.

Every sample is defanged: hosts under example.invalid, inert programs. Nothing is run:
the engine only parses these strings.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipwarden.findings import Severity
from pipwarden.scan.engine import FileContext, analyse_member
from pipwarden.scan.rules.install_hook import runs_program
from tests.support.builders import build_sdist

SETUP = "p-1/setup.py"


def found(source: str, name: str = SETUP, kind: str = "sdist") -> dict[str, str]:
    """rule -> highest severity label for one file."""
    out: dict[str, Severity] = {}
    for f in analyse_member(FileContext(name, kind, kind == "wheel"), source.encode()):
        out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return {rule: sev.label for rule, sev in out.items()}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["notepad"], True),
        (["calc.exe"], True),
        (["shutdown", "/s", "-t", "0"], True),
        (["touch", "/tmp/marker"], True),
        (["python", "-m", "pkg.payload"], True),  # the package's own module, at install
        (["cmd", "/c", "start", "x.png"], True),  # a shell's inline command is read
        (["powershell.exe", "-command", "calc"], True),  # the scanner's one list of shells
        (["ksh", "-c", "make all"], False),
        (["sudo", "apt-get", "install", "x"], True),
        (["git", "describe", "--tags"], False),
        (["make", "all"], False),
        (["python3", "-m", "pip", "install", "-r", "requirements.txt"], False),
        (["python", "setup.py", "sdist"], False),
        (["sh", "-c", "make all"], False),
        (["bash", "postBuild"], False),  # a shell running a script of the tree
        (["./configure"], False),
        (["..\\nmake-dll.bat"], False),
        (["gdal-config", "--libs"], False),
        (["color"], False),  # turns on ANSI colours in a Windows console
        ([None, "x"], False),  # not known while reading
        (["python", None], False),
    ],
)
def test_runs_program(argv: list[str | None], expected: bool) -> None:
    assert runs_program(argv) is expected


def test_setup_helper_called_at_module_level_runs_a_program() -> None:
    src = (
        "from setuptools import setup\n"
        "def prepare():\n    import os\n    os.system('notepad')\n"
        "prepare()\nsetup(name='x')\n"
    )
    assert found(src)["install-hook.run-program"] == "high"


def test_setup_helper_running_a_build_tool_is_only_noted() -> None:
    src = (
        "import subprocess\nfrom setuptools import setup\n"
        "def version():\n    return subprocess.check_output(['git', 'describe']).decode()\n"
        "setup(name='x', version=version())\n"
    )
    got = found(src)
    assert "install-hook.run-program" not in got
    assert got["install-hook.process"] == "medium"


def test_helper_that_is_never_called_at_install_is_not_install_time() -> None:
    src = (
        "import os\nfrom setuptools import setup\n"
        "def publish():\n    os.system('notepad')\n"
        "if __name__ == '__main__':\n    publish()\n"
        "setup(name='x')\n"
    )
    assert "install-hook.run-program" not in found(src)


@pytest.mark.parametrize("base", ["install", "develop", "egg_info"])
def test_install_command_override_runs_a_program(base: str) -> None:
    src = (
        f"from setuptools import setup\nfrom setuptools.command.{base} import {base}\n"
        "import subprocess\n"
        "def hook():\n    subprocess.Popen(['notepad'])\n"
        f"class C({base}):\n    def run(self):\n        {base}.run(self)\n        hook()\n"
        f"setup(name='x', cmdclass={{'{base}': C}})\n"
    )
    got = found(src)
    assert got["install-hook.run-program"] == "high"
    assert "install-hook.cmdclass" not in got


def test_build_command_running_a_compiler_stays_medium() -> None:
    src = (
        "from setuptools import setup\nfrom setuptools.command.build_ext import build_ext\n"
        "import subprocess\n"
        "class B(build_ext):\n    def run(self):\n"
        "        subprocess.check_call(['cmake', '--build', '.'])\n        build_ext.run(self)\n"
        "setup(name='x', cmdclass={'build_ext': B})\n"
    )
    got = found(src)
    assert got == {"install-hook.cmdclass": "medium"}


def test_module_that_is_not_setup_is_not_install_time() -> None:
    src = "import os\ndef f():\n    os.system('notepad')\n"
    assert "install-hook.run-program" not in found(src, "p-1/pkg/tools.py")


def test_endpoint_in_a_file_that_is_not_python_counts_as_contacted() -> None:
    # A syntax error neither Python 3 nor Python 2 accepts hides what the file does with
    # the address; the same address in a file that parses is only named.
    broken = "import requests\nH = 'https://discord.com/api/webhooks/1/x'\ndef f(:\n    pass\n"
    got = found(broken, "pkg/mod.py", "wheel")
    assert got["parse.not-parsed"] == "low"
    assert got["suspicious-endpoint.webhook"] == "high"
    fine = "import requests\nH = 'https://discord.com/api/webhooks/1/x'\ndef f():\n    pass\n"
    assert found(fine, "pkg/mod.py", "wheel")["suspicious-endpoint.webhook"] == "medium"
    # Python 2 sources are analysed, not judged by their bytes.
    py2 = "H = 'https://discord.com/api/webhooks/1/x'\nprint 'hello'\n"
    assert found(py2, "pkg/mod.py", "wheel").get("suspicious-endpoint.webhook") != "high"
    # A raw IP address keeps its declared (low) severity.
    raw = "H = 'http://203.0.114.9/x'\ndef f(:\n    pass\n"
    assert found(raw, "pkg/mod.py", "wheel").get("suspicious-endpoint.raw-ip") == "low"


@pytest.mark.parametrize(
    "path",
    [
        "os.path.expanduser('~/.inert')",
        "os.path.join(os.environ['HOME'], '.inert')",
        "os.path.join(os.getenv('USERPROFILE'), 'Desktop', 'inert.lnk')",
        "pathlib.Path.home() / '.inert'",
    ],
)
def test_setup_py_writing_into_the_home_folder(path: str) -> None:
    src = (
        "import os, pathlib\nfrom setuptools import setup\n"
        "from setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n        install.run(self)\n"
        f"        with open({path}, 'w') as f:\n            f.write('inert')\n"
        "setup(name='x', cmdclass={'install': I})\n"
    )
    assert found(src)["install-hook.user-files"] == "high"


def test_reading_the_home_folder_or_writing_the_tree_is_not_a_user_file_write() -> None:
    src = (
        "import os\nfrom setuptools import setup\n"
        "cfg = open(os.path.expanduser('~/.inertrc')).read()\n"
        "with open(os.path.join(os.path.dirname(__file__), 'pkg', '_version.py'), 'w') as f:\n"
        "    f.write('v = 1')\n"
        "setup(name='x')\n"
    )
    assert "install-hook.user-files" not in found(src)


def test_helper_module_writes_home_only_when_its_module_level_does() -> None:
    # A package that setup.py imports (for its version) and that keeps a cache under the
    # home folder in a function: the function does not run at install.
    lazy = (
        "import os\n__version__ = '1.0'\n"
        "def save(data):\n"
        "    with open(os.path.expanduser('~/.cache/inert'), 'w') as f:\n"
        "        f.write(data)\n"
    )
    ctx = FileContext("p-1/pkg/__init__.py", "sdist", False, setup_helper=True)
    rules = {f.rule for f in analyse_member(ctx, lazy.encode())}
    assert "install-hook.user-files" not in rules
    eager = lazy + "with open(os.path.expanduser('~/.inert'), 'w') as f:\n    f.write('x')\n"
    rules = {f.rule for f in analyse_member(ctx, eager.encode())}
    assert "install-hook.user-files" in rules


def test_eval_of_a_module_function_name_is_that_function() -> None:
    src = (
        "import os, base64\n"
        "run = eval('o' + 's.sy' + 'stem')\n"
        "run(base64.b64decode('ZWNobyBpbmVydA==').decode())\n"
        "setup(name='x')\n"
    )
    got = found(src)
    assert got["obfuscation.hidden-name"] == "high"
    assert got["obfuscation.exec-decoded"] == "critical"
    # eval of an arithmetic expression, or of a name that is no module's function, is not.
    plain = "import os\nn = eval('1 + 2')\nm = eval('os.sep')\n"
    assert "obfuscation.hidden-name" not in found(plain, "pkg/mod.py", "wheel")


def test_archive_disguised_as_bytecode_is_read_past_an_empty_entry() -> None:
    # A zip named like a cached .pyc, loaded with zipimport: its first entry is empty
    # (an empty __main__.py), which must not end the walk over its entries.
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("__main__.py", "")
        z.writestr("helpers.py", "print('inert sample')\n")
    got = {
        f.rule: f.severity.label
        for f in analyse_member(
            FileContext("pkg/__pycache__/connection.pyc", "wheel", True), buf.getvalue()
        )
    }
    assert got == {"obfuscation.hidden-archive": "high"}


def test_install_command_registered_indirectly_is_judged() -> None:
    body = (
        "from setuptools import setup\nfrom setuptools.command.install import install\n"
        "import subprocess\n"
        "class Post(install):\n    def run(self):\n        install.run(self)\n"
        "        subprocess.Popen(['notepad'])\n"
        "def commands():\n    return {'install': Post}\n"
    )
    got = found(body + "setup(name='x', cmdclass=commands())\n")
    assert got["install-hook.run-program"] == "high"
    # A command class that builds and nothing else, registered so, says nothing.
    quiet = body.replace("subprocess.Popen(['notepad'])", "subprocess.check_call(['make'])")
    assert found(quiet + "setup(name='x', cmdclass=commands())\n") == {}


def test_setup_py_opening_a_browser_runs_a_program() -> None:
    src = (
        "import webbrowser\nfrom setuptools import setup\n"
        "webbrowser.open_new_tab('https://example.invalid/notice')\nsetup(name='x')\n"
    )
    assert found(src)["install-hook.run-program"] == "high"
    # A package function that opens the browser when its user asks is not install-time.
    lib = "import webbrowser\ndef docs():\n    webbrowser.open('https://example.invalid/')\n"
    assert "install-hook.run-program" not in found(lib, "p-1/pkg/help.py")


def test_a_module_an_install_command_calls_is_analysed_once_in_that_context(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The install closure's analysis of a followed module is the one the target keeps:
    the module is not analysed a second time in the same install context."""
    import pipwarden.scan as scan

    setup = (
        "from setuptools import setup\n"
        "from setuptools.command.install import install\n"
        "from mypkg.hooks import post\n"
        "class Install(install):\n"
        "    def run(self):\n"
        "        install.run(self)\n"
        "        post()\n"
        "setup(name='p', cmdclass={'install': Install})\n"
    )
    hooks = "import os\ndef post():\n    os.system('touch /tmp/marker')\n"
    name, data = build_sdist(
        "p", "1", {"mypkg/__init__.py": "", "mypkg/hooks.py": hooks}, [], setup
    )
    (tmp_path / name).write_bytes(data)
    seen: list[FileContext] = []
    real = scan.analyse_member

    def analyse(ctx: FileContext, source: bytes, facts: object = None) -> object:
        seen.append(ctx)
        return real(ctx, source, facts)  # type: ignore[arg-type]

    monkeypatch.setattr(scan, "analyse_member", analyse)
    result = scan.scan_target(tmp_path / name)
    followed = [c for c in seen if c.name == "p-1/mypkg/hooks.py" and c.install_entry]
    assert [c.entry for c in followed] == [frozenset({"post"})]
    at_install = [f for f in result.findings if f.file == "p-1/mypkg/hooks.py"]
    assert at_install and max(f.severity for f in at_install) >= Severity.HIGH
