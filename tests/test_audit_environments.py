"""Installed environments: everything importlib.metadata reads, read without importing."""

from __future__ import annotations

import importlib.metadata
import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path
from typing import Any

import pytest

from pipwarden.audit import osv, sources
from pipwarden.audit.sources import SourceError
from pipwarden.installed import inventory
from tests.support.osvdata import standard, write_zip

#: A module that fails loudly if anything imports it.
BOOBY_TRAP = "raise SystemExit('imported!')\n"


def meta(name: str, version: str) -> str:
    return f"Metadata-Version: 2.1\nName: {name}\nVersion: {version}\n\nlong description\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def debian_site(root: Path) -> tuple[Path, list[Path]]:
    """A dist-packages folder with every kind of distribution; also the extra sys.path entries
    its .pth files add (what importlib.metadata is given as the path)."""
    site = root / "dist-packages"
    write(site / "wt_wheel-1.0.dist-info" / "METADATA", meta("wt-wheel", "1.0"))
    write(site / "wt_wheel" / "__init__.py", BOOBY_TRAP)
    # Debian's python3-* packages: .egg-info folders and single .egg-info files
    write(site / "requests-2.30.0.egg-info" / "PKG-INFO", meta("requests", "2.30.0"))
    write(site / "requests" / "__init__.py", BOOBY_TRAP)
    write(site / "Pygments-2.3.1.egg-info", meta("Pygments", "2.3.1"))
    # an egg-info whose PKG-INFO lacks the version (importlib.metadata has None too)
    write(
        site / "wt_noversion-3.1.egg-info" / "PKG-INFO",
        "Metadata-Version: 1.0\nName: wt-noversion\n",
    )
    # eggs: a folder and a zip, listed in easy-install.pth as setuptools does
    write(site / "wt_eggdir-0.5-py3.11.egg" / "EGG-INFO" / "PKG-INFO", meta("wt-eggdir", "0.5"))
    write(site / "wt_eggdir-0.5-py3.11.egg" / "wt_eggdir.py", BOOBY_TRAP)
    elsewhere = root / "eggs"
    elsewhere.mkdir()
    with zipfile.ZipFile(elsewhere / "wt_eggzip-2.0-py3.11.egg", "w") as zf:
        zf.writestr("EGG-INFO/PKG-INFO", meta("wt-eggzip", "2.0"))
        zf.writestr("wt_eggzip/__init__.py", BOOBY_TRAP)
    # a legacy `setup.py develop` folder holding an .egg-info, named by a .pth line
    src = root / "src"
    write(src / "wt_develop.egg-info" / "PKG-INFO", meta("wt-develop", "0.1.dev0"))
    marker = root / "pth-ran"
    write(
        site / "easy-install.pth",
        f"./wt_eggdir-0.5-py3.11.egg\n{elsewhere / 'wt_eggzip-2.0-py3.11.egg'}\n{src}\n"
        f"import pathlib; pathlib.Path({str(marker)!r}).write_text('ran')\n",
    )
    extra = [site / "wt_eggdir-0.5-py3.11.egg", elsewhere / "wt_eggzip-2.0-py3.11.egg", src]
    return site, extra


def test_every_kind_importlib_metadata_reads(tmp_path: Path) -> None:
    site, extra = debian_site(tmp_path)
    found = inventory([site])
    ours = sorted((d.name, d.version) for d in found.distributions)
    reference = sorted(
        (d.metadata["Name"] or d.name, d.version)
        for d in importlib.metadata.distributions(path=[str(p) for p in [site, *extra]])
    )
    assert ours == reference
    assert len(ours) == 7
    assert found.summary() == "7 distributions (1 .dist-info, 4 .egg-info, 2 .egg)"
    assert not (tmp_path / "pth-ran").exists()  # .pth lines are read, never run


def test_requirements_read_as_importlib_metadata_reads_them(tmp_path: Path) -> None:
    site, extra = debian_site(tmp_path)
    write(
        site / "wt_wheel-1.0.dist-info" / "METADATA",
        "Metadata-Version: 2.1\nName: wt-wheel\nVersion: 1.0\nRequires-Dist: idna>=2\n"
        'Requires-Dist: rich; extra == "cli"\n\ndescription\n',
    )
    write(
        site / "requests-2.30.0.egg-info" / "requires.txt",
        "charset_normalizer<4,>=2\nidna<4\n\n[socks]\nPySocks!=1.5.7\n\n"
        '[:python_version < "3.8"]\nimportlib-metadata\n',
    )
    write(site / "wt_eggdir-0.5-py3.11.egg" / "EGG-INFO" / "requires.txt", "six\n")
    ours = {d.name: d.requires for d in inventory([site]).distributions}
    reference = {
        d.metadata["Name"]: tuple(d.requires or ())
        for d in importlib.metadata.distributions(path=[str(p) for p in [site, *extra]])
    }
    assert ours == reference
    assert ours["requests"][2:] == (
        'PySocks!=1.5.7; extra == "socks"',
        'importlib-metadata; python_version < "3.8"',
    )
    assert ours["wt-eggdir"] == ("six",)


def test_the_install_plan_reads_the_same_distributions(tmp_path: Path) -> None:
    from pipwarden.environment import Target
    from pipwarden.installed import present

    root = tmp_path / "venv"
    debian_site(root / "lib" / "python3.11")
    write(root / "pyvenv.cfg", "include-system-site-packages = false\n")
    found = present(Target(python=root / "bin" / "python", venv=root))
    assert {(p.name, p.version) for p in found.values()} == {
        ("wt-wheel", "1.0"),
        ("requests", "2.30.0"),
        ("Pygments", "2.3.1"),
        ("wt-eggdir", "0.5"),
        ("wt-eggzip", "2.0"),
        ("wt-develop", "0.1.dev0"),
    }  # the one without a version is not a distribution pip would see as installed
    assert set(found) == {
        "wt-wheel",
        "requests",
        "pygments",
        "wt-eggdir",
        "wt-eggzip",
        "wt-develop",
    }
    assert not (tmp_path / "venv" / "lib" / "pth-ran").exists()


def test_audit_path_reports_the_count_and_the_egg_info(tmp_path: Path, run_cli: Any) -> None:
    osv.update(str(write_zip(tmp_path / "osv.zip", standard())))
    site, _ = debian_site(tmp_path)
    res = run_cli("audit", "--path", str(site), "--format", "json", "--fail-on", "low")
    assert res.exit_code == 1  # requests 2.30.0, read from an .egg-info folder
    data = json.loads(res.stdout)
    names = {d["name"]: d for d in data["dependencies"]}
    assert [v["id"] for v in names["requests"]["vulns"]] == ["PYSEC-2023-74"]
    assert {"Pygments", "wt-eggzip", "wt-eggdir", "wt-develop"} <= set(names)
    assert "found 7 distributions (1 .dist-info, 4 .egg-info, 2 .egg)" in res.stderr


def test_unreadable_metadata_is_listed_not_dropped(tmp_path: Path) -> None:
    site = tmp_path / "site-packages"
    write(site / "ok-1.0.dist-info" / "METADATA", meta("ok", "1.0"))
    (site / "broken-1.0.dist-info").mkdir()  # no METADATA
    (site / "wt_bad-1.0-py3.egg").write_bytes(b"not a zip")
    write(site / "anon.egg-info", "Metadata-Version: 1.0\n")  # no name anywhere
    (site / "loop-1.0.egg-info").symlink_to(site / "loop-1.0.egg-info")  # a symlink loop
    write(site / "odd.pth", "loop-1.0.egg-info\n\x00\n/no/such/folder\n" + "x" * 5000 + "\n")
    deps = {d.name: d for d in sources.read_environment(site).dependencies}
    assert deps["ok"].version == "1.0" and deps["ok"].skip is None
    assert "unreadable metadata" in (deps["broken"].skip or "")
    assert "unreadable metadata" in (deps["wt_bad"].skip or "")
    assert deps["anon"].skip == "metadata without Name: not auditable"
    assert "unreadable metadata" in (deps["loop"].skip or "")
    assert len(deps) == 5


def test_vcs_installs_name_their_commit(tmp_path: Path) -> None:
    site = tmp_path / "lib" / "python3.11" / "site-packages"
    info = site / "mine-0.1.dist-info"
    write(info / "METADATA", meta("mine", "0.1"))
    direct = {
        "url": "https://example.invalid/m.git",
        "vcs_info": {"vcs": "git", "commit_id": "c0ffee"},
    }
    write(info / "direct_url.json", json.dumps(direct))
    write(tmp_path / "pyvenv.cfg", "home = /usr/bin\ninclude-system-site-packages = true\n")
    loaded = sources.read_environment(tmp_path)
    (dep,) = loaded.dependencies
    assert dep.skip == (
        "installed from git https://example.invalid/m.git at commit c0ffee: not matched against "
        "advisories"
    )
    assert any("also sees the system site-packages" in n for n in loaded.notes)
    with pytest.raises(SourceError, match="no site-packages"):
        sources.read_environment(tmp_path / "lib")


def test_python_option_reads_another_interpreter_without_running_its_pth(
    tmp_path: Path, run_cli: Any
) -> None:
    # A venv that also sees the system site-packages: its interpreter must be asked
    # (-I -S) where those are; a .pth file in the venv would leave a marker if it ran.
    env = tmp_path / "env"
    venv.EnvBuilder(with_pip=False, system_site_packages=True, symlinks=True).create(env)
    (site,) = env.glob("lib/python*/site-packages")
    write(site / "wt_target-4.2.dist-info" / "METADATA", meta("wt-target", "4.2"))
    marker = tmp_path / "pth-ran"
    write(site / "wt_evil.pth", f"import pathlib; pathlib.Path({str(marker)!r}).write_text('x')\n")
    loaded = sources.read_interpreter(str(env / "bin" / "python"))
    names = {d.key for d in loaded.dependencies}
    assert "wt-target" in names
    base = subprocess.run(
        [sys.executable, "-I", "-S", "-c", "import site,sys;print(site.getsitepackages([sys.base_prefix])[0])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    assert any(str(Path(base).resolve()) in n for n in loaded.notes)
    assert not marker.exists()
    osv.update(str(write_zip(tmp_path / "osv.zip", standard())))
    res = run_cli("audit", "-p", str(env), "--format", "json")
    assert res.exit_code in (0, 1) and "wt-target" in res.stdout
    assert "found" in res.stderr and "distributions" in res.stderr
    res = run_cli("audit", "-p", str(tmp_path / "absent"))
    assert res.exit_code == 2 and "no such environment" in res.stderr
