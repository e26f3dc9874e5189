"""The popular-names corpus: shipped copy, feed validation, atomic refresh, precedence."""

from __future__ import annotations

import json
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from pipwarden.errors import PipwardenError
from pipwarden.names import corpus
from pipwarden.names.detect import default_detector


def feed(n: int = 120, *, ranked: bool = False, extra: list[dict[str, Any]] | None = None) -> dict:
    rows: list[dict[str, Any]] = [
        {"project": f"proj-{i:04d}-name", "download_count": 1_000_000 - i} for i in range(n)
    ]
    if ranked:
        for i, row in enumerate(rows):
            row["rank"] = i + 1
    rows = (extra or []) + rows
    return {"last_update": "2026-01-01 00:00:00", "rows": rows}


def test_shipped_corpus_loads() -> None:
    c = corpus.load(corpus.vendored_path())
    assert len(c) > 14_000
    assert c.projects[0].rank == 1
    names = {p.name for p in c.projects}
    assert {"requests", "numpy", "urllib3"} <= names
    assert all(p.name == p.name.lower() for p in c.projects[:100])


def test_shipped_corpus_is_in_the_wheel(tmp_path: Path) -> None:
    builders = pytest.importorskip("hatchling.builders.wheel")
    root = Path(__file__).resolve().parents[1]
    wheel = next(iter(builders.WheelBuilder(str(root)).build(directory=str(tmp_path))))
    with zipfile.ZipFile(wheel) as zf:
        data = zf.read("pipwarden/names/data/top-pypi-packages.json")
    assert data == corpus.vendored_path().read_bytes()


def test_hugovk_feed_is_ranked_by_downloads() -> None:
    doc = feed(extra=[{"project": "Zeta_Pkg", "download_count": 5}])
    c = corpus.parse(doc, "test")
    assert c.projects[0].name == "proj-0000-name" and c.projects[0].rank == 1
    assert c.projects[-1].name == "zeta-pkg" and c.projects[-1].downloads == 5
    assert c.generated == "2026-01-01 00:00:00"


def test_ranked_feed_keeps_its_ranks_and_drops_duplicates() -> None:
    doc = feed(ranked=True)
    doc["rows"].append({"project": "PROJ_0000.name", "rank": 999})
    c = corpus.parse(doc, "test")
    assert len(c) == 120
    assert [p.rank for p in c.projects[:3]] == [1, 2, 3]


@pytest.mark.parametrize(
    ("doc", "words"),
    [
        ([], "no 'rows' list"),
        ({"rows": {}}, "no 'rows' list"),
        ({"rows": ["x"] * 200}, "not an object"),
        ({"rows": [{"project": "bad name"}] * 200}, "valid project name"),
        ({"rows": [{"project": ""}] * 200}, "valid project name"),
        ({"rows": [{"project": "ok", "rank": True}] * 200}, "'rank'"),
        ({"rows": [{"project": "ok", "rank": 0}] * 200}, "'rank'"),
        ({"rows": [{"project": "ok", "download_count": -1}] * 200}, "'download_count'"),
        ({"rows": [{"project": "ok", "download_count": "9"}] * 200}, "'download_count'"),
        (feed(n=10), "at least"),
    ],
)
def test_bad_feeds_are_refused(doc: Any, words: str) -> None:
    with pytest.raises(corpus.FeedError) as info:
        corpus.parse(doc, "feed.json")
    assert words in str(info.value) and "feed.json" in str(info.value)


def test_update_from_file_takes_precedence(tmp_path: Path) -> None:
    src = tmp_path / "feed.json"
    doc = feed(extra=[{"project": "zzfoobarqux", "download_count": 10**9}])
    src.write_text(json.dumps(doc))
    assert corpus.active_path() == corpus.vendored_path()
    result = corpus.update(str(src))
    assert result.path == corpus.user_path() == corpus.active_path()
    assert len(corpus.load()) == 121
    assert not [p for p in result.path.parent.iterdir() if p.name.startswith(".names-")]
    v = default_detector().check("zzfoobarquux")
    assert v.suspect and v.imitates == "zzfoobarqux"


def test_failed_update_leaves_the_previous_copy(tmp_path: Path) -> None:
    good = tmp_path / "good.json"
    good.write_text(json.dumps(feed()))
    corpus.update(str(good))
    before = corpus.user_path().read_bytes()
    bad = tmp_path / "bad.json"
    bad.write_text('{"rows": [')
    with pytest.raises(corpus.FeedError, match="not valid JSON"):
        corpus.update(str(bad))
    with pytest.raises(PipwardenError, match="cannot read"):
        corpus.update(str(tmp_path / "missing.json"))
    assert corpus.user_path().read_bytes() == before


class _Feed(BaseHTTPRequestHandler):
    body = b""

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        if self.path != "/feed.json":
            self.send_response(404)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)


@pytest.fixture
def feed_server() -> Iterator[str]:
    _Feed.body = json.dumps(feed()).encode()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Feed)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def test_update_from_url(feed_server: str) -> None:
    result = corpus.update(f"{feed_server}/feed.json")
    assert len(result) == 120
    with pytest.raises(PipwardenError, match="HTTP 404"):
        corpus.update(f"{feed_server}/missing.json")


def test_unsupported_scheme_is_refused() -> None:
    with pytest.raises(PipwardenError, match="only local files"):
        corpus.update("ftp://example.invalid/feed.json")


def test_the_sdist_ships_the_package_and_its_tests_but_no_corpora(tmp_path: Path) -> None:
    import tarfile

    builders = pytest.importorskip("hatchling.builders.sdist")
    root = Path(__file__).resolve().parents[1]
    if not (root / "bench").is_dir():
        pytest.skip("not a checkout of the repository (no bench/)")
    sdist = next(iter(builders.SdistBuilder(str(root)).build(directory=str(tmp_path))))
    with tarfile.open(sdist) as tf:
        tops = {name.split("/")[1] for name in tf.getnames() if name.count("/") >= 1}
    assert {"src", "tests", "pyproject.toml", "README.md"} <= tops
    assert "bench" not in tops
