"""Downloads stop at the size the index declared and have an overall deadline (issue 12, §4)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from pipwarden.errors import IndexError_
from pipwarden.index import IndexClient, IndexFile
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex


def _served(index: LocalIndex, client: IndexClient, name: str) -> IndexFile:
    files = client.project_files(name)
    assert files is not None and len(files) == 1
    return files[0]


def test_a_response_larger_than_the_declared_size_fails(index: LocalIndex) -> None:
    index.add_dist(build_wheel("big-lib", "1.0"), oversize=4096)
    with IndexClient(index.url, timeout=5, retries=0) as client:
        f = _served(index, client, "big-lib")
        assert f.size is not None
        with pytest.raises(IndexError_, match=r"more than the \d+ the index declared"):
            client.fetch(f.url, f.filename, None, size=f.size)
        # Without a declared size the same bytes are accepted (and no partial file is left).
        path = client.fetch(f.url, f.filename, None)
        assert path.stat().st_size == f.size + 4096
    leftovers = list((path.parents[3] / "tmp").glob("dl-*"))
    assert leftovers == []


def test_a_file_url_larger_than_the_declared_size_fails(tmp_path: Path) -> None:
    src = tmp_path / "x-1.0-py3-none-any.whl"
    src.write_bytes(b"\0" * 5000)
    with IndexClient(None) as client:
        with pytest.raises(IndexError_, match="more than the 4000"):
            client.fetch(src.as_uri(), src.name, None, size=4000)
        assert client.fetch(src.as_uri(), src.name, None, size=5000).stat().st_size == 5000


def test_a_slow_download_hits_the_overall_deadline(index: LocalIndex) -> None:
    # 64 bytes every 50 ms: every read is far inside the 5 s read timeout.
    name, data = build_wheel("slow-lib", "1.0", {"slow_lib/__init__.py": "x = 1\n" * 300})
    index.add(name, data, trickle=0.05)
    assert len(data) > 64 * 20  # at least a second of trickle
    with IndexClient(index.url, timeout=5, retries=2, backoff=0.01) as client:
        f = _served(index, client, "slow-lib")
        start = time.monotonic()
        with pytest.raises(IndexError_, match="did not finish in time"):
            client.fetch(f.url, f.filename, f.sha256, size=f.size, deadline=0.4)
        assert time.monotonic() - start < 1.5  # no retry after the deadline
        # Given time, the same download completes and verifies.
        assert client.fetch(f.url, f.filename, f.sha256, size=f.size).stat().st_size == len(data)


def test_the_fetcher_passes_the_declared_size_of_an_sdist(index: LocalIndex) -> None:
    from rich.console import Console

    from pipwarden.fetch import Fetcher
    from tests.support.builders import build_sdist

    index.add_dist(build_sdist("sd-lib", "1.0"), oversize=100)
    with IndexClient(index.url, timeout=5, retries=0) as client:
        f = _served(index, client, "sd-lib")
        with pytest.raises(IndexError_, match="the index declared"):
            Fetcher(client, Console()).fetch_sdist(f)


def test_check_holds_a_wheel_to_the_size_its_index_page_declares(
    index: LocalIndex, run_cli
) -> None:  # type: ignore[no-untyped-def]
    """pip's report gives no size for wheels: the fetcher reads it from the project page."""
    index.add_dist(build_wheel("big-lib", "1.0"), oversize=4096)
    res = run_cli("check", "big-lib", "--index-url", index.url, "--retries", "0", "--timeout", "5")
    assert res.exit_code == 2, res.stdout
    assert "the index declared" in res.stderr and "big" in res.stderr


@pytest.mark.parametrize("bad", ["../../../../escape", "AB/../../cd", "0" * 63 + "g", ".."])
def test_an_index_hash_that_is_not_hex_never_names_a_path(
    index: LocalIndex, bad: str, tmp_path: Path
) -> None:
    """A hostile page's sha256 would become a cache folder name: it is refused, never followed."""
    index.add_dist(build_wheel("path-lib", "1.0"))
    index.projects["path-lib"].files[-1].sha256 = bad
    with IndexClient(index.url, timeout=5, retries=0) as client:
        f = _served(index, client, "path-lib")
        assert f.sha256 == bad  # kept as given: it can never match a download
        with pytest.raises(IndexError_, match="invalid sha256"):
            client.fetch(f.url, f.filename, f.sha256, size=f.size)
    assert not list(tmp_path.parent.rglob("escape"))


def test_check_blocks_a_package_whose_index_hash_is_not_hex(index: LocalIndex, run_cli) -> None:  # type: ignore[no-untyped-def]
    index.add_dist(build_wheel("path-lib", "1.0"))
    index.projects["path-lib"].files[-1].sha256 = "../" * 8 + "etc"
    res = run_cli("check", "path-lib", "--index-url", index.url, "--retries", "0", "--timeout", "5")
    assert res.exit_code == 2, res.stdout  # nothing fetched is nothing vetted: never allowed
    assert "could not fetch" in res.stderr and "invalid sha256" in res.stderr
