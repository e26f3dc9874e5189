"""`pipwarden serve --artifacts`: files kept in a shared folder or an S3-compatible bucket.

The bucket is moto's S3 server on 127.0.0.1 (tests/support/s3server.py), with
credentials enforced. The store's behaviour does not depend on the database:
these run on SQLite.
"""

from __future__ import annotations

import hashlib
import logging
import os
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from pipwarden.serve.artifacts import ArtifactStoreError, Folder, open_store
from pipwarden.serve.db import Database
from tests.support import s3server
from tests.support.builders import build_wheel
from tests.support.indexserver import LocalIndex
from tests.support.serving import Server, free_port, in_process, serve_process

EVIL = "import base64\nexec(base64.b64decode('cHJpbnQoMSk='))\n"
APP = "wt_s3_app-1.0-py3-none-any.whl"
LIB = "wt_s3_lib-1.0-py3-none-any.whl"
LIB2 = "wt_s3_lib-2.0-py3-none-any.whl"


@pytest.fixture(scope="session")
def s3() -> Iterator[s3server.S3Server]:
    """One S3-compatible server per test process; each test has buckets of its own."""
    server = s3server.start()
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def aws(s3: s3server.S3Server, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> dict[str, str]:
    """The environment boto3 reads: the server's key, and nothing of this machine's."""
    for key in list(os.environ):
        if key.startswith("AWS_"):
            monkeypatch.delenv(key)
    env = {
        **s3.env(),
        "AWS_CONFIG_FILE": str(tmp_path / "no-aws-config"),
        "AWS_SHARED_CREDENTIALS_FILE": str(tmp_path / "no-aws-credentials"),
        "AWS_EC2_METADATA_DISABLED": "true",
    }
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return env


@pytest.fixture
def bucket(s3: s3server.S3Server, aws: dict[str, str]) -> str:
    """A new, empty bucket."""
    name = f"pw-{uuid.uuid4().hex[:16]}"
    s3.client().create_bucket(Bucket=name)
    return name


@pytest.fixture
def upstream(index: LocalIndex) -> LocalIndex:
    """wt-s3-app 1.0 -> wt-s3-lib; wt-s3-lib 1.0 (clean) and 2.0 (a decoded payload)."""
    index.add_dist(build_wheel("wt-s3-app", "1.0", requires=["wt-s3-lib"]))
    index.add_dist(build_wheel("wt-s3-lib", "1.0"))
    index.add_dist(build_wheel("wt-s3-lib", "2.0", {"wt_s3_lib/__init__.py": EVIL}))
    return index


Start = Callable[..., Server]


@pytest.fixture
def start(upstream: LocalIndex, tmp_path: Path) -> Iterator[Start]:
    """Start a firewall index over `upstream` (options as ServeConfig) on one SQLite file."""
    with in_process(upstream.url, str(tmp_path / "serve.sqlite3")) as run:
        yield run


def _get(url: str) -> httpx.Response:
    return httpx.get(url, timeout=60)


def _keys(s3: s3server.S3Server, bucket: str) -> list[str]:
    listed = s3.client().list_objects_v2(Bucket=bucket)
    return sorted(o["Key"] for o in listed.get("Contents", []))


def _key(prefix: str, filename: str, data: bytes) -> str:
    sha = hashlib.sha256(data).hexdigest()
    return f"{prefix}/{sha[:2]}/{sha}/{filename}"


def _local_files(home: Path) -> list[str]:
    """Files in the local cache's artifacts folder and its download folder."""
    cache = home / "cache"
    found = [*cache.glob("artifacts/**/*"), *cache.glob("tmp/*")]
    return sorted(p.name for p in found if p.is_file())


def _pip(index_url: str, target: Path, *reqs: str) -> subprocess.CompletedProcess[str]:
    cmd = [sys.executable, "-m", "pip", "install", "--no-cache-dir", "--target", str(target)]
    cmd += ["--index-url", index_url, "--retries", "0", "--timeout", "90", *reqs]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


# ---------------------------------------------------------------- S3


def test_files_are_kept_in_s3_and_served_from_it_by_another_process(
    start: Start,
    upstream: LocalIndex,
    s3: s3server.S3Server,
    bucket: str,
    aws: dict[str, str],
    isolated: Path,
    tmp_path: Path,
) -> None:
    first = start(artifacts=f"s3://{bucket}/team/", s3_endpoint_url=s3.url)
    assert _get(f"{first.url}/files/wt-s3-lib/{LIB2}").status_code == 403
    res = _pip(first.simple, tmp_path / "site1", "wt-s3-app")
    assert res.returncode == 0, res.stderr
    assert (tmp_path / "site1" / "wt_s3_lib-1.0.dist-info").is_dir()
    # the vetted, allowed files are in the bucket under their sha256; the blocked one is
    # not; and nothing stays in the local folder
    files = {f.filename: f.data for p in upstream.projects.values() for f in p.files}
    assert _keys(s3, bucket) == sorted(
        [_key("team", APP, files[APP]), _key("team", LIB, files[LIB])]
    )
    assert _local_files(isolated) == []
    first.close()
    fetched = {
        name: n
        for name, n in upstream.requests.items()
        if name.startswith("/files/") and not name.endswith(".metadata")
    }
    assert sorted(fetched.values()) == [1, 1, 1]
    # a second server process, with an empty home of its own and the same database,
    # serves the files from the bucket: not one more download from the upstream (its
    # endpoint, as its credentials, from boto3's environment variables)
    env = {**os.environ, **aws, "PIPWARDEN_HOME": str(tmp_path / "second-home")}
    env["AWS_ENDPOINT_URL_S3"] = s3.url
    log, port = tmp_path / "second.log", free_port()
    options = ("--artifacts", f"s3://{bucket}/team", "--log-level", "debug")
    second = serve_process(upstream.url, tmp_path / "serve.sqlite3", port, log, *options, env=env)
    try:
        simple = f"http://127.0.0.1:{port}/simple/"
        res = _pip(simple, tmp_path / "site2", "wt-s3-app")
        assert res.returncode == 0, res.stderr + log.read_text()
        assert (tmp_path / "site2" / "wt_s3_app-1.0.dist-info").is_dir()
        got = _get(f"{simple[: -len('/simple/')]}/files/wt-s3-lib/{LIB}")
        assert got.status_code == 200 and got.content == files[LIB]
    finally:
        second.terminate()
        second.wait(timeout=30)
    again = {
        name: n
        for name, n in upstream.requests.items()
        if name.startswith("/files/") and not name.endswith(".metadata")
    }
    assert again == fetched
    assert _local_files(tmp_path / "second-home") == []
    shown = log.read_text()
    assert f"artifacts s3://{bucket}/team at {s3.url}" in shown
    assert s3.secret not in shown and s3.key_id not in shown


@pytest.mark.parametrize("fault", ["no-bucket", "credentials", "http-500"])
def test_store_faults_are_a_clean_502(
    start: Start,
    s3: s3server.S3Server,
    aws: dict[str, str],
    isolated: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    fault: str,
) -> None:
    caplog.set_level(logging.DEBUG)
    failing = s3server.Failing()
    name = f"pw-{uuid.uuid4().hex[:16]}"
    endpoint = s3.url
    if fault == "credentials":
        s3.client().create_bucket(Bucket=name)
        monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "wr0ng-s3cr3t")
    elif fault == "http-500":
        endpoint = failing.url
    try:
        server = start(artifacts=f"s3://{name}/p", s3_endpoint_url=endpoint)
        got = _get(f"{server.url}/files/wt-s3-lib/{LIB}")
    finally:
        failing.close()
    assert got.status_code == 502, got.text
    expected = {
        "no-bucket": "the bucket does not exist",
        "credentials": "the store refused the credentials (HTTP 403)",
        "http-500": "the store answered HTTP 500",
    }[fault]
    assert got.text.startswith(f"pipwarden: the artifact store s3://{name}/p at ")
    assert expected in got.text and len(got.text.splitlines()) == 1
    if fault == "http-500":
        assert failing.requests >= 1
    # nothing half-written: no verdict, no claim, no local file, no object
    db = Database(str(tmp_path / "serve.sqlite3"))
    try:
        assert db.recent(10) == [] and db.vetting_now() == 0
    finally:
        db.close()
    assert _local_files(isolated) == []
    if fault == "credentials":
        assert _keys(s3, name) == []
    for text in (got.text, caplog.text):
        assert "wr0ng-s3cr3t" not in text and s3.secret not in text
    assert s3.key_id not in got.text


def test_the_store_recovers_once_the_bucket_exists(
    start: Start, s3: s3server.S3Server, aws: dict[str, str], upstream: LocalIndex
) -> None:
    name = f"pw-{uuid.uuid4().hex[:16]}"
    server = start(artifacts=f"s3://{name}", s3_endpoint_url=s3.url)
    assert _get(f"{server.url}/files/wt-s3-lib/{LIB}").status_code == 502
    s3.client().create_bucket(Bucket=name)
    got = _get(f"{server.url}/files/wt-s3-lib/{LIB}")
    data = next(f.data for f in upstream.projects["wt-s3-lib"].files if f.filename == LIB)
    assert got.status_code == 200 and got.content == data
    assert _keys(s3, name) == [_key("", LIB, data).lstrip("/")]


def test_a_corrupt_object_is_never_served_whole(
    start: Start, index: LocalIndex, s3: s3server.S3Server, bucket: str
) -> None:
    # incompressible, so that the file spans several chunks of the stream
    blob = hashlib.shake_256(b"wt-s3-big").hexdigest(150_000)
    name, data = build_wheel(
        "wt-s3-big", "1.0", {"wt_s3_big/__init__.py": "", "wt_s3_big/table.txt": blob}
    )
    index.add(name, data)
    server = start(artifacts=f"s3://{bucket}/c", s3_endpoint_url=s3.url)
    url = f"{server.url}/files/wt-s3-big/{name}"
    got = _get(url)
    assert got.status_code == 200 and got.content == data
    key = _key("c", name, data)
    assert _keys(s3, bucket) == [key]
    # the same size, other bytes: the stream stops before its last chunk
    bad = bytearray(data)
    bad[-100] ^= 0xFF
    s3.client().put_object(Bucket=bucket, Key=key, Body=bytes(bad))
    received = b""
    # the connection ends before Content-Length
    with pytest.raises(httpx.HTTPError), httpx.stream("GET", url, timeout=60) as resp:
        assert resp.status_code == 200 and resp.headers["content-length"] == str(len(data))
        for chunk in resp.iter_bytes():
            received += chunk
    assert len(received) < len(data)
    # it was deleted: the next request takes the file from the upstream again
    assert _keys(s3, bucket) == []
    got = _get(url)
    assert got.status_code == 200 and got.content == data
    assert index.requests[f"/files/wt-s3-big/{name}"] == 2
    # another size: found out before the first byte, and fetched again
    s3.client().put_object(Bucket=bucket, Key=key, Body=data[:1000])
    got = _get(url)
    assert got.status_code == 200 and got.content == data
    assert index.requests[f"/files/wt-s3-big/{name}"] == 3


def test_cli_refuses_an_unusable_store_in_one_line(
    run_cli: Any, s3: s3server.S3Server, aws: dict[str, str], tmp_path: Path
) -> None:
    res = run_cli("serve", "--artifacts", "s3://pw-nothing-here", "--s3-endpoint-url", s3.url)
    assert res.exit_code == 2, res.stderr
    assert res.stderr.startswith("pipwarden: error: the artifact store s3://pw-nothing-here/")
    assert "the bucket does not exist" in res.stderr
    assert len(res.stderr.strip().splitlines()) == 1
    (tmp_path / "a-file").write_text("")
    res = run_cli("serve", "--artifacts", str(tmp_path / "a-file" / "artifacts"))
    assert res.exit_code == 2 and "is not writable" in res.stderr
    for where in ("https://user:pw-s3cret@host/x", "s3://A_B"):
        res = run_cli("serve", "--artifacts", where)
        assert res.exit_code == 2 and len(res.stderr.strip().splitlines()) == 1
        assert "pw-s3cret" not in res.stderr and "Traceback" not in res.stderr


# ---------------------------------------------------------------- a shared folder


def test_a_shared_folder_serves_every_instance(
    start: Start, upstream: LocalIndex, isolated: Path, tmp_path: Path
) -> None:
    shared = tmp_path / "shared-artifacts"
    first = start(artifacts=str(shared))
    data = next(f.data for f in upstream.projects["wt-s3-lib"].files if f.filename == LIB)
    got = _get(f"{first.url}/files/wt-s3-lib/{LIB}")
    assert got.status_code == 200 and got.content == data
    sha = hashlib.sha256(data).hexdigest()
    assert [p.relative_to(shared).as_posix() for p in shared.rglob("*") if p.is_file()] == [
        f"{sha[:2]}/{sha}/{LIB}"
    ]
    assert _local_files(isolated) == []  # the download was a temporary file
    second = start(artifacts=str(shared))
    got = _get(f"{second.url}/files/wt-s3-lib/{LIB}")
    assert got.status_code == 200 and got.content == data
    assert upstream.requests[f"/files/wt-s3-lib/{LIB}"] == 1
    # a file cut short in the folder is replaced from the upstream
    (shared / sha[:2] / sha / LIB).write_bytes(data[:100])
    got = _get(f"{second.url}/files/wt-s3-lib/{LIB}")
    assert got.status_code == 200 and got.content == data
    assert upstream.requests[f"/files/wt-s3-lib/{LIB}"] == 2


def test_a_folder_put_is_whole_or_absent(tmp_path: Path) -> None:
    store = open_store(str(tmp_path / "store"))
    assert isinstance(store, Folder)
    src = tmp_path / "verified.whl"
    src.write_bytes(b"x" * 100_000)
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    assert not store.has(sha, "a-1.0-py3-none-any.whl")
    with pytest.raises(ArtifactStoreError):  # a source that cannot be read
        store.put(sha, "a-1.0-py3-none-any.whl", tmp_path / "missing.whl")
    assert [p for p in (tmp_path / "store").rglob("*") if p.is_file()] == []
    store.put(sha, "a-1.0-py3-none-any.whl?token=x", src)
    opened = store.open(sha, "a-1.0-py3-none-any.whl")
    assert opened is not None and opened.size == 100_000
    assert opened.path == tmp_path / "store" / sha[:2] / sha / "a-1.0-py3-none-any.whl"
    assert src.is_file()  # the verified file is left in place
    # a file of another size than the announced one is not served, and is deleted
    assert store.open(sha, "a-1.0-py3-none-any.whl", size=5) is None
    assert not store.has(sha, "a-1.0-py3-none-any.whl")
    with pytest.raises(ArtifactStoreError):
        store.has("../../etc", "passwd")


def test_only_a_sha256_names_a_stored_file(start: Start, tmp_path: Path) -> None:
    from pipwarden.index import IndexFile

    gate = start().app.state.gate
    for announced in ("../../../../../../etc", "0" * 63 + "g", None):
        f = IndexFile(filename="passwd", url="http://127.0.0.1:9/passwd", sha256=announced)
        why = gate.early_refusal("wt-s3-lib", f, [f])
        assert why is not None and "no valid sha256" in why
    # upper-case hex, as some indexes write it, names the same artifact
    store = open_store(str(tmp_path / "store"))
    src = tmp_path / "verified.whl"
    src.write_bytes(b"wheel")
    sha = hashlib.sha256(b"wheel").hexdigest()
    store.put(sha.upper(), "a-1.0-py3-none-any.whl", src)
    assert store.has(sha, "a-1.0-py3-none-any.whl")
