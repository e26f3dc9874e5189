"""The engine's facts: typed taint labels and events, and a severity per execution context
taken from the rule's declaration."""

from __future__ import annotations

import ast

import pytest

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Where
from pipwarden.scan import patterns as P
from pipwarden.scan.engine import Analyzer, FileContext, analyse_member
from pipwarden.scan.engine.python import analyse_python
from pipwarden.scan.facts import MAX_PARAMS, PARAM_INDEX, PARAMS, Event, Label
from pipwarden.scan.rules import BY_ID

CRON = "open('/etc/cron.d/job', 'w').write('* * * * * true\\n')\n"


def test_parameter_labels_are_members_with_their_index() -> None:
    assert len(PARAMS) == MAX_PARAMS
    assert PARAMS[3] is Label("p:3") and PARAM_INDEX[PARAMS[3]] == 3
    assert Label.NET not in PARAM_INDEX


def test_string_labels_are_typed() -> None:
    found = P.string_labels("/home/u/.ssh/id_rsa")
    assert found == {Label.CRED, Label.HOME}
    assert P.string_labels("~/.config") == {Label.HOME}
    assert Label.HOME not in P.string_labels("docs/home/index.md")
    assert "cred" not in found  # a bare string is no label


def test_events_are_typed_and_kept_as_plain_data_in_the_facts() -> None:
    source = (
        "import subprocess, urllib.request\n"
        "def fetch():\n    urllib.request.urlopen('https://example.invalid/x')\n"
        "subprocess.run(['true'])\n"
    )
    analyzer = Analyzer(FileContext("pkg/mod.py", "wheel", True), source)
    analyzer.run(ast.parse(source))
    assert analyzer.fn_events["fetch"] == {Event.NET: 3}
    assert set(analyzer.file_events) == {Event.NET, Event.PROCESS}
    assert set(analyzer.import_events) == {Event.PROCESS}
    assert "net" not in analyzer.file_events  # a bare string is no event
    facts: dict[str, set[object]] = {}
    analyse_python(FileContext("pkg/mod.py", "wheel", True), source.encode(), facts)
    assert facts["events"] == {"net", "process"}  # by value: the per-file memo stores them


def test_a_rule_declares_its_severity_per_context() -> None:
    autostart = BY_ID["persistence.autostart"]
    assert autostart.severity is Severity.HIGH
    assert {autostart.severity_at(w) for w in ON_LOAD} == {Severity.CRITICAL}
    assert autostart.severity_at(Where.RUNTIME) is Severity.MEDIUM
    assert autostart.severity_at(Where.TEST) is Severity.HIGH  # not declared: the default
    assert BY_ID["reverse-shell.command"].severity_in == ()


def _severity(source: str, name: str, kind: str = "wheel") -> Severity:
    found = analyse_member(FileContext(name, kind, kind == "wheel"), source.encode())
    (sev,) = {f.severity for f in found if f.rule == "persistence.autostart"}
    return sev


@pytest.mark.parametrize(
    ("source", "name", "kind", "expected"),
    [
        (CRON, "pkg/mod.py", "wheel", Severity.CRITICAL),  # import
        ("def f():\n    " + CRON, "pkg/mod.py", "wheel", Severity.MEDIUM),  # run time
        ("def f():\n    " + CRON + "f()\n", "pkg/mod.py", "wheel", Severity.CRITICAL),  # called
        ("def f():\n    " + CRON, "p-1/setup.py", "sdist", Severity.CRITICAL),  # install
    ],
)
def test_the_report_site_names_the_context_the_declaration_gives_the_severity(
    source: str, name: str, kind: str, expected: Severity
) -> None:
    assert _severity(source, name, kind) is expected


@pytest.mark.parametrize(
    ("call", "loopback"),
    [
        ("httpx.get('http://localhost:8000/docs')", True),
        ("requests.post('https://LOCALHOST/x', json={})", True),
        ("urllib.request.urlopen('http://127.0.0.1')", True),
        ("requests.get('http://127.3.2.1:5000?q=1')", True),
        ("requests.get(url='http://[::1]:8080/')", True),
        ("requests.get('http://0.0.0.0:8000/')", True),
        ("requests.request('GET', 'http://localhost/')", True),
        ("requests.get('http://localhost:8000/' + name)", True),
        ("requests.get(f'http://localhost:8000/{name}')", True),
        # Anything else stays the network: a host that only looks local ...
        ("requests.get('http://localhost@example.invalid/')", False),
        ("requests.get('http://localhost:80@example.invalid/')", False),
        ("requests.get('http://127.0.0.1.example.invalid/')", False),
        ("requests.get('http://localhost.example.invalid/')", False),
        ("requests.get('http://localhost\\\\@example.invalid/')", False),
        ("requests.get('http://127.1/')", False),
        ("requests.get('http://10.0.0.1/')", False),
        # ... a port or host a variable completes, a variable however it folds ...
        ("requests.get(f'http://localhost:{name}/')", False),
        ("requests.get('http://localhost' + name)", False),
        ("requests.get('http://127.0.0.' + name)", False),
        ("requests.get(LOCAL)", False),
        # ... and a proxy or options given with the call.
        ("requests.get('http://localhost/', proxies=name)", False),
        ("requests.get('http://localhost/', **name)", False),
    ],
)
def test_a_request_to_a_loopback_literal_is_no_network_event(call: str, loopback: bool) -> None:
    source = f"import httpx, requests, urllib.request\nname = input()\nLOCAL = 'http://localhost/'\n{call}\n"
    analyzer = Analyzer(FileContext("pkg/mod.py", "wheel", True), source)
    analyzer.run(ast.parse(source))
    events = set(analyzer.file_events)
    assert (Event.LOOPBACK in events, Event.NET in events) == (loopback, not loopback)


def test_a_file_naming_a_proxy_keeps_its_loopback_requests_network_ones() -> None:
    source = (
        "import os, requests\nos.environ['HTTPS_PROXY'] = 'http://example.invalid:3128'\n"
        "requests.get('https://localhost/')\n"
    )
    analyzer = Analyzer(FileContext("pkg/mod.py", "wheel", True), source)
    analyzer.run(ast.parse(source))
    assert Event.NET in analyzer.file_events and Event.LOOPBACK not in analyzer.file_events
