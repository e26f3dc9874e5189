"""The request parser: pip's requirement-file grammar, read by pipwarden itself."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.request import Kind, classify, logical_lines, read_request
from tests.support.builders import build_wheel


def _req(tmp_path: Path, text: str | bytes, name: str = "requirements.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def _names(tmp_path: Path, text: str | bytes) -> list[str]:
    request = read_request(requirement_files=(str(_req(tmp_path, text)),))
    return [str(i.requirement) for i in request.items]


def test_line_joining_follows_pip() -> None:
    # a line ending in a backslash joins the next; a comment line ends the join
    assert list(logical_lines("a\\\nb\nc")) == [(1, "ab"), (3, "c")]
    assert list(logical_lines("# note \\\nreq")) == [(1, " # note \\"), (2, "req")]
    assert list(logical_lines("req\\\n# comment")) == [(1, "req # comment")]
    assert list(logical_lines("x\\")) == [(1, "x")]


def test_comments_env_vars_and_options(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WT_VERSION", "1.2")
    text = (
        "# top\nwt-a==${WT_VERSION}  # pinned\n\n--pre\n-i https://mirror.example.invalid/simple\n"
        "--extra-index-url=https://extra.example.invalid/simple\nwt-b[x] >=1 ; python_version>'3'\n"
    )
    request = read_request(requirement_files=(str(_req(tmp_path, text)),))
    assert [str(i.requirement) for i in request.items] == [
        "wt-a==1.2",
        'wt-b[x]>=1; python_version > "3"',
    ]
    assert request.pre
    assert request.index_url == "https://mirror.example.invalid/simple"
    assert request.extra_index_urls == ["https://extra.example.invalid/simple"]
    assert request.items[0].where.endswith("requirements.txt:2")


def test_command_line_index_wins_over_the_file(tmp_path: Path) -> None:
    req = _req(tmp_path, "-i https://file.example.invalid/simple\nwt-a\n")
    request = read_request(
        requirement_files=(str(req),), index_url="https://cli.example.invalid/simple"
    )
    assert request.index_url == "https://cli.example.invalid/simple"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + "wt-a==1 # é\n".encode(), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + "wt-a==1\r\n".encode("utf-16-le"), "utf-16 LE"),
        (codecs.BOM_UTF16_BE + "wt-a==1\n".encode("utf-16-be"), "utf-16 BE"),
        ("# -*- coding: latin-1 -*-\nwt-a==1 # caf\xe9\n".encode("latin-1"), "PEP 263"),
    ],
)
def test_encodings_are_read_as_pip_reads_them(tmp_path: Path, data: bytes, encoding: str) -> None:
    request = read_request(requirement_files=(str(_req(tmp_path, data)),))
    assert len(request.items) == 1, encoding


def test_includes_are_relative_to_the_including_file(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    _req(tmp_path / "sub", "wt-inner==1\n-c cons.txt\n", "inner.txt")
    _req(tmp_path / "sub", "wt-inner<2\n", "cons.txt")
    request = read_request(requirement_files=(str(_req(tmp_path, "-r sub/inner.txt\n")),))
    assert [i.name for i in request.items] == ["wt-inner"]
    assert [c.name for c in request.constraints] == ["wt-inner"]


def test_include_cycles_and_depth_are_errors(tmp_path: Path) -> None:
    _req(tmp_path, "-r b.txt\n", "a.txt")
    _req(tmp_path, "-r a.txt\n", "b.txt")
    with pytest.raises(PipwardenError, match="cycle"):
        read_request(requirement_files=(str(tmp_path / "a.txt"),))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("--no-binary :all:\nwt-a\n", "--no-binary"),
        ("--no-bin=:all:\nwt-a\n", "--no-binary"),
        ("wt-a --config-settings=x=y\n", "build options"),
        ("--frobnicate\n", "no such option"),
        ("wt-a --hash=md5\n", "--hash"),
        ("-r https://example.invalid/r.txt\n", "remote requirement files"),
        ("wt-a==1 'unbalanced\n", "invalid requirement"),
        ("wt-a --hash 'unbalanced\n", "cannot split"),
        ("./no-such-folder.tar.gz\n", "no such file"),
        ("-c constraint-with-url.txt\n", "a constraint must be"),
        ("x" * 70_000 + "\n", "long"),
    ],
)
def test_bad_input_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    _req(tmp_path, "wt-a @ https://example.invalid/a.whl\n", "constraint-with-url.txt")
    with pytest.raises(PipwardenError, match=message) as info:
        read_request(requirement_files=(str(_req(tmp_path, text)),))
    assert "requirements.txt" in str(info.value) or "constraint" in str(info.value)


def test_classification_of_every_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    name, data = build_wheel("wt-w", "1.0")
    (tmp_path / name).write_bytes(data)
    (tmp_path / "proj").mkdir()
    (tmp_path / "proj" / "pyproject.toml").write_text("[project]\n")
    (tmp_path / "plain").mkdir()
    (tmp_path / "wt_s-1.0.tar.gz").write_bytes(b"")
    cases = {
        "wt-a>=1": Kind.NAMED,
        name: Kind.WHEEL,
        f"./{name}": Kind.WHEEL,
        "./wt_s-1.0.tar.gz": Kind.SDIST,
        "./proj": Kind.FOLDER,
        str(tmp_path / "proj"): Kind.FOLDER,
        "wt-a @ https://example.invalid/wt_a-1.0.tar.gz": Kind.SDIST,
        "https://example.invalid/wt_a-1.0-py3-none-any.whl": Kind.WHEEL,
        "wt-a @ git+https://example.invalid/a.git": Kind.VCS,
        "git+ssh://example.invalid/a.git#egg=wt-a": Kind.VCS,
        "hg+https://example.invalid/a#egg=wt-a": Kind.VCS,
        "proj": Kind.NAMED,  # no path separator: a project name, as pip reads it
    }
    for text, kind in cases.items():
        item = classify(text, "test")
        assert item.kind is kind, text
    wheel = classify(f"./{name} ; python_version > '3'", "test")
    assert wheel.name == "wt-w" and wheel.marker is not None
    with pytest.raises(PipwardenError, match="not a Python project"):
        classify("./plain", "test")
    with pytest.raises(PipwardenError, match="not wt-other"):
        classify(f"wt-other @ {(tmp_path / name).as_uri()}", "test")
    url = classify("https://example.invalid/wt_a-1.0.tar.gz#sha256=" + "a" * 64, "test")
    assert url.sha256() == "a" * 64


def test_nothing_to_vet(tmp_path: Path) -> None:
    with pytest.raises(PipwardenError, match="nothing to vet"):
        read_request(requirement_files=(str(_req(tmp_path, "# only a comment\n--pre\n")),))


def test_huge_names_and_lines_are_one_line_errors(tmp_path: Path, run_cli) -> None:  # type: ignore[no-untyped-def]
    res = run_cli("check", "a" * 100_000)
    assert res.exit_code == 2 and "longer than" in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr) < 500
    res = run_cli("check", "b" * 300)
    assert res.exit_code == 2 and "longer than 200" in res.stderr
    req = _req(tmp_path, "wt-a==1 ; " + "x" * 5_000_000 + "\n")
    res = run_cli("check", "-r", str(req))
    assert res.exit_code == 2 and "long" in res.stderr and len(res.stderr) < 500


def test_the_resolver_gives_pip_names_only() -> None:
    from pipwarden.errors import ResolutionError
    from pipwarden.pipoptions import PipOptions
    from pipwarden.resolve import Resolver

    for text in ("wt-a @ https://example.invalid/a.tar.gz", "./folder", "git+https://x/y"):
        resolver = Resolver(PipOptions(requirements=(text,)), None)
        with pytest.raises(ResolutionError, match="not a plain project requirement"):
            resolver.start()
        resolver.close()


def test_any_text_is_a_request_or_one_clear_error(tmp_path: Path) -> None:
    from hypothesis import HealthCheck, given, settings
    from hypothesis import strategies as st

    alphabet = st.sampled_from(
        list("aZ09-_.=<>!~;@[], \\#\t'\"\n$:/{}+*")
        + ["--", "-r ", "é", "\x00", "./", "file:", "git+"]
    )

    @settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(st.lists(alphabet, max_size=60).map("".join))
    def check(text: str) -> None:
        path = tmp_path / "fuzz.txt"
        path.write_text(text, encoding="utf-8")
        try:
            read_request(requirement_files=(str(path),))
        except PipwardenError as exc:
            assert "\n" not in str(exc).strip() or len(str(exc)) < 2000

    check()


def test_a_long_run_of_spaces_before_a_comment_is_read(tmp_path: Path) -> None:
    # pip's comment pattern is quadratic on such a line; the shared one is linear
    request = read_request(
        requirement_files=(str(_req(tmp_path, "wt-a" + " " * 60_000 + "# c\n")),)
    )
    assert [i.name for i in request.items] == ["wt-a"]
