"""What the firewall index shows about itself: the dashboard at ``/``, its JSON, ``/metrics``.

Decisions and trust records are read from the database, so every instance
on it shows the same ones.
"""

from __future__ import annotations

import datetime as dt
import html
from typing import TYPE_CHECKING, Any

from pipwarden import __version__
from pipwarden.publishers.trust import TrustRecord, TrustStore, describe_owners
from pipwarden.redact import redact_url

if TYPE_CHECKING:
    from pipwarden.serve.db import StoredVerdict
    from pipwarden.serve.gate import Gate


def _when(ts: float) -> str:
    return dt.datetime.fromtimestamp(ts, dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S UTC")


def _verdict_json(v: StoredVerdict) -> dict[str, Any]:
    return {
        "project": v.project,
        "version": v.version,
        "filename": v.filename,
        "sha256": v.sha256,
        "verdict": v.verdict,
        "reason": v.reason,
        "decided_at": _when(v.decided_at),
        "seconds": round(v.seconds, 3),
        "findings": list(v.findings),
    }


def _trust_json(r: TrustRecord) -> dict[str, Any]:
    return {"project": r.project, "who_may_publish": describe_owners(r), **r.to_json()}


#: The most trust records the dashboard lists (the JSON API lists all of them).
TRUST_SHOWN = 500


def decisions(gate: Gate, limit: int = 100, trust_limit: int | None = None) -> dict[str, Any]:
    """The JSON form of the dashboard: counts, recent decisions, blocked files, each
    project's trust record, the policy."""
    p = gate.policy
    records = TrustStore(gate.db.shared).all()
    return {
        "upstream": redact_url(gate.client.index_url),
        "rules_version": gate.rules,
        "counts": gate.db.counts(),
        "recent": [_verdict_json(v) for v in gate.db.recent(limit)],
        "blocked": [_verdict_json(v) for v in gate.db.recent(limit, verdict="block")],
        "trust": [_trust_json(r) for r in records[:trust_limit]],
        "trust_total": len(records),
        "policy": {
            "source": p.source,
            "fail_on": p.fail_on.label,
            "warn_on": p.warn_on.label,
            "cooldown_days": p.cooldown_days,
            "internal": list(p.internal),
            "allow_sdist": list(p.allow_sdist),
            "allow": list(p.allow),
            "deny": list(p.deny),
        },
    }


def page(gate: Gate) -> bytes:
    """The HTML dashboard."""
    doc = decisions(gate, limit=50, trust_limit=TRUST_SHOWN)
    counts = doc["counts"]

    def rows(items: list[dict[str, Any]], reason: bool) -> str:
        out = []
        for v in items:
            why = html.escape(v["reason"]).replace("\n", "<br>") if reason else ""
            out.append(
                f'<tr class="{html.escape(v["verdict"])}"><td>{html.escape(v["decided_at"])}</td>'
                f"<td>{html.escape(v['project'])}</td><td>{html.escape(v['filename'])}</td>"
                f"<td>{html.escape(v['verdict'])}</td>"
                + (f"<td>{why}</td>" if reason else f"<td>{v['seconds']:.2f}s</td>")
                + "</tr>"
            )
        return "\n".join(out) or '<tr><td colspan="5">none yet</td></tr>'

    def trust_rows(items: list[dict[str, Any]]) -> str:
        out = []
        for r in items:
            attested = {True: "yes", False: "no", None: "unknown"}[r["attested"]]
            cells = (
                r["project"],
                r["who_may_publish"],
                r["repository"] or "none",
                r["publisher"] or "none",
                attested,
                f"{r['recorded'][:10] or 'unknown'} ({r['source']})",
            )
            out.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
        return "\n".join(out) or '<tr><td colspan="6">none yet</td></tr>'

    more = doc["trust_total"] - len(doc["trust"])
    trust_more = f"<p>and {more} more (JSON: api/decisions)</p>" if more > 0 else ""
    pol = doc["policy"]
    summary = ", ".join(f"{html.escape(k)}: {n}" for k, n in sorted(counts.items())) or "none yet"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>pipwarden serve</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; margin-bottom: 2em; }}
td, th {{ border: 1px solid #ccc; padding: 4px 8px; text-align: left; vertical-align: top; }}
tr.block td {{ background: #fde2e2; }} tr.warn td {{ background: #fff4d6; }}
code {{ background: #f3f3f3; padding: 0 3px; }}
</style></head>
<body>
<h1>pipwarden serve</h1>
<p>Upstream <code>{html.escape(doc["upstream"])}</code> · rules version
<code>{html.escape(doc["rules_version"])}</code> · pipwarden {html.escape(__version__)}</p>
<p id="counts">Decisions: {summary}</p>
<h2>Blocked files</h2>
<table id="blocked"><tr><th>decided</th><th>project</th><th>file</th><th>verdict</th><th>why</th></tr>
{rows(doc["blocked"], True)}
</table>
<h2>Recent decisions</h2>
<table id="recent"><tr><th>decided</th><th>project</th><th>file</th><th>verdict</th><th>vetting</th></tr>
{rows(doc["recent"], False)}
</table>
<h2>Trust records</h2>
<p>Who could publish each project when it was first vetted; a change since then is a finding.</p>
<table id="trust"><tr><th>project</th><th>who may publish</th><th>repository</th>
<th>trusted publisher</th><th>attested</th><th>recorded</th></tr>
{trust_rows(doc["trust"])}
</table>
{trust_more}
<h2>Policy</h2>
<p>fail on <code>{pol["fail_on"]}</code>, warn on <code>{pol["warn_on"]}</code>,
cooldown {pol["cooldown_days"]} day(s), internal: {html.escape(", ".join(pol["internal"]) or "none")},
sdists allowed for: {html.escape(", ".join(pol["allow_sdist"]) or "none")}
(from {html.escape(pol["source"] or "the defaults")}).</p>
<p>JSON: <a href="api/decisions">api/decisions</a> · metrics: <a href="metrics">metrics</a></p>
</body></html>
""".encode()


def metrics_text(gate: Gate) -> str:
    """Prometheus text exposition of the counters of this instance and the shared database."""
    lines = [
        "# HELP pipwarden_serve_vettings_total Files vetted by this instance.",
        "# TYPE pipwarden_serve_vettings_total counter",
        f"pipwarden_serve_vettings_total {gate.vetted}",
        "# HELP pipwarden_serve_vetting_seconds_total Time this instance spent vetting.",
        "# TYPE pipwarden_serve_vetting_seconds_total counter",
        f"pipwarden_serve_vetting_seconds_total {gate.vet_seconds:.6f}",
        "# HELP pipwarden_serve_refused_total File requests this instance refused (403).",
        "# TYPE pipwarden_serve_refused_total counter",
        f"pipwarden_serve_refused_total {gate.held_out}",
        "# HELP pipwarden_serve_vetting_in_progress Vettings claimed now, every instance.",
        "# TYPE pipwarden_serve_vetting_in_progress gauge",
        f"pipwarden_serve_vetting_in_progress {gate.db.vetting_now()}",
        "# HELP pipwarden_serve_verdicts Stored verdicts by kind, every instance.",
        "# TYPE pipwarden_serve_verdicts gauge",
    ]
    for kind, n in sorted(gate.db.counts().items()):
        lines.append(f'pipwarden_serve_verdicts{{verdict="{kind}"}} {n}')
    return "\n".join(lines) + "\n"
