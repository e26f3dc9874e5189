"""`pipwarden serve`, the firewall index: in-process on 127.0.0.1 over a local upstream.

Every test that stores verdicts runs against both stores: SQLite, and the
PostgreSQL of scripts/test-services.sh (skipped, with the reason, when it
does not answer).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import logging
import os
import shutil
import ssl
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from pipwarden.policy import Policy
from pipwarden.serve.app import create_app
from pipwarden.serve.db import Database
from pipwarden.serve.gate import ServeConfig
from tests.support.builders import build_sdist, build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.serving import (
    Server,
    free_port,
    in_process,
    serve_process,
    store_url,
)

EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
JSON = "application/vnd.pypi.simple.v1+json"
LIB2 = "wt_srv_lib-2.0-py3-none-any.whl"


@pytest.fixture(params=["sqlite", "postgresql"])
def database(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The database URL of one store, empty."""
    with store_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture
def upstream(index: LocalIndex) -> LocalIndex:
    """wt-srv-app 1.0 -> wt-srv-lib; wt-srv-lib 1.0 (clean) and 2.0 (a decoded payload)."""
    index.add_dist(build_wheel("wt-srv-app", "1.0", requires=["wt-srv-lib"]))
    index.add_dist(build_wheel("wt-srv-lib", "1.0"), requires_python=">=3.8")
    index.add_dist(build_wheel("wt-srv-lib", "2.0", {"wt_srv_lib/__init__.py": EVIL}))
    return index


Start = Callable[..., Server]


@pytest.fixture
def start(database: str, upstream: LocalIndex) -> Iterator[Start]:
    """Start a firewall index over `upstream` on `database` (options as ServeConfig)."""
    with in_process(upstream.url, database) as run:
        yield run


def _get(url: str, **options: object) -> httpx.Response:
    """GET with a timeout that a loaded machine's first vetting fits in."""
    return httpx.get(url, timeout=60, **options)  # type: ignore[arg-type]


def _verdict_rows(database: str) -> list[tuple[str, str]]:
    db = Database(database)
    try:
        return [(v.filename, v.verdict) for v in db.recent(100)]
    finally:
        db.close()


def _pip(server: Server, target: Path, *reqs: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pip", "install", "--no-cache-dir", "--target", str(target)]
    cmd += ["--index-url", server.simple, "--retries", "0", "--timeout", "90", *reqs]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- the simple API


def test_pages_pass_the_upstream_through_with_negotiation(
    start: Start, upstream: LocalIndex
) -> None:
    server = start()
    served = {f.filename: f for f in upstream.projects["wt-srv-lib"].files}
    page = _get(f"{server.simple}wt-srv-lib/", headers={"Accept": JSON})
    assert page.status_code == 200 and page.headers["content-type"] == JSON
    assert page.headers["vary"] == "Accept"
    doc = page.json()
    assert doc["meta"]["api-version"] == "1.1" and doc["versions"] == ["1.0", "2.0"]
    files = {f["filename"]: f for f in doc["files"]}
    assert set(files) == set(served)
    for name, f in files.items():
        assert f["hashes"] == {"sha256": served[name].sha256}
        assert f["upload-time"] == served[name].upload_time
        assert f["size"] == len(served[name].data)
        meta = hashlib.sha256(served[name].metadata or b"").hexdigest()
        assert f["core-metadata"] == {"sha256": meta}
        assert f["url"] == f"../../files/wt-srv-lib/{name}"
    assert files["wt_srv_lib-1.0-py3-none-any.whl"]["requires-python"] == ">=3.8"
    # PEP 503 HTML when asked for it, by default, and when HTML is preferred by q-value
    for accept in (None, "text/html", "*/*", f"{JSON};q=0.1, text/html"):
        headers = {"Accept": accept} if accept else {}
        page = _get(f"{server.simple}wt-srv-lib/", headers=headers)
        assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
        assert 'data-requires-python="&gt;=3.8"' in page.text
        assert f"#sha256={served[LIB2].sha256}" in page.text
    page = _get(
        f"{server.simple}wt-srv-lib/",
        headers={"Accept": "application/vnd.pypi.simple.v1+html"},
    )
    assert page.headers["content-type"] == "application/vnd.pypi.simple.v1+html"
    assert 'data-core-metadata="sha256=' in page.text
    # JSON wins a tie, as on PyPI; the format query parameter overrides the header
    both = f"text/html, {JSON}"
    assert _get(f"{server.simple}wt-srv-lib/", headers={"Accept": both}).json()["name"]
    chosen = _get(f"{server.simple}wt-srv-lib/", params={"format": JSON})
    assert chosen.json()["name"] == "wt-srv-lib"
    assert _get(f"{server.simple}wt-srv-lib/", headers={"Accept": "image/png"}).status_code == 406
    # names are normalized by redirection; unknown projects are 404
    moved = _get(f"{server.simple}WT_Srv.Lib/")
    assert moved.status_code == 301 and moved.headers["location"] == "../wt-srv-lib/"
    moved = _get(f"{server.simple}WT_Srv.Lib", follow_redirects=True)
    assert moved.status_code == 200 and str(moved.url) == f"{server.simple}wt-srv-lib/"
    assert _get(f"{server.simple}wt-srv-nothing/").status_code == 404
    # PEP 658 metadata, verified against the announced hash
    meta = _get(f"{server.url}/files/wt-srv-lib/wt_srv_lib-1.0-py3-none-any.whl.metadata")
    assert meta.status_code == 200 and b"Name: wt-srv-lib" in meta.content
    # the JSON API is passed through for the publisher checks of clients
    api = _get(f"{server.url}/pypi/wt-srv-lib/json")
    assert api.status_code == 200 and api.json()["info"]["name"] == "wt-srv-lib"


def test_a_malicious_file_is_refused_then_left_out(
    start: Start, upstream: LocalIndex, database: str, tmp_path: Path
) -> None:
    server = start()
    # the first client to ask for the payload gets a 403 whose body says why
    got = _get(f"{server.url}/files/wt-srv-lib/{LIB2}")
    assert got.status_code == 403
    assert "obfuscation.exec-decoded" in got.text and "[info]" not in got.text
    # from then on the project page leaves it out, so resolvers pick 1.0
    doc = _get(f"{server.simple}wt-srv-lib/", headers={"Accept": JSON}).json()
    assert [f["filename"] for f in doc["files"]] == ["wt_srv_lib-1.0-py3-none-any.whl"]
    html = _get(f"{server.simple}wt-srv-lib/").text
    assert LIB2 not in html
    res = _pip(server, tmp_path / "site", "wt-srv-app")
    assert res.returncode == 0, res.stderr
    installed = sorted(p.name for p in (tmp_path / "site").iterdir())
    assert "wt_srv_lib-1.0.dist-info" in installed and "wt_srv_lib-2.0.dist-info" not in installed
    # each file was vetted once and its verdict stored by sha256; the metadata of a
    # blocked file is refused as well
    rows = sorted(_verdict_rows(database))
    assert rows == [
        ("wt_srv_app-1.0-py3-none-any.whl", "allow"),
        ("wt_srv_lib-1.0-py3-none-any.whl", "allow"),
        (LIB2, "block"),
    ]
    assert _get(f"{server.url}/files/wt-srv-lib/{LIB2}.metadata").status_code == 403
    # the dashboard's JSON says what was blocked and why
    decided = _get(f"{server.url}/api/decisions").json()
    assert [v["filename"] for v in decided["blocked"]] == [LIB2]
    assert "obfuscation.exec-decoded" in decided["blocked"][0]["reason"]
    metrics = _get(f"{server.url}/metrics").text
    assert 'pipwarden_serve_verdicts{verdict="block"} 1' in metrics


#: Installer behaviour does not depend on the store: these run on SQLite only (time).
sqlite_only = pytest.mark.parametrize("database", ["sqlite"], indirect=True)


@sqlite_only
def test_pip_first_asking_for_the_payload_fails_with_the_status(
    start: Start, tmp_path: Path
) -> None:
    server = start()
    res = _pip(server, tmp_path / "site", "wt-srv-lib")
    assert res.returncode != 0
    assert "403" in res.stderr and LIB2 in res.stderr
    assert "Forbidden by pipwarden: open this URL to read why" in res.stderr
    assert not (tmp_path / "site" / "wt_srv_lib").exists()
    # the next resolution no longer sees 2.0
    res = _pip(server, tmp_path / "site", "wt-srv-lib")
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "site" / "wt_srv_lib-1.0.dist-info").is_dir()


@sqlite_only
def test_uv_installs_through_the_index(start: Start, tmp_path: Path) -> None:
    uv = Path(sys.executable).with_name("uv")
    if not uv.is_file():
        pytest.skip("uv is not installed in this environment (pip install -e '.[test]')")
    server = start()
    assert _get(f"{server.url}/files/wt-srv-lib/{LIB2}").status_code == 403
    env = {**os.environ, "UV_CACHE_DIR": str(tmp_path / "uv-cache"), "UV_NO_CONFIG": "1"}
    cmd = [str(uv), "pip", "install", "--python", sys.executable, "--target"]
    cmd += [str(tmp_path / "site"), "--index-url", server.simple, "wt-srv-app"]
    res = subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "site" / "wt_srv_lib-1.0.dist-info").is_dir()


def test_poetry_installs_through_the_index(start: Start, tmp_path: Path) -> None:
    poetry = Path(sys.executable).with_name("poetry")
    if not poetry.is_file():
        pytest.skip("poetry is not installed in this environment (pip install -e '.[test]')")
    server = start()
    assert _get(f"{server.url}/files/wt-srv-lib/{LIB2}").status_code == 403
    project = tmp_path / "consumer"
    project.mkdir()
    (project / "pyproject.toml").write_text(
        "[tool.poetry]\n"
        'name = "wt-consumer"\nversion = "0.1.0"\ndescription = ""\n'
        'authors = ["nobody <nobody@example.invalid>"]\npackage-mode = false\n\n'
        "[tool.poetry.dependencies]\n"
        'python = ">=3.10"\nwt-srv-app = "*"\n\n'
        "[[tool.poetry.source]]\n"
        f'name = "firewall"\nurl = "{server.simple}"\npriority = "primary"\n'
    )
    env = {
        **os.environ,
        "POETRY_CACHE_DIR": str(tmp_path / "poetry-cache"),
        "POETRY_CONFIG_DIR": str(tmp_path / "poetry-config"),
        "POETRY_DATA_DIR": str(tmp_path / "poetry-data"),
        "POETRY_VIRTUALENVS_IN_PROJECT": "true",
        "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring",
    }
    env.pop("VIRTUAL_ENV", None)
    for args in (["lock"], ["install", "--no-root"]):
        res = subprocess.run(
            [str(poetry), *args, "--no-interaction"],
            cwd=project,
            capture_output=True,
            text=True,
            env=env,
            timeout=180,
        )
        assert res.returncode == 0, res.stdout + res.stderr
    lock = (project / "poetry.lock").read_text()
    assert 'name = "wt-srv-lib"\nversion = "1.0"' in lock  # 2.0 was refused: left out
    assert list((project / ".venv").glob("lib/python*/site-packages/wt_srv_lib-1.0.dist-info"))


@sqlite_only
def test_pdm_installs_through_the_index(start: Start, tmp_path: Path) -> None:
    pdm = Path(sys.executable).with_name("pdm")
    if not pdm.is_file():
        pytest.skip("pdm is not installed in this environment (pip install -e '.[test]')")
    server = start()
    assert _get(f"{server.url}/files/wt-srv-lib/{LIB2}").status_code == 403
    env = {
        **os.environ,
        "PDM_CACHE_DIR": str(tmp_path / "pdm-cache"),
        "PDM_CONFIG_FILE": str(tmp_path / "pdm-config.toml"),
        "PDM_LOG_DIR": str(tmp_path / "pdm-log"),
        "PDM_HOME": str(tmp_path / "pdm-home"),
        "PDM_CHECK_UPDATE": "false",
        "PDM_IGNORE_SAVED_PYTHON": "1",
    }
    env.pop("VIRTUAL_ENV", None)

    def pdm_in(name: str, requirement: str, *args: str) -> subprocess.CompletedProcess[str]:
        project = tmp_path / name
        project.mkdir(exist_ok=True)
        (project / "pyproject.toml").write_text(
            f'[project]\nname = "{name}"\nversion = "0.1.0"\nrequires-python = ">=3.10"\n'
            f'dependencies = ["{requirement}"]\n\n[tool.pdm]\ndistribution = false\n\n'
            # named pypi: it replaces PyPI, the firewall index is the only source
            f'[[tool.pdm.source]]\nname = "pypi"\nurl = "{server.simple}"\n'
        )
        cmd = [str(pdm), *args]
        return subprocess.run(
            cmd, cwd=project, capture_output=True, text=True, env=env, timeout=180
        )

    for args in (["lock"], ["install"]):
        res = pdm_in("wt-pdm-consumer", "wt-srv-app", *args)
        assert res.returncode == 0, res.stdout + res.stderr
    project = tmp_path / "wt-pdm-consumer"
    lock = (project / "pdm.lock").read_text()
    assert 'name = "wt-srv-lib"\nversion = "1.0"' in lock  # 2.0 was refused: left out
    assert list((project / ".venv").glob("lib/python*/site-packages/wt_srv_lib-1.0.dist-info"))
    # asking for the refused release by its version finds nothing to install
    res = pdm_in("wt-pdm-pinned", "wt-srv-lib==2.0", "lock")
    assert res.returncode != 0
    assert "Unable to find a resolution for wt-srv-lib" in res.stdout + res.stderr
    assert not (tmp_path / "wt-pdm-pinned" / "pdm.lock").exists()


# ---------------------------------------------------------------- policy


def test_sdist_only_project_follows_the_policy(start: Start, upstream: LocalIndex) -> None:
    name, data = build_sdist("wt-srv-src", "1.0", setup_py="raise SystemExit('never run')\n")
    upstream.add(name, data)
    server = start()
    doc = _get(f"{server.simple}wt-srv-src/", headers={"Accept": JSON}).json()
    assert doc["files"] == []
    got = _get(f"{server.url}/files/wt-srv-src/{name}")
    assert got.status_code == 403 and "sdist.only-source" in got.text
    allowing = start(policy=Policy(allow_sdist=("wt-srv-src",)))
    doc = _get(f"{allowing.simple}wt-srv-src/", headers={"Accept": JSON}).json()
    assert [f["filename"] for f in doc["files"]] == [name]
    got = _get(f"{allowing.url}/files/wt-srv-src/{name}")
    assert got.status_code == 200 and got.content == data


def test_cooldown_and_internal_names(start: Start, upstream: LocalIndex) -> None:
    young = build_wheel("wt-srv-lib", "3.0")
    upstream.add_dist(young, upload_time=dt.datetime.now(dt.timezone.utc))
    upstream.add_dist(build_wheel("wt-srv-corp", "1.0"))
    server = start(policy=Policy(internal=("wt-srv-corp",)))
    doc = _get(f"{server.simple}wt-srv-lib/", headers={"Accept": JSON}).json()
    assert young[0] not in [f["filename"] for f in doc["files"]]
    got = _get(f"{server.url}/files/wt-srv-lib/{young[0]}")
    assert got.status_code == 403 and "7-day cooldown" in got.text
    # an internal name is never taken from the public upstream: not its page, files or JSON
    for path in (
        "/simple/wt-srv-corp/",
        "/files/wt-srv-corp/wt_srv_corp-1.0-py3-none-any.whl",
        "/pypi/wt-srv-corp/json",
    ):
        got = _get(server.url + path)
        assert got.status_code == 404 and "internal project" in got.text
    assert upstream.requests["/simple/wt-srv-corp/"] == 0


def test_a_young_security_fix_passes_the_cooldown(
    start: Start, upstream: LocalIndex, tmp_path: Path
) -> None:
    from pipwarden.audit import osv
    from tests.support.osvdata import record, write_zip

    now = dt.datetime.now(dt.timezone.utc)
    young = build_wheel("wt-srv-lib", "3.0")
    fix = build_wheel("wt-srv-lib", "3.1")
    upstream.add_dist(young, upload_time=now)
    upstream.add_dist(fix, upload_time=now)
    vuln = record("PYSEC-0000-1", "wt-srv-lib", ("introduced", "0"), ("fixed", "3.1"))
    osv.update(str(write_zip(tmp_path / "osv.zip", [vuln])))
    server = start()
    doc = _get(f"{server.simple}wt-srv-lib/", headers={"Accept": JSON}).json()
    listed = [f["filename"] for f in doc["files"]]
    # 2.0 is listed until it is vetted; 3.0 is young and fixes nothing 2.0 has
    assert fix[0] in listed and young[0] not in listed
    assert _get(f"{server.url}/files/wt-srv-lib/{fix[0]}").content == fix[1]
    assert _get(f"{server.url}/files/wt-srv-lib/{young[0]}").status_code == 403


# ---------------------------------------------------------------- faults


def _leftovers(home: Path) -> list[str]:
    cache = home / "cache"
    return sorted(p.name for p in cache.rglob("*") if p.is_file()) if cache.exists() else []


@pytest.mark.parametrize("fault", ["tamper", "truncate", "stall"])
def test_broken_downloads_end_cleanly(
    start: Start, index: LocalIndex, database: str, isolated: Path, fault: str
) -> None:
    name, data = build_wheel("wt-srv-bad", "1.0")
    if fault == "stall":  # 64 bytes a second: the read timeout (0.5 s) ends it
        index.add(name, data, trickle=1.0)
        server = start(timeout=0.5)
    else:
        index.add(name, data, **{fault: True})
        server = start()
    got = _get(f"{server.url}/files/wt-srv-bad/{name}")
    assert got.status_code == 502
    assert ("sha256" in got.text) if fault == "tamper" else ("upstream" in got.text)
    assert _leftovers(isolated) == []  # no partial file, nothing in the artifact cache
    assert _verdict_rows(database) == []  # no verdict, no claim left behind
    db = Database(database)
    try:
        assert db.vetting_now() == 0
    finally:
        db.close()


def test_upstream_down_is_a_clean_502(start: Start, upstream: LocalIndex) -> None:
    server = start()
    upstream.down = True
    for path in ("/simple/wt-srv-lib/", f"/files/wt-srv-lib/{LIB2}"):
        got = _get(server.url + path)
        assert got.status_code == 502 and "HTTP 503" in got.text
    upstream.down = False
    assert _get(f"{server.simple}wt-srv-lib/").status_code == 200


def test_a_slow_vetting_is_held_with_a_bound(start: Start, index: LocalIndex) -> None:
    name, data = build_wheel("wt-srv-slow", "1.0")
    index.add(name, data, trickle=0.03)  # about half a second to download
    server = start(hold=0.1)
    got = _get(f"{server.url}/files/wt-srv-slow/{name}")
    assert got.status_code == 503 and got.headers["retry-after"] == "1"
    assert "still being vetted" in got.text
    gate = server.app.state.gate
    deadline = dt.datetime.now() + dt.timedelta(seconds=20)
    while gate.vetted == 0 and dt.datetime.now() < deadline:
        threading.Event().wait(0.05)
    got = _get(f"{server.url}/files/wt-srv-slow/{name}")
    assert got.status_code == 200 and got.content == data
    assert gate.vetted == 1


# ---------------------------------------------------------------- replicas


def test_two_instances_race_for_one_new_file(
    start: Start, index: LocalIndex, database: str
) -> None:
    name, data = build_wheel("wt-srv-race", "1.0")
    index.add(name, data, trickle=0.02)  # the vetting lasts while the other asks
    servers = [start(), start()]
    barrier = threading.Barrier(4)
    answers: list[tuple[int, bytes]] = []

    def ask(server: Server) -> None:
        barrier.wait()
        got = _get(f"{server.url}/files/wt-srv-race/{name}")
        answers.append((got.status_code, got.content))

    threads = [threading.Thread(target=ask, args=(s,)) for s in servers * 2]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert answers == [(200, data)] * 4
    assert sum(s.app.state.gate.vetted for s in servers) == 1
    assert _verdict_rows(database) == [(name, "allow")]
    assert index.requests[f"/files/wt-srv-race/{name}"] == 1


# ---------------------------------------------------------------- secrets


def test_upstream_credentials_never_shown(
    start: Start,
    upstream: LocalIndex,
    database: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    upstream.auth = ("alice", "s3cr3t-pw")
    secret_url = upstream.url.replace("http://", "http://alice:s3cr3t-pw@")
    caplog.set_level(logging.DEBUG)
    server = start(upstream=secret_url)
    shown = [
        _get(f"{server.simple}wt-srv-lib/", headers={"Accept": JSON}).text,
        _get(f"{server.simple}wt-srv-lib/").text,
        _get(f"{server.url}/files/wt-srv-lib/{LIB2}").text,
        _get(f"{server.url}/").text,
        _get(f"{server.url}/api/decisions").text,
        _get(f"{server.url}/metrics").text,
    ]
    assert "wt_srv_lib-1.0" in shown[0] and "obfuscation" in shown[2]
    db = Database(database)
    try:
        stored = json.dumps([v.__dict__ for v in db.recent(100)], default=str)
    finally:
        db.close()
    assert stored and "s3cr3t" not in stored
    for text in [*shown, caplog.text]:
        assert "s3cr3t" not in text


def test_cli_refuses_an_unreachable_database_in_one_line(run_cli) -> None:
    url = "postgresql://bob:hunter2-pw@127.0.0.1:9/none"
    res = run_cli("serve", "--database", url, "--port", "0")
    assert res.exit_code == 2
    assert res.stderr.startswith("pipwarden: error: cannot open the database")
    assert "hunter2" not in res.stderr and "Traceback" not in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1


def test_a_claim_nobody_refreshes_is_taken_over(
    start: Start, index: LocalIndex, database: str
) -> None:
    name, data = build_wheel("wt-srv-orphan", "1.0")
    sha = index.add(name, data)
    server = start(stale_claim=0.4)
    db = Database(database)
    try:  # an instance on another host claimed it, then died
        assert db.claim(sha, server.app.state.gate.rules, "elsewhere:1:dead", 60)
    finally:
        db.close()
    got = _get(f"{server.url}/files/wt-srv-orphan/{name}")
    assert got.status_code == 200 and got.content == data
    assert _verdict_rows(database) == [(name, "allow")]


def test_internal_names_come_from_the_private_index(start: Start, upstream: LocalIndex) -> None:
    private = LocalIndex()
    try:
        name, data = build_wheel("wt-srv-corp", "2.0")
        private.add(name, data)
        upstream.add_dist(build_wheel("wt-srv-corp", "9.0"))  # the confusion attempt
        server = start(policy=Policy(internal=("wt-srv-corp",), private_index=private.url))
        doc = _get(f"{server.simple}wt-srv-corp/", headers={"Accept": JSON}).json()
        assert [f["filename"] for f in doc["files"]] == [name]
        assert _get(f"{server.url}/files/wt-srv-corp/{name}").content == data
        assert upstream.requests["/simple/wt-srv-corp/"] == 0
    finally:
        private.close()


def test_killed_during_a_download_then_restarted(
    index: LocalIndex, tmp_path: Path, isolated: Path
) -> None:
    name, data = build_wheel("wt-srv-killed", "1.0")
    index.add(name, data, trickle=0.02)  # the download lasts about a third of a second
    port, db, log = free_port(), tmp_path / "serve.sqlite3", tmp_path / "serve.log"
    url = f"http://127.0.0.1:{port}/files/wt-srv-killed/{name}"
    first = serve_process(index.url, db, port, log)

    def ask() -> None:
        with contextlib.suppress(httpx.HTTPError):  # the server is killed under it
            httpx.get(url, timeout=60)

    asked = threading.Thread(target=ask, daemon=True)
    try:
        asked.start()
        deadline = dt.datetime.now() + dt.timedelta(seconds=20)
        while not index.requests[f"/files/wt-srv-killed/{name}"]:
            assert dt.datetime.now() < deadline, log.read_text()
            threading.Event().wait(0.02)
    finally:
        first.kill()  # SIGKILL in the middle of the download and the vetting
        first.wait()
    second = serve_process(index.url, db, port, log)
    try:
        got = httpx.get(url, timeout=60)
        assert got.status_code == 200 and got.content == data
    finally:
        second.terminate()
        assert second.wait(timeout=30) == 0  # a graceful shutdown on SIGTERM
    cached = [p for p in (isolated / "cache" / "artifacts").rglob("*") if p.is_file()]
    assert [p.read_bytes() for p in cached] == [data]


@sqlite_only
def test_https_with_the_given_certificate(
    database: str, upstream: LocalIndex, tmp_path: Path
) -> None:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("no openssl command to make a test certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"]
        + ["-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    config = ServeConfig(upstream=upstream.url, database=database, retries=0)
    server = Server(create_app(config), tls=(str(cert), str(key)))
    try:
        assert server.url.startswith("https://")
        trusted = ssl.create_default_context(cafile=str(cert))
        page = httpx.get(f"{server.simple}wt-srv-lib/", verify=trusted, timeout=60)
        assert page.status_code == 200 and "wt_srv_lib-1.0" in page.text
        with pytest.raises(httpx.ConnectError):  # a client that does not trust it
            httpx.get(f"{server.simple}wt-srv-lib/", timeout=60)
    finally:
        server.close()


@sqlite_only
def test_clients_authenticate_when_users_are_set(start: Start, tmp_path: Path, run_cli) -> None:
    from pipwarden.serve.auth import load_users, user_line

    users = tmp_path / "users"
    users.write_text(f"# the CI runners\n{user_line('ci', 'tok-3n7r0py')}\n", encoding="utf-8")

    server = start(users=load_users(users))
    page = f"{server.simple}wt-srv-lib/"
    refused = _get(page)
    assert refused.status_code == 401 and refused.headers["www-authenticate"].startswith("Basic")
    assert _get(page, auth=("ci", "wrong")).status_code == 401
    assert _get(f"{server.url}/metrics", auth=("nobody", "tok-3n7r0py")).status_code == 401
    assert _get(page, auth=("ci", "tok-3n7r0py")).status_code == 200
    # pip sends the credentials of the index URL
    url = server.simple.replace("http://", "http://ci:tok-3n7r0py@")
    cmd = [sys.executable, "-m", "pip", "install", "--no-cache-dir", "--target"]
    cmd += [str(tmp_path / "site"), "--index-url", url, "wt-srv-lib==1.0"]
    res = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    assert res.returncode == 0, res.stderr
    # a malformed users file is a one-line usage error
    users.write_text("ci:not-a-hash\n", encoding="utf-8")
    res = run_cli("serve", "--users", str(users))
    assert res.exit_code == 2 and "line 1: expected USER:$scrypt$" in res.stderr
