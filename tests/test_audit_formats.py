"""What `audit` reads from files: pip's requirement grammar, exactly, and every lock and
manifest format, in the shapes the tools that write them produce."""

from __future__ import annotations

import codecs
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from packaging.requirements import InvalidRequirement, Requirement
from pip._internal.req.req_file import preprocess

from pipwarden.audit import sources
from pipwarden.audit.dependency import pin_of
from pipwarden.errors import PipwardenError
from pipwarden.request import is_archive, read_request, requirement_lines


def write(path: Path, text: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def pins(deps: list[sources.Dependency]) -> dict[str, str | None]:
    return {d.key: d.version for d in deps}


# ---------------------------------------------------------------- pip's grammar


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab#= \\\n\t1", max_size=40))
def test_logical_lines_are_pips_own(text: str) -> None:
    # The reference is pip's own preprocess (join lines, strip comments).
    ours = [(n, line) for n, _, line in requirement_lines(text)]
    assert ours == list(preprocess(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # pip's TestPreprocess cases: a comment ending in "\" joins nothing ...
        ("wt-a==1 \\\n# comment \\\nwt-b==2\n", {"wt-a": "1", "wt-b": "2"}),
        # ... "req\" followed by a comment line gives req
        ("wt-a==1\\\n# comment\n", {"wt-a": "1"}),
        ("wt-a==1 \\\n# comment\nwt-b==2\n", {"wt-a": "1", "wt-b": "2"}),
        # a comment that ends in "\" after a requirement swallows the next line
        ("wt-a==1 # note \\\nwt-b==2\nwt-c==3\n", {"wt-a": "1", "wt-c": "3"}),
        # trailing backslashes are stripped, however many (pip's line.strip("\\"))
        ("wt-a==1\\\\\n\n", {"wt-a": "1"}),
    ],
)
def test_line_joining_in_audit_and_gate_alike(
    tmp_path: Path, text: str, expected: dict[str, str]
) -> None:
    req = write(tmp_path / "requirements.txt", text)
    assert pins(sources.read(req)) == expected
    gate = read_request(requirement_files=(str(req),))
    assert {
        i.name: str(i.requirement.specifier)[2:] for i in gate.items if i.requirement
    } == expected


@pytest.mark.parametrize(
    "data",
    [
        codecs.BOM_UTF8 + "wt-a==1 # é\n".encode(),
        codecs.BOM_UTF16_LE + "wt-a==1\r\n".encode("utf-16-le"),  # PowerShell's pip freeze >
        codecs.BOM_UTF16_BE + "wt-a==1\n".encode("utf-16-be"),
        "# -*- coding: latin-1 -*-\nwt-a==1 # caf\xe9\n".encode("latin-1"),
    ],
)
def test_encodings_as_pip_reads_them(tmp_path: Path, data: bytes) -> None:
    assert pins(sources.read(write(tmp_path / "requirements.txt", data))) == {"wt-a": "1"}


def test_wheels_urls_and_sdists_name_what_pip_would_install(tmp_path: Path) -> None:
    req = write(
        tmp_path / "requirements.txt",
        "./dist/wt_local-1.2-py3-none-any.whl\n"
        "https://example.invalid/files/wt_remote-2.0.1-py3-none-any.whl#sha256=00\n"
        "wt-named @ https://example.invalid/wt_named-3.0-py3-none-any.whl\n"
        "wt-sdist @ https://example.invalid/wt-sdist-1.0.tar.gz\n"
        "https://example.invalid/other-1.0.tar.gz#egg=wt-egg\n",
    )
    deps = {d.key: d for d in sources.read(req)}
    assert pins(list(deps.values())) == {
        "wt-local": "1.2",
        "wt-remote": "2.0.1",
        "wt-named": "3.0",
        "wt-sdist": None,
        "wt-egg": None,
    }
    assert "URL requirement" in (deps["wt-sdist"].skip or "")
    bad = write(tmp_path / "bad.txt", "https://example.invalid/not-a-wheel.whl\n")
    with pytest.raises(PipwardenError, match="not a valid wheel file name"):
        sources.read(bad)


@pytest.mark.parametrize(
    "line",
    [
        "-e",
        "wt-a==1 --no-such-option",
        "paramiko==0.9-doduo",
        "paramiko == 0.9-doduo",
        "paramiko==0.9 -doduo",
    ],
)
def test_what_pip_refuses_audit_refuses(tmp_path: Path, line: str) -> None:
    req = write(tmp_path / "requirements.txt", line + "\n")
    with pytest.raises(PipwardenError, match=r"requirements\.txt:1"):
        sources.read(req)
    with pytest.raises(PipwardenError, match=r"requirements\.txt:1"):
        read_request(requirement_files=(str(req),))


_NAME = st.sampled_from(["a", "wt-a", "Wt_A.b", "x1"])
_VERSION = st.text(alphabet="0123456789.abcdefpostrv+-_!*", min_size=1, max_size=12)


@settings(max_examples=500, deadline=None)
@given(_NAME, st.sampled_from(["==", "===", " == "]), _VERSION)
def test_a_pin_is_read_exactly_when_packaging_reads_it(
    tmp_path_factory: Any, name: str, op: str, version: str
) -> None:
    line = f"{name}{op}{version}"
    assume(not is_archive(line))  # pip takes "a==.tar" for a file, as audit does
    try:
        expected: str | None = pin_of(str(Requirement(line).specifier))
        ok = True
    except InvalidRequirement:
        ok, expected = False, None
    req = write(tmp_path_factory.mktemp("r") / "requirements.txt", line + "\n")
    try:
        got = sources.read(req)
    except PipwardenError:
        assert not ok, line
        return
    assert ok, line
    assert got[0].version == expected, line


@pytest.mark.parametrize(
    ("spec", "pin"),
    [
        ("==1.2", "1.2"),
        ("===1.0", "1.0"),
        (">=1,==1.2", "1.2"),
        ("==1.2,==1.2.0", "1.2"),
        ("==1.2,!=1.2", None),
        ("==1.2,==1.3", None),
        ("==1.*", None),
        (">=1,<2", None),
        ("===1.0,>=1", None),
    ],
)
def test_specifier_sets_that_pin_one_version(spec: str, pin: str | None) -> None:
    assert pin_of(spec) == pin


# ---------------------------------------------------------------- formats


def test_pdm_lock_with_git_and_dev_groups(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "pdm.lock",
        '# This file is @generated by PDM.\n[metadata]\ngroups = ["default", "dev"]\n'
        'lock_version = "4.4.1"\ncontent_hash = "sha256:00"\n\n'
        '[[package]]\nname = "six"\nversion = "1.16.0"\ngroups = ["default"]\n'
        'files = [\n    {file = "six-1.16.0-py2.py3-none-any.whl", hash = "sha256:00"},\n]\n\n'
        '[[package]]\nname = "toml"\nversion = "0.10.2"\n'
        'git = "https://example.invalid/toml.git"\nrevision = "65bab7582ce14c55cdeec2244c65ea23039c9e6f"\n'
        'groups = ["dev"]\n',
    )
    deps = sources.read(lock)
    assert pins(deps) == {"six": "1.16.0", "toml": None}
    assert [d.line for d in deps] == [8, 16]
    assert deps[1].skip == (
        "VCS (git) https://example.invalid/toml.git at commit "
        "65bab7582ce14c55cdeec2244c65ea23039c9e6f: not matched against advisories"
    )
    assert sources.kind_of(lock) == "pdm"


def test_pipfile_lock_arbitrary_equality_and_ranges(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "Pipfile.lock",
        json.dumps(
            {
                "default": {
                    "wt-a": {"version": "===1.0"},
                    "wt-b": {"version": "== 2.0"},
                    "wt-c": {"version": ">=1"},
                    "wt-d": {},
                }
            },
            indent=4,
        ),
    )
    deps = {d.key: d for d in sources.read(lock)}
    assert pins(list(deps.values())) == {"wt-a": "1.0", "wt-b": "2.0", "wt-c": None, "wt-d": None}
    assert (
        deps["wt-c"].skip == "not pinned (>=1)" and deps["wt-d"].skip == "not pinned (no version)"
    )
    assert [d.line for d in deps.values()] == [3, 6, 9, 12]


def test_vcs_entries_keep_their_commit_in_every_lock(tmp_path: Path) -> None:
    uv = write(
        tmp_path / "uv.lock",
        'version = 1\n[[package]]\nname = "wt-git"\nversion = "0.1.0"\n'
        'source = { git = "https://example.invalid/g.git?rev=main#abc123" }\n',
    )
    poetry = write(
        tmp_path / "poetry.lock",
        '[[package]]\nname = "wt-git"\nversion = "1.0"\n[package.source]\ntype = "git"\n'
        'url = "https://example.invalid/g.git"\nreference = "main"\nresolved_reference = "abc123"\n'
        '[metadata]\nlock-version = "2.0"\n',
    )
    pipfile_lock = write(
        tmp_path / "Pipfile.lock",
        json.dumps(
            {"default": {"wt-git": {"git": "https://example.invalid/g.git", "ref": "abc123"}}}
        ),
    )
    for lock in (uv, poetry, pipfile_lock):
        (dep,) = sources.read(lock)
        assert dep.version is None and dep.key == "wt-git", lock
        assert "https://example.invalid/g.git at commit abc123: not matched" in (dep.skip or ""), (
            lock
        )


def test_rye_and_uv_requirements_lock(tmp_path: Path) -> None:
    lock = write(
        tmp_path / "requirements-dev.lock",
        "# generated by rye\n# use `rye lock` or `rye sync` to update this lockfile\n#\n"
        "# last locked with the following flags:\n#   pre: false\n\n"
        "-e file:.\ncertifi==2024.2.2\n    # via requests\nrequests==2.31.0\n",
    )
    loaded = sources.load(lock)
    assert loaded.kind == "requirements-lock"
    assert pins(loaded.dependencies[1:]) == {"certifi": "2024.2.2", "requests": "2.31.0"}
    editable = loaded.dependencies[0]
    assert (editable.name, editable.skip) == ("file:.", "editable: not auditable")


def test_conda_environment_pip_section(tmp_path: Path) -> None:
    env = write(
        tmp_path / "environment.yml",
        "name: demo\nchannels:\n  - conda-forge\ndependencies:\n  - python=3.11\n"
        "  - numpy=1.26\n  - pip\n  - pip:\n    - requests==2.30.0  # pinned\n"
        "    - flask>=2\n    - --index-url https://example.invalid/simple\n",
    )
    loaded = sources.load(env)
    assert pins(loaded.dependencies) == {"requests": "2.30.0", "flask": None}
    assert [d.line for d in loaded.dependencies] == [9, 10]
    assert loaded.notes == [
        f"{env}: 3 conda packages not audited (conda channels, not PyPI; only the pip: section "
        "names PyPI packages)"
    ]
    bad = write(tmp_path / "environment.yaml", "dependencies: [unclosed\n")
    with pytest.raises(sources.SourceError, match="not valid YAML"):
        sources.read(bad)
    # A YAML alias bomb is not expanded into memory: safe_load shares the nodes.
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    with pytest.raises(sources.SourceError, match="not a conda environment"):
        sources.read(write(tmp_path / "bomb-environment.yml", bomb + "dependencies: 1\n"))


def test_pipfile_is_a_manifest_reported_unpinned(tmp_path: Path) -> None:
    pipfile = write(
        tmp_path / "Pipfile",
        '[[source]]\nurl = "https://pypi.org/simple"\nname = "pypi"\n\n[packages]\n'
        'requests = "*"\nflask = ">=2"\ndjango = {version = "==4.2.1", extras = ["argon2"]}\n'
        'mine = {git = "https://example.invalid/m.git", ref = "v1"}\n\n[dev-packages]\n'
        'pytest = "==7.0.0"\n',
    )
    deps = {d.key: d for d in sources.read(pipfile)}
    assert pins(list(deps.values())) == {
        "requests": None, "flask": None, "django": "4.2.1", "mine": None, "pytest": "7.0.0",
    }  # fmt: skip
    assert deps["requests"].skip == "not pinned (any version)"
    assert deps["flask"].skip == "not pinned (>=2)" and deps["flask"].requirement == "flask>=2"
    assert deps["requests"].line == 6
    assert "at commit v1" in (deps["mine"].skip or "")


def test_setup_cfg_install_requires(tmp_path: Path) -> None:
    cfg = write(
        tmp_path / "setup.cfg",
        "[metadata]\nname = demo\n\n[options]\ninstall_requires =\n    requests==2.30.0\n"
        "    # a comment\n    click>=8\n\n[options.extras_require]\nyaml = pyyaml==5.1\n",
    )
    deps = sources.read(cfg)
    assert pins(deps) == {"requests": "2.30.0", "click": None, "pyyaml": "5.1"}
    assert [d.line for d in deps] == [6, 8, 11]
    no_options = sources.load(write(tmp_path / "x" / "setup.cfg", "[metadata]\nname = x\n"))
    assert no_options.dependencies == [] and "no [options]" in no_options.notes[0]


def test_pylock_checks_lock_version(tmp_path: Path) -> None:
    body = '[[packages]]\nname = "requests"\nversion = "2.30.0"\n'
    ok = write(tmp_path / "a" / "pylock.toml", 'lock-version = "1.1"\n' + body)
    assert pins(sources.read(ok)) == {"requests": "2.30.0"}
    future = write(tmp_path / "b" / "pylock.toml", 'lock-version = "2.0"\n' + body)
    with pytest.raises(sources.SourceError, match=r"lock-version 2\.0 is not supported"):
        sources.read(future)
    missing = write(tmp_path / "c" / "pylock.toml", body)
    with pytest.raises(sources.SourceError, match="no lock-version"):
        sources.read(missing)


def test_pyproject_without_project_says_so(tmp_path: Path) -> None:
    py = write(
        tmp_path / "pyproject.toml",
        '[tool.poetry]\nname = "x"\n[tool.poetry.dependencies]\nrequests = "^2"\n',
    )
    loaded = sources.load(py)
    assert loaded.dependencies == []
    assert loaded.notes == [f"{py} has no [project] table: no PEP 621 dependencies (a Poetry "
                            "project: audit its poetry.lock)"]  # fmt: skip


@pytest.mark.parametrize(
    "name",
    ["uv.lock", "poetry.lock", "pdm.lock", "Pipfile.lock", "pylock.toml", "requirements.txt"],
)
def test_an_empty_file_is_an_empty_result_with_a_note(tmp_path: Path, name: str) -> None:
    loaded = sources.load(write(tmp_path / name, "\n"))
    assert loaded.dependencies == [] and loaded.notes == [
        f"{tmp_path / name} is empty: nothing to audit"
    ]


def test_uv_lock_without_packages_is_empty(tmp_path: Path) -> None:
    loaded = sources.load(write(tmp_path / "uv.lock", "version = 1\nrequires-python = '>=3.9'\n"))
    assert loaded.dependencies == [] and "nothing to audit" in loaded.notes[0]


def test_a_file_of_no_known_format_names_the_formats_tried(tmp_path: Path, run_cli: Any) -> None:
    setup_py = write(tmp_path / "setup.py", "import re\nfrom setuptools import setup\nsetup()\n")
    with pytest.raises(sources.SourceError, match="Python code, which pipwarden never runs"):
        sources.read(setup_py)
    script = write(tmp_path / "noxfile", "import re\n\ndef session(): pass\n")
    with pytest.raises(sources.SourceError) as info:
        sources.read(script)
    message = str(info.value)
    assert "not a dependency file pipwarden reads (tried: requirements file" in message
    assert "pdm.lock" in message and "--file-format" in message
    opts = write(tmp_path / "notes", "--not-an-option\n")
    with pytest.raises(sources.SourceError, match="not a dependency file pipwarden reads"):
        sources.read(opts)
    toml = write(tmp_path / "deps.toml", "[tool.black]\nline-length = 100\n")
    with pytest.raises(sources.SourceError, match=r"unknown file format \(tried: "):
        sources.read(toml)


def test_file_format_forces_a_parser(tmp_path: Path) -> None:
    odd = write(
        tmp_path / "deps.conf",
        '[[package]]\nname = "six"\nversion = "1.16.0"\n[metadata]\nlock-version = "2.0"\n',
    )
    assert pins(sources.read(odd, "poetry")) == {"six": "1.16.0"}
    with pytest.raises(sources.SourceError, match="unknown --file-format"):
        sources.read(odd, "nope")
    # content sniffing for unknown names: a pdm lock under another name
    pdm = write(
        tmp_path / "locked",
        '[metadata]\nlock_version = "4.4"\n[[package]]\nname = "six"\nversion = "1.0"\n',
    )
    assert sources.load(pdm).kind == "pdm"


def test_the_cli_names_every_format_without_importing_the_machinery() -> None:
    from pipwarden.audit import osv
    from pipwarden.cli import audit as cli_audit
    from pipwarden.report.audit import FORMATS

    assert set(cli_audit.FILE_FORMATS) == set(sources.FORMATS)
    assert tuple(FORMATS) == cli_audit.OUTPUT_FORMATS
    assert cli_audit.DEFAULT_SOURCE == osv.DEFAULT_SOURCE


def test_audit_of_new_formats_end_to_end(
    tmp_path: Path, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipwarden.audit import osv
    from tests.support.osvdata import standard, write_zip

    osv.update(str(write_zip(tmp_path / "osv.zip", standard())))
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "setup.cfg", "[options]\ninstall_requires =\n    requests==2.30.0\n")
    res = run_cli("audit", "-r", "setup.cfg", "--fix", "--dry-run", "--format", "json")
    assert json.loads(res.stdout)["dependencies"][0]["vulns"][0]["id"] == "PYSEC-2023-74"
    assert "setup.cfg is a manifest --fix does not rewrite: require requests>=2.31.0" in res.stderr
    write(tmp_path / "empty" / "uv.lock", "")
    res = run_cli("audit", "-r", "empty/uv.lock")
    assert res.exit_code == 0 and "empty/uv.lock is empty: nothing to audit" in res.stderr
    write(tmp_path / "deps.txt", "requests==2.30.0\n")
    res = run_cli("audit", "-r", "deps.txt", "--file-format", "conda")
    assert res.exit_code == 2 and "not a conda environment file" in res.stderr
