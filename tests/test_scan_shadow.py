"""archive.shadows-package on import names unlike their project's (bs4, yaml, PIL), and
scripts/import_names.py, which reads those names from wheels' central directories."""

from __future__ import annotations

import importlib.util
import io
import zipfile
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import httpx
import pytest

from pipwarden.errors import PipwardenError
from pipwarden.scan import scan_target, shadow
from tests.support.builders import build_sdist, build_wheel

RULE = "archive.shadows-package"
ROOT = Path(__file__).resolve().parent.parent


def shadows(tmp_path: Path, built: tuple[str, bytes]) -> list[str]:
    """The messages of the artifact's shadowing findings."""
    filename, data = built
    path = tmp_path / filename
    path.write_bytes(data)
    return [f.message for f in scan_target(path).findings if f.rule == RULE]


def test_a_wheel_shipping_yaml_under_another_name_shadows_pyyaml(tmp_path: Path) -> None:
    built = build_wheel(
        "fastyaml",
        "1.0",
        {"fastyaml/__init__.py": "", "yaml/__init__.py": "def load(s):\n    return s\n"},
    )
    found = shadows(tmp_path, built)
    assert len(found) == 1
    assert "'yaml', the import name of the popular project pyyaml" in found[0]


def test_an_sdist_shipping_bs4_in_src_shadows_beautifulsoup4(tmp_path: Path) -> None:
    built = build_sdist(
        "soupkit",
        "1.0",
        {"src/soupkit/__init__.py": "", "src/bs4/__init__.py": "class BeautifulSoup: ...\n"},
    )
    assert any("popular project beautifulsoup4" in m for m in shadows(tmp_path, built))


def test_the_real_project_and_a_fork_named_like_it_do_not_shadow(tmp_path: Path) -> None:
    real = build_wheel("PyYAML", "6.0", {"yaml/__init__.py": "", "_yaml/__init__.py": ""})
    fork = build_wheel("pillow-simd", "9.0", {"PIL/__init__.py": "", "PIL/Image.py": ""})
    named = build_sdist("jwt", "1.4", {"jwt/__init__.py": ""})  # a project named like its package
    assert shadows(tmp_path, real) == []
    assert shadows(tmp_path, fork) == []
    assert shadows(tmp_path, named) == []
    other = build_wheel("imagekit-lite", "1.0", {"PIL/__init__.py": ""})
    assert any("popular project pillow" in m for m in shadows(tmp_path, other))


def test_namespaces_stubs_and_sub_packages_do_not_shadow(tmp_path: Path) -> None:
    pep420 = build_wheel("cloudtool", "1.0", {"google/cloudtool/__init__.py": ""})
    pkgutil = build_wheel(
        "cloudtool2",
        "1.0",
        {
            "google/__init__.py": "__path__ = __import__('pkgutil').extend_path(__path__, __name__)\n",
            "google/cloudtool2/__init__.py": "",
        },
    )
    stubs = build_wheel("types-fastyaml", "1.0", {"yaml-stubs/__init__.pyi": "def load(s): ...\n"})
    vendored = build_wheel(
        "fastyaml", "1.0", {"fastyaml/__init__.py": "", "fastyaml/_vendor/yaml/__init__.py": ""}
    )
    tests = build_sdist(
        "fastyaml", "1.0", {"fastyaml/__init__.py": "", "tests/yaml/__init__.py": ""}
    )
    for built in (pep420, pkgutil, stubs, vendored, tests):
        assert shadows(tmp_path, built) == [], built[0]


def test_the_shipped_table_names_import_names_not_namespaces() -> None:
    names = shadow.import_names()
    ranks = shadow.popular()
    assert names["bs4"] == ("beautifulsoup4",) and names["pil"] == ("pillow",)
    assert "google" not in names and "azure" not in names  # shared namespaces
    assert all(owners and all(p in ranks for p in owners) for owners in names.values())


@pytest.mark.parametrize(
    ("table", "text", "load", "match"),
    [
        ("top-pypi-packages.json", "{not json", shadow.popular, "popular-names feed"),
        ("import-names.json", '{"import_names": [1]}', shadow.import_names, "import-names table"),
    ],
)
def test_an_unreadable_shipped_table_fails_the_shadowing_check_closed(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    table: str,
    text: str,
    load: Callable[[], object],
    match: str,
) -> None:
    """archive.shadows-package compares against the shipped feed and import-names table:
    one that does not read is an error, never a check silently switched off."""
    shipped = shadow.resources.files("pipwarden.names") / "data"
    (tmp_path / "data").mkdir()
    for name in ("top-pypi-packages.json", "import-names.json"):
        (tmp_path / "data" / name).write_bytes((shipped / name).read_bytes())
    (tmp_path / "data" / table).write_text(text, encoding="utf-8")
    monkeypatch.setattr(shadow.resources, "files", lambda package: tmp_path)
    shadow.popular.cache_clear()
    shadow.import_names.cache_clear()
    try:
        with pytest.raises(PipwardenError, match=match):
            load()
    finally:
        monkeypatch.undo()
        shadow.popular.cache_clear()
        shadow.import_names.cache_clear()
    assert shadow.popular()["requests"] <= shadow.POPULAR_RANK
    assert shadow.import_names()["yaml"] == ("pyyaml",)


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("import_names", ROOT / "scripts/import_names.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_script_reads_top_level_names_from_a_central_directory_by_ranges() -> None:
    """scripts/import_names.py on a wheel served by a local transport that answers only
    byte ranges: packages and modules, not namespaces, stubs, metadata or tests."""
    _, wheel = build_wheel(
        "demo",
        "1.0",
        {
            "demo_pkg/__init__.py": "X = 1\n",
            "demo_pkg/_vendor/yaml/__init__.py": "",
            "demo_mod.py": "",
            "_demo_ext.cpython-312-x86_64-linux-gnu.so": b"\x7fELF",
            "nsold/__init__.py": "__import__('pkg_resources').declare_namespace(__name__)\n",
            "nsold/part/__init__.py": "",
            "nsnew/part/__init__.py": "",
            "demo-stubs/__init__.pyi": "",
            "tests/__init__.py": "",
        },
    )
    # Pad the archive so its central directory is not inside the first range read.
    padded = io.BytesIO(wheel)
    with zipfile.ZipFile(padded, "a") as zf:
        zf.writestr("demo_pkg/blob.bin", bytes(range(256)) * 400, zipfile.ZIP_STORED)
    data = padded.getvalue()
    asked: list[str] = []

    def serve(request: httpx.Request) -> httpx.Response:
        first, _, last = request.headers["Range"].removeprefix("bytes=").partition("-")
        asked.append(request.headers["Range"])
        return httpx.Response(206, content=data[int(first) : int(last) + 1])

    script = _script()
    with httpx.Client(transport=httpx.MockTransport(serve)) as client:
        names, namespaces = script.import_names(client, "http://127.0.0.1/demo.whl", len(data))
    assert names == {"demo_pkg", "demo_mod", "_demo_ext"}
    assert namespaces == {"nsold", "nsnew"}
    assert sum(int(r.split("-")[1]) - int(r[6:].split("-")[0]) + 1 for r in asked) < len(data)
