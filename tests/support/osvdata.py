"""Small OSV records and exports written by the audit tests themselves."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from typing import Any

CVSS_CRITICAL = "CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H"  # 9.8
CVSS_MEDIUM = "CVSS:3.1/AV:N/AC:H/PR:N/UI:R/S:U/C:L/I:L/A:N"  # 4.2


def record(
    vid: str,
    package: str,
    *events: tuple[str, str],
    ranges: list[list[tuple[str, str]]] | None = None,
    versions: list[str] | None = None,
    aliases: list[str] | None = None,
    severity: str | None = None,
    withdrawn: str | None = None,
    summary: str = "",
    modified: str = "2024-01-01T00:00:00Z",
) -> dict[str, Any]:
    """One OSV record for a PyPI package; `events` form one ECOSYSTEM range."""
    all_ranges = [list(events)] if events else []
    all_ranges += ranges or []
    affected: dict[str, Any] = {
        "package": {"ecosystem": "PyPI", "name": package},
        "ranges": [{"type": "ECOSYSTEM", "events": [{k: v} for k, v in r]} for r in all_ranges],
    }
    if versions is not None:
        affected["versions"] = versions
    data: dict[str, Any] = {
        "id": vid,
        "modified": modified,
        "published": "2023-01-01T00:00:00Z",
        "aliases": aliases or [],
        "summary": summary or f"{vid} in {package}",
        "details": f"Details of {vid}.",
        "affected": [affected],
    }
    if severity:
        data["severity"] = [{"type": "CVSS_V3", "score": severity}]
    if withdrawn:
        data["withdrawn"] = withdrawn
    return data


def write_zip(
    path: Path, records: list[dict[str, Any]], extra: dict[str, bytes] | None = None
) -> Path:
    """An export zip in OSV's layout: one <ID>.json per record at the root."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for rec in records:
            zf.writestr(f"{rec['id']}.json", json.dumps(rec, indent=2))
        for name, data in (extra or {}).items():
            zf.writestr(name, data)
    return path


def write_folder(path: Path, records: list[dict[str, Any]]) -> Path:
    """The same records as a folder of JSON files."""
    path.mkdir(parents=True, exist_ok=True)
    for rec in records:
        (path / f"{rec['id']}.json").write_text(json.dumps(rec), encoding="utf-8")
    return path


def standard() -> list[dict[str, Any]]:
    """The fixture database most audit tests use."""
    return [
        record(
            "PYSEC-2023-74",
            "requests",
            ("introduced", "2.3.0"),
            ("fixed", "2.31.0"),
            aliases=["CVE-2023-32681", "GHSA-j8r2-6x86-q33q"],
            summary="Proxy-Authorization header leaked on redirect",
        ),
        # The same flaw under its GHSA id: must be merged, shown once.
        record(
            "GHSA-j8r2-6x86-q33q",
            "requests",
            ("introduced", "2.3.0"),
            ("fixed", "2.31.0"),
            aliases=["CVE-2023-32681"],
            severity=CVSS_MEDIUM,
        ),
        record("PYSEC-2018-28", "requests", ("introduced", "0"), ("fixed", "2.20.0")),
        record(
            "PYSEC-2099-1",
            "Demo_Pkg",
            ranges=[
                [("introduced", "2.0"), ("fixed", "2.2")],
                [("introduced", "1.0"), ("fixed", "1.4")],
            ],
            severity=CVSS_CRITICAL,
        ),
        record("PYSEC-2099-2", "demo-pkg", ("introduced", "1.3"), ("fixed", "1.5")),
        record("PYSEC-2099-3", "jw.util", ("introduced", "0"), ("fixed", "2.3")),
        record(
            "PYSEC-2099-4",
            "gone",
            ("introduced", "0"),
            withdrawn="2024-02-01T00:00:00Z",
        ),
        record("PYSEC-2099-5", "listed", versions=["1.0", "1.1.0"]),
        record(
            "PYSEC-2099-6",
            "unfixed",
            ("introduced", "0"),
            ("last_affected", "3.0"),
        ),
    ]


def mal_record(
    vid: str,
    package: str,
    *,
    versions: list[str] | None = None,
    every_version: bool = False,
    summary: str = "",
    aliases: list[str] | None = None,
) -> dict[str, Any]:
    """A malicious-package report in the OpenSSF shape: listed versions, or a range from 0."""
    affected: dict[str, Any] = {
        "package": {"ecosystem": "PyPI", "name": package},
        "database_specific": {"cwes": [{"cweId": "CWE-506"}]},
    }
    if versions is not None:
        affected["versions"] = versions
    if every_version:
        affected["ranges"] = [{"type": "ECOSYSTEM", "events": [{"introduced": "0"}]}]
    return {
        "schema_version": "1.5.0",
        "id": vid,
        "modified": "2024-03-01T00:00:00Z",
        "published": "2024-02-28T00:00:00Z",
        "aliases": aliases or [],
        "summary": summary or f"Malicious code in {package} (PyPI)",
        "details": "\n---\n_-= Per source details. Do not edit below this line.=-_\n",
        "affected": [affected],
        "references": [{"type": "WEB", "url": f"https://example.invalid/{vid}"}],
        "database_specific": {"malicious-packages-origins": [{"source": "test"}]},
    }
