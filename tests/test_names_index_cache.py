"""The names index is saved between runs and rebuilt when missing or damaged."""

from __future__ import annotations

from pathlib import Path

from pipwarden.names import detect

NAMES = ["reqeusts", "colourama", "sklearn", "requests", "python3-dateutil", "zz-unknown-x"]


def _verdicts(det: detect.Detector) -> list[tuple[bool, str | None]]:
    return [(v.suspect, v.imitates) for v in det.check_many(NAMES)]


def test_saved_index_judges_like_a_fresh_one(isolated: Path) -> None:
    detect._cached.cache_clear()
    fresh = detect.default_detector()
    saved = list((isolated / "cache" / "names").glob("index-*.marshal"))
    assert len(saved) == 1
    detect._cached.cache_clear()
    loaded = detect.default_detector()
    assert loaded is not fresh and loaded._corpus is None  # came from the saved index
    assert _verdicts(loaded) == _verdicts(fresh)
    assert loaded.corpus.projects[0].name == fresh.corpus.projects[0].name
    # a damaged file is ignored and replaced
    saved[0].write_bytes(b"\x00garbage")
    detect._cached.cache_clear()
    rebuilt = detect.default_detector()
    assert rebuilt._corpus is not None
    assert _verdicts(rebuilt) == _verdicts(fresh)
    detect._cached.cache_clear()
