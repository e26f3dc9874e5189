"""Publisher evidence that cannot be read warns, and blocks when a trust record exists.

Also: a ``--json-url`` that answers nothing usable ends the run (exit 2), while
a 404 for one project is only "absent from the JSON API".
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks import publishers as check
from pipwarden.errors import RunInputError
from pipwarden.findings import Finding, Severity, Verdict
from pipwarden.index import IndexClient
from pipwarden.policy import Policy
from pipwarden.publishers.evidence import json_api_problem
from pipwarden.publishers.trust import TrustRecord, TrustStore, write_file
from pipwarden.store import Store
from tests.support.builders import build_wheel
from tests.support.publishers import FaultyIndex, provenance

OLD = dt.datetime(2023, 1, 1, tzinfo=dt.timezone.utc)
JSON = "/pypi/demo/json"


@pytest.fixture
def faulty() -> Iterator[FaultyIndex]:
    server = FaultyIndex()
    server.add_dist(build_wheel("demo", "1.0"), upload_time=OLD)
    server.set_roles("demo", [{"role": "Owner", "user": "alice"}])
    try:
        yield server
    finally:
        server.close()


def cand(name: str = "demo", version: str = "1.0") -> Candidate:
    filename = f"{name.replace('-', '_')}-{version}-py3-none-any.whl"
    return Candidate(name, version, filename, f"http://x.invalid/{filename}", None, "wheel")


def vet(
    index: FaultyIndex, *candidates: Candidate, json_url: str | None = None
) -> dict[str, dict[str, Finding]]:
    """One run of the check with a fresh client (no HTTP cache reuse): rule -> finding."""
    store = Store()
    with IndexClient(
        index.url, json_url=json_url, store=store, retries=1, backoff=0, metadata_max_age=0
    ) as client:
        ctx = VetContext(policy=Policy(), store=store, index=client)
        if json_url is not None:
            ctx.scratch["json_url"] = json_url
        cands = list(candidates) or [cand()]
        check.prepare(cands, ctx)
        out = {c.key: {f.rule: f for f in check.run(c, ctx)} for c in cands}
    store.close()
    return out


def verdict(found: dict[str, Finding]) -> Verdict:
    return Policy().verdict("demo", list(found.values()))


FAULTS: dict[str, tuple[int, bytes, str, str]] = {
    "http-500": (500, b"internal error", "text/plain", "after 2 attempts (HTTP 500)"),
    "garbage": (200, b"\x00<<not json", "application/json", "did not answer JSON"),
    "html-page": (200, b"<html><body>Sign in</body></html>", "text/html", "did not answer JSON"),
    "json-list": (200, b"[1, 2]", "application/json", "answered JSON list"),
    "no-releases": (200, b'{"info": {}}', "application/json", "without 'releases'"),
    "roles-not-a-list": (
        200,
        b'{"info": {}, "releases": {}, "ownership": {"roles": "alice"}}',
        "application/json",
        "key 'ownership.roles' is not a list",
    ),
    "release-not-a-list": (
        200,
        b'{"info": {}, "releases": {"1.0": "x"}}',
        "application/json",
        "key 'releases.1.0' is not a list of file objects",
    ),
    "deep": (200, b"[" * 100_000 + b"]" * 100_000, "application/json", "did not answer JSON"),
}


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_unreadable_evidence_warns_without_a_record(faulty: FaultyIndex, fault: str) -> None:
    status, body, ctype, reason = FAULTS[fault]
    faulty.fail(JSON, status, body, ctype)
    found = vet(faulty)["demo"]
    f = found["publishers.evidence-unreadable"]
    assert f.severity == Severity.MEDIUM
    assert "publisher evidence for demo could not be read" in f.message and reason in f.message
    assert f.remediation
    assert verdict(found) == Verdict.WARN
    assert "publishers.trust-recorded" not in found  # nothing is recorded from it
    assert TrustStore(Store()).get("demo") is None


@pytest.mark.parametrize("fault", ["http-500", "garbage", "roles-not-a-list"])
def test_an_owner_change_behind_a_failing_json_api_now_blocks(
    faulty: FaultyIndex, fault: str
) -> None:
    assert "publishers.trust-recorded" in vet(faulty)["demo"]
    # mallory is added, and the JSON API stops answering usably: before, this was "allow".
    faulty.set_roles(
        "demo", [{"role": "Owner", "user": "alice"}, {"role": "Owner", "user": "mallory"}]
    )
    status, body, ctype, _ = FAULTS[fault]
    faulty.fail(JSON, status, body, ctype)
    found = vet(faulty)["demo"]
    f = found["publishers.evidence-unreadable"]
    assert f.severity == Severity.HIGH
    assert "trusted record in the store that cannot be compared" in f.message
    assert verdict(found) == Verdict.BLOCK
    assert TrustStore(Store()).get("demo").owners == {"alice": "Owner"}  # type: ignore[union-attr]
    faulty.heal(JSON)  # once readable, the change itself is the finding
    assert "publishers.owner-added" in vet(faulty)["demo"]


def test_a_trust_file_record_blocks_too(faulty: FaultyIndex, tmp_path: Path) -> None:
    write_file(tmp_path / "pipwarden-trust.json", [TrustRecord("demo", owners={"alice": "Owner"})])
    faulty.fail(JSON)
    f = vet(faulty)["demo"]["publishers.evidence-unreadable"]
    assert f.severity == Severity.HIGH and "trusted record in the trust file" in f.message


def test_a_simple_api_that_fails_is_unreadable_too(faulty: FaultyIndex) -> None:
    faulty.fail("/simple/demo/", 503)
    f = vet(faulty)["demo"]["publishers.evidence-unreadable"]
    assert f.severity == Severity.MEDIUM and "HTTP 503" in f.message


def test_a_project_absent_from_the_json_api_is_only_info(faulty: FaultyIndex) -> None:
    faulty.fail(JSON, 404, b'{"message": "Not Found"}', "application/json")
    TrustStore(Store()).put(TrustRecord("demo", owners={"alice": "Owner"}))
    found = vet(faulty)["demo"]
    assert "publishers.evidence-unreadable" not in found
    assert found["publishers.evidence-unavailable"].severity == Severity.INFO


def test_unreadable_attestations_block_only_an_attested_record(faulty: FaultyIndex) -> None:
    faulty.fail("/integrity/", 500)
    found = vet(faulty)["demo"]
    assert found["publishers.attestations-error"].severity == Severity.MEDIUM
    assert "the attestations of demo-1.0-py3-none-any.whl could not be read" in (
        found["publishers.attestations-error"].message
    )
    faulty.heal("/integrity/")
    TrustStore(Store()).put(
        TrustRecord("demo", owners={"alice": "Owner"}, attested=True, publisher="GitHub:a/demo")
    )
    faulty.attest("demo", "1.0", "demo-1.0-py3-none-any.whl", provenance("a/demo"))
    faulty.fail("/integrity/", 200, b"<html>", "text/html")
    found = vet(faulty)["demo"]
    assert found["publishers.attestations-error"].severity == Severity.HIGH
    assert verdict(found) == Verdict.BLOCK


def test_json_api_problem_accepts_what_pypi_serves(faulty: FaultyIndex) -> None:
    doc = faulty.project_json("demo")
    assert json_api_problem(doc) is None
    assert json_api_problem({**(doc or {}), "ownership": None}) is None
    assert json_api_problem({"info": {"project_urls": None}, "releases": {}}) is None
    assert json_api_problem({"info": {"project_urls": []}, "releases": {}}) is not None


# -- end to end ----------------------------------------------------------------------------------
def _args(index: FaultyIndex, *more: str) -> list[str]:
    return ["check", "demo", "--index-url", index.url, "--retries", "0", "--timeout", "5", *more]


def test_check_blocks_when_a_recorded_project_cannot_be_compared(
    faulty: FaultyIndex, run_cli: Any
) -> None:
    TrustStore(Store()).put(TrustRecord("demo", owners={"alice": "Owner"}))
    faulty.fail(JSON)
    res = run_cli(*_args(faulty), "--format", "json")
    assert res.exit_code == 1, res.stderr
    (pkg,) = json.loads(res.stdout)["packages"]
    assert pkg["verdict"] == "block"
    (f,) = [f for f in pkg["findings"] if f["rule"] == "publishers.evidence-unreadable"]
    assert f["severity"] == "high" and "HTTP 500" in f["message"]


def test_check_warns_when_evidence_cannot_be_read(faulty: FaultyIndex, run_cli: Any) -> None:
    faulty.fail(JSON, 200, b"<html>maintenance</html>", "text/html")
    res = run_cli(*_args(faulty))
    assert res.exit_code == 0, res.stderr
    assert "publishers.evidence-unreadable" in res.stdout and "warn" in res.stdout


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
    return port


@pytest.mark.parametrize(
    ("root", "status", "body", "ctype", "reason"),
    [
        ("/web/", 200, b"<!DOCTYPE html><html>a web page</html>", "text/html", "not answer JSON"),
        ("/garbage/", 200, b"{{{{", "application/json", "not answer JSON"),
        ("/shape/", 200, b'{"data": []}', "application/json", "without 'info'"),
        ("/down/", 502, b"bad gateway", "text/plain", "HTTP 502"),
    ],
)
def test_a_json_url_that_answers_nothing_usable_is_an_input_error(
    faulty: FaultyIndex, run_cli: Any, root: str, status: int, body: bytes, ctype: str, reason: str
) -> None:
    faulty.fail(root, status, body, ctype)
    url = f"{faulty.base}{root}"
    res = run_cli(*_args(faulty, "--json-url", url))
    assert res.exit_code == 2, res.stdout
    assert res.stderr.startswith(f"pipwarden: error: --json-url {url} returned nothing usable")
    assert reason in res.stderr and res.stderr.count("\n") == 1


def test_an_unreachable_json_url_is_an_input_error(faulty: FaultyIndex, run_cli: Any) -> None:
    url = f"http://127.0.0.1:{_closed_port()}/pypi/"
    res = run_cli(*_args(faulty, "--json-url", url))
    assert res.exit_code == 2
    assert f"--json-url {url} returned nothing usable (cannot reach" in res.stderr


def test_per_project_404s_on_a_json_url_are_normal(faulty: FaultyIndex, run_cli: Any) -> None:
    faulty.add_dist(build_wheel("wt-app", "1.0", requires=["demo"]), upload_time=OLD)
    faulty.fail("/pypi/wt-app/json", 404, b"{}", "application/json")
    res = run_cli(
        "check", "wt-app", *_args(faulty, "--json-url", faulty.json_url, "--format", "json")[2:]
    )
    assert res.exit_code == 0, res.stderr
    pkgs = {p["name"]: p for p in json.loads(res.stdout)["packages"]}
    rules = {f["rule"] for f in pkgs["wt-app"]["findings"]}
    assert "publishers.evidence-unavailable" in rules
    # a JSON API that has none of the closure is not an error either
    faulty.fail("/pypi/", 404, b"{}", "application/json")
    res = run_cli(*_args(faulty, "--json-url", faulty.json_url))
    assert res.exit_code == 0, res.stderr


def test_the_check_raises_the_json_url_error_itself(faulty: FaultyIndex) -> None:
    faulty.fail("/pypi/", 200, b"[]", "application/json")
    with pytest.raises(RunInputError, match=r"--json-url .*/pypi/ returned nothing usable"):
        vet(faulty, json_url=faulty.json_url)
    # Without --json-url, the same answer is a finding about that project.
    assert "publishers.evidence-unreadable" in vet(faulty)["demo"]
