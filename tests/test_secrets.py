"""Index credentials never reach what pipwarden writes or prints (issue 12, section 5),
and the store and cache are owner-only."""

from __future__ import annotations

import base64
import json
import os
import stat
import urllib.parse
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from pipwarden import environment, paths
from pipwarden.audit import osv
from pipwarden.index import IndexAuth, IndexClient
from pipwarden.redact import redact_text, redact_url
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.osvdata import record, write_zip

USER = "alice"
PASSWORD = "pw-Zq8xK3vT9sLm"  # what must never be written


@pytest.fixture
def private(index: LocalIndex) -> Iterator[LocalIndex]:
    """The local index behind basic auth, serving wt-app 1.0 -> wt-lib."""
    index.add_dist(build_wheel("wt-app", "1.0", requires=["wt-lib>=1"]))
    index.add_dist(build_wheel("wt-lib", "1.0"))
    index.auth = (USER, PASSWORD)
    yield index


def _with_creds(index: LocalIndex, path: str) -> str:
    return f"http://{USER}:{PASSWORD}@127.0.0.1:{index.port}{path}"


def _secret_forms() -> list[bytes]:
    token = base64.b64encode(f"{USER}:{PASSWORD}".encode())
    return [PASSWORD.encode(), token, PASSWORD.encode("utf-16-le")]


def _leaks_in_home(home: Path) -> list[str]:
    """Every file under PIPWARDEN_HOME (store with -wal/-shm, cache) holding the secret."""
    found = []
    files = [p for p in home.rglob("*") if p.is_file() and not p.is_symlink()]
    assert files, "pipwarden wrote nothing: the test would prove nothing"
    for path in files:
        data = path.read_bytes()
        if any(form in data for form in _secret_forms()):
            found.append(str(path.relative_to(home)))
        if PASSWORD in str(path):
            found.append(f"path: {path}")
    return found


def _assert_clean_output(*texts: str) -> None:
    for text in texts:
        assert PASSWORD not in text
        assert base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode() not in text


def _index_args(index: LocalIndex) -> list[str]:
    return [
        "--index-url",
        _with_creds(index, "/simple/"),
        "--extra-index-url",
        _with_creds(index, "/simple/"),
        "--json-url",
        _with_creds(index, "/pypi/"),
        "-f",
        _with_creds(index, "/simple/wt-lib/"),
        "--retries",
        "1",
        "--timeout",
        "5",
    ]


def test_check_and_install_never_write_the_password(
    private: LocalIndex, run_cli: Any, isolated: Path, tmp_path: Path
) -> None:
    res = run_cli("check", "wt-app", *_index_args(private), "--format", "json")
    assert res.exit_code == 0, res.stderr
    doc = json.loads(res.stdout)
    assert {p["name"] for p in doc["packages"]} == {"wt-app", "wt-lib"}
    _assert_clean_output(res.stdout, res.stderr)
    # the credentials were used: files, JSON API and simple pages answered
    assert private.requests["/pypi/wt-app/json"] >= 1
    assert private.requests["/files/wt-lib/wt_lib-1.0-py3-none-any.whl"] >= 1

    res = run_cli("check", "wt-app", *_index_args(private), "-v")
    _assert_clean_output(res.stdout, res.stderr)
    assert res.exit_code == 0, res.stderr

    venv = tmp_path / "env"
    environment.create_venv(venv)
    res = run_cli("install", "-p", str(venv), "wt-app", *_index_args(private), "--dry-run")
    assert res.exit_code == 0, res.stderr
    _assert_clean_output(res.stdout, res.stderr)

    store_files = {p.name for p in (isolated / "data").iterdir()}
    assert "pipwarden.sqlite3" in store_files
    assert list((isolated / "cache" / "artifacts").rglob("*.whl"))
    assert _leaks_in_home(isolated) == []


def test_pip_configuration_credentials_stay_out(
    private: LocalIndex, run_cli: Any, isolated: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PIP_INDEX_URL", _with_creds(private, "/simple/"))
    monkeypatch.setenv("PIP_EXTRA_INDEX_URL", _with_creds(private, "/simple/"))
    res = run_cli("check", "wt-app", "--retries", "1", "--format", "json")
    assert res.exit_code == 0, res.stderr
    _assert_clean_output(res.stdout, res.stderr)
    assert private.requests["/pypi/wt-app/json"] >= 1
    assert _leaks_in_home(isolated) == []


def test_audit_resolve_and_typosquat_online_never_write_the_password(
    private: LocalIndex, run_cli: Any, isolated: Path, tmp_path: Path
) -> None:
    records = [record("PYSEC-2101-9", "wt-lib", ("introduced", "0"), ("fixed", "2.0"))]
    osv.update(str(write_zip(tmp_path / "o.zip", records)))
    Path("requirements.txt").write_text("wt-app\n")
    for fmt in ("json", "sarif", "table"):
        res = run_cli(
            "audit",
            "-r",
            "requirements.txt",
            "--resolve",
            "--index-url",
            _with_creds(private, "/simple/"),
            "--extra-index-url",
            _with_creds(private, "/simple/"),
            "--format",
            fmt,
        )
        assert res.exit_code == 1, res.stderr  # wt-lib 1.0 is vulnerable: it was resolved
        _assert_clean_output(res.stdout, res.stderr)
    res = run_cli(
        "typosquat", "wt-app", "--online", "--index-url", _with_creds(private, "/simple/")
    )
    assert res.exit_code == 0, res.stderr
    _assert_clean_output(res.stdout, res.stderr)
    assert _leaks_in_home(isolated) == []


def test_errors_name_the_index_without_its_password(
    private: LocalIndex, run_cli: Any, isolated: Path
) -> None:
    private.down = True
    res = run_cli("check", "wt-app", *_index_args(private))
    assert res.exit_code == 2
    assert "127.0.0.1" in res.stderr and len(res.stderr.strip().splitlines()) == 1
    _assert_clean_output(res.stdout, res.stderr)
    assert _leaks_in_home(isolated) == []


def test_client_sends_credentials_only_to_their_origin() -> None:
    auth = IndexAuth()
    kept = auth.remember("https://u%40corp:p%3Ass@pkgs.example/simple/")
    assert kept == "https://pkgs.example/simple/"
    assert auth.credentials_for(httpx.URL("https://pkgs.example/files/x.whl")) == (
        "u@corp",
        "p:ss",
    )
    assert auth.credentials_for(httpx.URL("https://pkgs.example:443/simple/x/")) is not None
    assert auth.credentials_for(httpx.URL("http://pkgs.example/simple/")) is None
    assert auth.credentials_for(httpx.URL("https://other.example/simple/")) is None
    # the longest matching path wins when one host serves several indexes
    auth.remember("https://team:t2@pkgs.example/team/simple/")
    assert auth.credentials_for(httpx.URL("https://pkgs.example/team/simple/a/")) == (
        "team",
        "t2",
    )
    assert auth.credentials_for(httpx.URL("https://pkgs.example/simple/a/")) == (
        "u@corp",
        "p:ss",
    )


def test_client_keeps_no_credentials_in_its_urls(isolated: Path) -> None:
    client = IndexClient(
        f"https://{USER}:{PASSWORD}@pkgs.example/simple",
        (f"https://tok{PASSWORD}@mirror.example/simple/",),
        json_url=f"https://{USER}:{PASSWORD}@pkgs.example/pypi",
    )
    exposed = [client.index_url, *client.extra_index_urls, client.json_url or ""]
    assert exposed == [
        "https://pkgs.example/simple/",
        "https://mirror.example/simple/",
        "https://pkgs.example/pypi/",
    ]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://u:p@h.example/simple/", "https://h.example/simple/"),
        ("https://token@h.example:8443/s/", "https://h.example:8443/s/"),
        ("https://u:p@ss@h.example/", "https://h.example/"),
        (
            "https://h.example/f.whl?X-Amz-Signature=abc&v=1",
            "https://h.example/f.whl?X-Amz-Signature=REDACTED&v=1",
        ),
        ("https://h.example/simple/?token=abc", "https://h.example/simple/?token=REDACTED"),
        ("https://h.example/simple/?page=2", "https://h.example/simple/?page=2"),
        ("/local/folder", "/local/folder"),
        ("http://[::1", "http://[::1"),
    ],
)
def test_redact_url(url: str, expected: str) -> None:
    assert redact_url(url) == expected


def test_redact_text_finds_urls_in_messages() -> None:
    text = "pip said: cannot fetch https://u:secret@h.example/simple/x/ (and git+https://t@g.example/r)"
    out = redact_text(text)
    assert "secret" not in out and "t@" not in out
    assert "https://h.example/simple/x/" in out and "git+https://g.example/r" in out


def test_store_keys_are_redacted_at_the_door(isolated: Path) -> None:
    store = Store()
    store.cache_put(f"simple:https://{USER}:{PASSWORD}@h.example/simple/x/", 200, b"{}")
    assert store.cache_get("simple:https://h.example/simple/x/", None) == (200, b"{}")
    store.close()
    assert _leaks_in_home(isolated) == []


# -- permissions ---------------------------------------------------------------------
def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o000, 0o022, 0o077])
def test_store_and_cache_are_owner_only_whatever_the_umask(
    umask: int, private: LocalIndex, run_cli: Any, isolated: Path
) -> None:
    old = os.umask(umask)
    try:
        res = run_cli("check", "wt-app", *_index_args(private), "--format", "json")
        assert res.exit_code == 0, res.stderr
        store = Store()  # a second connection while the first run's files exist
        store.cache_put("k", 200, b"v")
        try:
            sqlite_files = sorted((isolated / "data").glob("pipwarden.sqlite3*"))
            names = {p.name for p in sqlite_files}
            assert {"pipwarden.sqlite3", "pipwarden.sqlite3-wal", "pipwarden.sqlite3-shm"} <= names
            for path in sqlite_files:
                assert _mode(path) == 0o600, path
        finally:
            store.close()
    finally:
        os.umask(old)
    assert _mode(isolated / "cache") == 0o700
    assert _mode(isolated / "data") == 0o700
    assert _mode(isolated / "cache" / "links") == 0o700
    for path in (isolated / "cache").rglob("*"):
        if path.is_file():
            assert _mode(path) & 0o077 == 0, path  # nothing readable by group or others
    for path in (isolated / "data").rglob("*"):
        if path.is_file():
            assert _mode(path) == 0o600, path


def test_existing_folders_are_tightened(isolated: Path) -> None:
    (isolated / "cache").mkdir(parents=True)
    os.chmod(isolated / "cache", 0o755)
    (isolated / "data").mkdir()
    os.chmod(isolated / "data", 0o775)
    db = isolated / "data" / "pipwarden.sqlite3"
    db.write_bytes(b"")
    os.chmod(db, 0o644)
    assert _mode(paths.cache_dir()) == 0o700
    Store().close()
    assert _mode(isolated / "data") == 0o700
    assert _mode(db) == 0o600


@given(
    user=st.text(min_size=0, max_size=20),
    password=st.text(min_size=6, max_size=30),
    raw=st.booleans(),
    path=st.sampled_from(["/simple/", "/a/b?token=x", "", "/p#frag"]),
)
@settings(max_examples=300, deadline=None)
def test_redact_url_never_keeps_the_password(
    user: str, password: str, raw: bool, path: str
) -> None:
    # Raw (not percent-encoded) passwords keep every character a working URL can hold
    # there: "/", "?", "#", "@" and whitespace would end the authority or the URL.
    quoted = urllib.parse.quote(password, safe="")
    raw_password = "".join(c for c in password if c not in "/?#@" and not c.isspace())
    secret = raw_password if raw else quoted
    assume(len(secret) >= 6 and secret not in f"https://pkgs.example:8443{path}REDACTED")
    userinfo = f"{urllib.parse.quote(user, safe='')}:{secret}"
    url = f"https://{userinfo}@pkgs.example:8443{path}"
    for out in (redact_url(url), redact_text(f"see {url} now")):
        assert secret not in out
        assert "pkgs.example" in out


def test_advisory_download_errors_hide_the_password(run_cli: Any, isolated: Path) -> None:
    res = run_cli("db", "update", "--source", f"http://{USER}:{PASSWORD}@127.0.0.1:9/osv.zip")
    assert res.exit_code == 2
    assert "cannot download http://127.0.0.1:9/osv.zip" in res.stderr
    _assert_clean_output(res.stdout, res.stderr)


def test_signed_file_urls_leave_no_token_in_cache_names(isolated: Path) -> None:
    from pipwarden.index import _parse_html, artifact_path

    page = (
        '<a href="/f/wt_lib-1.0-py3-none-any.whl?X-Amz-Signature=tok123#sha256='
        + "a" * 64
        + '">x</a>'
    )
    (f,) = _parse_html(page, "https://h.example/simple/wt-lib/")
    assert f.filename == "wt_lib-1.0-py3-none-any.whl" and f.sha256 == "a" * 64
    path = artifact_path("a" * 64, "wt_lib-1.0-py3-none-any.whl?X-Amz-Signature=tok123")
    assert path.name == "wt_lib-1.0-py3-none-any.whl" and "tok123" not in str(path)
