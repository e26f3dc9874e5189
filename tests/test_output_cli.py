"""What `check` says to a person, end to end against the local index: the cooldown's
choice, yanked releases, a project page the index does not have."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex


def _args(index: LocalIndex) -> list[str]:
    return ["--index-url", index.url, "--retries", "1", "--timeout", "5"]


def _flat(text: str) -> str:
    return " ".join(text.split())


def test_check_says_when_the_cooldown_held_a_release_back(index: LocalIndex, run_cli: Any) -> None:
    now = dt.datetime.now(dt.timezone.utc)
    index.add_dist(build_wheel("wt-lib", "1.0"), upload_time=now - dt.timedelta(days=40))
    index.add_dist(build_wheel("wt-lib", "1.1"), upload_time=now - dt.timedelta(days=2, hours=1))
    index.add_dist(build_wheel("wt-lib", "2.0"), upload_time=now - dt.timedelta(days=1))
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib<2"]))
    args = _args(index)
    res = run_cli("check", "wt-app", *args)
    assert res.exit_code == 0, res.stderr
    flat = " ".join(res.stdout.split())
    # 2.0 is excluded by wt-app's own requirement: the newest that counts is 1.1
    assert "cooldown: wt-lib 1.1 is 2 days old; using 1.0 (cooldown 7 days)" in flat, flat
    res = run_cli("check", "wt-app", *args, "--format", "json")
    (held,) = json.loads(res.stdout)["held_back"]
    assert held["name"] == "wt-lib" and held["newest"] == "1.1" and held["used"] == "1.0"
    # a cut-off the user gave is named as such
    res = run_cli("check", "wt-app", *args, "--uploaded-prior-to", "P3D")
    assert "wt-lib 1.1 is 2 days old; using 1.0 (uploaded after 20" in " ".join(res.stdout.split())
    # a pinned young release lifts the cooldown: nothing was held back, nothing is said
    res = run_cli("check", "wt-lib==2.0", *args, "--format", "json")
    assert json.loads(res.stdout)["held_back"] == []


def test_a_yanked_release_says_so_with_the_reason_from_the_project_page(
    index: LocalIndex, run_cli: Any
) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"), yanked="broken metadata, use 1.1")
    index.add_dist(build_wheel("wt-lib", "1.1"))
    # the JSON API knows the project but says nothing of the yank: the page must tell
    index.set_json("wt-lib", {"info": {"name": "wt-lib"}, "releases": {}})
    res = run_cli("check", "wt-lib==1.0", *_args(index), "-v")
    assert res.exit_code == 0, res.stderr
    assert "wt-lib 1.0 was yanked by its maintainers: broken metadata, use 1.1" in _flat(res.stdout)
    row = next(ln for ln in res.stdout.splitlines() if ln.startswith("wt-lib"))
    assert "warn" in row and "publishers.yanked" in row


def test_a_mistyped_index_url_is_not_answered_with_a_lookalike_name(
    index: LocalIndex, run_cli: Any
) -> None:
    index.add_dist(build_wheel("wt-lib", "1.0"))
    wrong = f"{index.base}/simpel/"
    res = run_cli("check", "requests", "--index-url", wrong, "--retries", "0", "--timeout", "5")
    assert res.exit_code == 2
    assert "no such project page on" in res.stderr and "check the index URL" in res.stderr
    assert "did you mean" not in res.stderr and "grequests" not in res.stderr
    assert "Traceback" not in res.stderr
    # a typo of a popular name still gets "did you mean", and the index's own gap is named
    res = run_cli("check", "reqeusts", *_args(index))
    assert res.exit_code == 2
    assert "no such project on" in res.stderr and "did you mean requests?" in res.stderr
    assert "the index has no page for requests either: check the index URL" in res.stderr


def test_the_fetch_progress_bar_counts_the_sizes_the_index_declared(index: LocalIndex) -> None:
    import io

    from rich.console import Console

    from pipwarden.fetch import Fetcher
    from pipwarden.index import IndexClient
    from pipwarden.resolve import Resolved

    sizes = {}
    for name in ("wt-one", "wt-two"):
        filename, data = build_wheel(
            name, "1.0", {f"{name.replace('-', '_')}/big.py": "x = 1\n" * 4000}
        )
        index.add(filename, data)
        sizes[name] = len(data)
    with IndexClient(index.url, timeout=5, retries=0) as client:
        packages = []
        for name in sizes:
            (f,) = client.project_files(name) or []
            packages.append(Resolved(name, "1.0", f.url, f.filename, f.sha256, True, {}, False))
        console = Console(file=io.StringIO(), force_terminal=True, width=80)
        fetcher = Fetcher(client, console)
        got = fetcher.fetch_all(packages)
        assert all(isinstance(v, Path) for v in got.values()), got
        assert fetcher.progress is not None
        (task,) = fetcher.progress.tasks
        assert task.description == "2 artifacts"
        assert task.total == sum(sizes.values()) == task.completed
        # a second run finds everything in the cache: nothing to expect, nothing fetched
        fetcher.fetch_all(packages[:1])
        (task,) = fetcher.progress.tasks
        assert task.description == "1 artifact" and task.total is None and task.completed == 0


def test_the_demo_says_plainly_when_the_advisory_database_could_not_be_loaded(
    tmp_path: Path,
) -> None:
    import os
    import subprocess
    import sys

    from tests.support.osvdata import standard, write_zip

    script = Path(__file__).resolve().parents[1] / "scripts" / "load-advisories.sh"
    env = {**os.environ, "PW": f"{sys.executable} -m pipwarden"}

    def load(source: Path) -> str:
        proc = subprocess.run(
            ["bash", str(script), str(source)],
            capture_output=True,
            text=True,
            env=env,
            timeout=120,
            check=True,
        )
        return proc.stdout

    bad = tmp_path / "bad.zip"
    bad.write_bytes(b"not a zip")
    out = load(bad)
    assert "The advisory database could not be loaded" in out
    assert "known vulnerabilities are NOT checked" in out
    out = load(write_zip(tmp_path / "osv.zip", standard()))
    assert "advisory database loaded:" in out and "!!" not in out
    out = load(bad)  # the earlier one stays, and the demo says it may be stale
    assert "could not be updated" in out and "may be out of date" in out


def test_which_newer_release_counts_as_held_back(index: LocalIndex) -> None:
    from packaging.specifiers import SpecifierSet
    from packaging.version import Version

    from pipwarden.heldback import held_back, newest_held
    from pipwarden.index import IndexClient, IndexFile
    from pipwarden.resolve import Resolved

    now = dt.datetime(2026, 12, 3, tzinfo=dt.timezone.utc)
    cutoff = now - dt.timedelta(days=7)
    young = (now - dt.timedelta(days=2)).isoformat()
    old = (now - dt.timedelta(days=90)).isoformat()

    def wheel(version: str, when: str, **kw: Any) -> IndexFile:
        name = f"lib-{version}-py3-none-any.whl"
        return IndexFile(name, f"https://x.invalid/{name}", None, upload_time=when, **kw)

    used = Resolved("lib", "1.0", "https://x.invalid/lib-1.0.whl", "lib.whl", None, True, {}, False)
    files = [
        wheel("1.0", old),
        wheel("1.1", young),
        wheel("1.2", young, yanked="broken"),  # yanked: pip would not take it
        wheel("1.3", young, requires_python=">=3.99"),  # not for this Python
        wheel("2.0rc1", young),  # a pre-release, not asked for
        IndexFile("lib-1.4.tar.gz", "https://x.invalid/lib-1.4.tar.gz", None, upload_time=young),
    ]

    def held(spec: str = "", **kw: Any) -> tuple[Version, dt.datetime] | None:
        opts: dict[str, Any] = {"cutoff": cutoff, "pre": False, "python": Version("3.12")}
        opts.update(kw)
        return newest_held(used, files, SpecifierSet(spec), **opts)

    got = held()
    assert got is not None and got[0] == Version("1.1")
    assert held("<1.1") is None  # the request excludes it
    assert held(pre=True) is not None and held(pre=True)[0] == Version("2.0rc1")  # type: ignore[index]
    assert held(cutoff=now - dt.timedelta(days=1)) is None  # 1.1 was old enough: not held back
    # with the publishers' release list, only packages with a younger release are looked up
    index.add_dist(build_wheel("wt-lib", "1.0"))
    with IndexClient(index.url, timeout=5, retries=0) as client:
        (f,) = client.project_files("wt-lib") or []
        p = Resolved("wt-lib", "1.0", f.url, f.filename, f.sha256, True, {}, False)
        before = sum(index.requests.values())
        seen = {"wt-lib": [("1.0", now - dt.timedelta(days=90))]}
        assert held_back([p], client, cutoff=cutoff, cooldown_days=7, seen=seen) == []
        assert sum(index.requests.values()) == before  # no page was read
