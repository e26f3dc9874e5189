"""Scan-quality benchmark: recall on the defanged corpus, false positives on real packages.

    python bench/scan/quality.py                 # corpus + the 200 top PyPI projects
    python bench/scan/quality.py --top 0         # corpus only
    python bench/scan/quality.py --jobs 2 --out bench/.work/quality

1. Builds every corpus sample (build_corpus.py) and scans its primary archive with
   pipwarden.scan.scan_target. A malicious sample counts as detected when its
   verdict is suspicious or malicious; malicious-only recall is reported too.
   Tricky negatives must come out clean.
2. Downloads the latest artifact of the --top most downloaded projects
   (benign.py; skipped with a message when the list is absent), scans them and
   reports the share judged malicious and suspicious, and false positives per rule.

Writes <out>.json (every verdict and finding rule) and <out>.md (the tables).
Targets (issue 3): recall >= 95 %, <= 1 % of benign projects malicious, <= 5 % suspicious.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import benign  # noqa: E402
import build_corpus  # noqa: E402

TARGET_RECALL = 95.0
TARGET_MALICIOUS = 1.0
TARGET_SUSPICIOUS = 5.0


@dataclass
class Scanned:
    """The outcome of scanning one archive, in plain data."""

    label: str
    path: str
    verdict: str
    error: str | None
    seconds: float
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rules(self) -> list[str]:
        """Distinct rule ids of the findings, in first-seen order."""
        return list(dict.fromkeys(f["rule"] for f in self.findings))


def scan_one(label: str, path: str) -> Scanned:
    """Scan one archive with pipwarden (runs in a worker process)."""
    from pipwarden.scan import scan_target

    t0 = time.perf_counter()
    try:
        res = scan_target(Path(path))
    except Exception as exc:  # a crash is a result too: report it, keep going
        return Scanned(label, path, "crash", f"{type(exc).__name__}: {exc}", 0.0)
    dt = time.perf_counter() - t0
    findings = [
        {
            "rule": f.rule,
            "severity": f.severity.name.lower() if hasattr(f.severity, "name") else str(f.severity),
            "file": f.file,
            "line": f.line,
            "message": f.message,
        }
        for f in res.findings
    ]
    verdict = getattr(res.verdict, "value", res.verdict)
    return Scanned(label, path, str(verdict), res.error, dt, findings)


def scan_many(items: list[tuple[str, Path]], jobs: int) -> list[Scanned]:
    """Scan (label, path) pairs, in `jobs` worker processes."""
    if jobs <= 1:
        return [scan_one(label, str(p)) for label, p in items]
    with ProcessPoolExecutor(jobs) as pool:
        futs = [pool.submit(scan_one, label, str(p)) for label, p in items]
        return [f.result() for f in futs]


def _pct(n: int, d: int) -> str:
    return f"{100.0 * n / d:.1f} %" if d else "n/a"


def corpus_report(
    built: list[build_corpus.Built], results: dict[str, Scanned]
) -> tuple[list[str], dict[str, Any]]:
    """Markdown lines and summary numbers for the corpus part."""
    lines: list[str] = []
    mal = [b for b in built if b.sample.group == "malicious"]
    neg = [b for b in built if b.sample.group == "benign"]
    fam_rows: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for b in mal:
        r = results[b.sample.name]
        row = fam_rows[b.sample.family]
        row[0] += 1
        if r.verdict in ("suspicious", "malicious"):
            row[1] += 1
        else:
            misses.append((b, r))
        if r.verdict == "malicious":
            row[2] += 1
    n = len(mal)
    det = sum(r[1] for r in fam_rows.values())
    det_mal = sum(r[2] for r in fam_rows.values())
    lines += [
        "### Recall on the defanged corpus",
        "",
        f"{n} malicious samples; detected = verdict suspicious or malicious.",
        "",
        "| family | samples | detected | recall | judged malicious | malicious-only recall |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for fam in sorted(fam_rows):
        t, d, m = fam_rows[fam]
        lines.append(f"| {fam} | {t} | {d} | {_pct(d, t)} | {m} | {_pct(m, t)} |")
    lines.append(
        f"| **all** | **{n}** | **{det}** | **{_pct(det, n)}** | **{det_mal}** "
        f"| **{_pct(det_mal, n)}** |"
    )
    lines += [
        "",
        f"Target: recall >= {TARGET_RECALL:.0f} %: "
        f"{'met' if n and 100 * det / n >= TARGET_RECALL else 'NOT met'}.",
        "",
    ]
    if misses:
        lines += [
            "Missed samples (verdict clean or error):",
            "",
            "| sample | family | technique | verdict | rules that fired |",
            "|---|---|---|---|---|",
        ]
        for b, r in misses:
            fired = ", ".join(r.rules) or "-"
            err = f" ({r.error})" if r.error else ""
            lines.append(
                f"| {b.sample.name} | {b.sample.family} | {b.sample.technique} "
                f"| {r.verdict}{err} | {fired} |"
            )
        lines.append("")
    under = [
        (b, results[b.sample.name])
        for b in mal
        if b.sample.expected == "malicious" and results[b.sample.name].verdict == "suspicious"
    ]
    if under:
        lines += [
            "Detected but only suspicious (expected malicious): "
            + ", ".join(f"`{b.sample.name}`" for b, _ in under),
            "",
        ]
    neg_bad = [
        (b, results[b.sample.name]) for b in neg if results[b.sample.name].verdict != "clean"
    ]
    lines += [
        "### Tricky negatives",
        "",
        f"{len(neg)} benign samples written to look suspicious; "
        f"{len(neg) - len(neg_bad)} judged clean.",
        "",
    ]
    if neg_bad:
        lines += ["| sample | technique | verdict | rules |", "|---|---|---|---|"]
        for b, r in neg_bad:
            lines.append(
                f"| {b.sample.name} | {b.sample.technique} | {r.verdict} "
                f"| {', '.join(r.rules) or '-'} |"
            )
        lines.append("")
    summary = {
        "samples": n,
        "detected": det,
        "malicious": det_mal,
        "recall": 100.0 * det / n if n else None,
        "misses": [b.sample.name for b, _ in misses],
        "negatives": len(neg),
        "negatives_flagged": [b.sample.name for b, _ in neg_bad],
        "families": {
            k: dict(zip(("samples", "detected", "malicious"), v, strict=True))
            for k, v in fam_rows.items()
        },
    }
    return lines, summary


def benign_report(
    arts: list[benign.Artifact], skipped: list[benign.Skipped], results: list[Scanned]
) -> tuple[list[str], dict[str, Any]]:
    """Markdown lines and summary numbers for the real-package part."""
    n = len(results)
    by_verdict = Counter(r.verdict for r in results)
    mal, sus = by_verdict["malicious"], by_verdict["suspicious"]
    lines = [
        "### False positives on the top PyPI projects",
        "",
        f"{n} artifacts scanned ({sum(a.kind == 'wheel' for a in arts)} wheels, "
        f"{sum(a.kind == 'sdist' for a in arts)} sdists, "
        f"{sum(a.size for a in arts) / 1e6:.0f} MB); {len(skipped)} projects skipped.",
        "",
        "| verdict | projects | share | target |",
        "|---|---:|---:|---|",
        f"| malicious | {mal} | {_pct(mal, n)} | <= {TARGET_MALICIOUS:.0f} % "
        f"({'met' if n and 100 * mal / n <= TARGET_MALICIOUS else 'NOT met'}) |",
        f"| suspicious | {sus} | {_pct(sus, n)} | <= {TARGET_SUSPICIOUS:.0f} % "
        f"({'met' if n and 100 * sus / n <= TARGET_SUSPICIOUS else 'NOT met'}) |",
        f"| clean | {by_verdict['clean']} | {_pct(by_verdict['clean'], n)} | |",
    ]
    other = {k: v for k, v in by_verdict.items() if k not in ("malicious", "suspicious", "clean")}
    for k, v in sorted(other.items()):
        lines.append(f"| {k} | {v} | {_pct(v, n)} | |")
    errors = [r for r in results if r.error]
    lines.append("")
    if errors:
        lines += [
            f"{len(errors)} targets reported an error: "
            + "; ".join(f"`{r.label}`: {r.error}" for r in errors[:20]),
            "",
        ]
    # false positives per rule: every finding on a benign project is a false positive
    projects: dict[str, set[str]] = defaultdict(set)
    count: Counter[str] = Counter()
    flagged: dict[str, set[str]] = defaultdict(set)
    sev: dict[str, Counter[str]] = defaultdict(Counter)
    example: dict[str, str] = {}
    for r in results:
        for f in r.findings:
            where = f"{f['file']}:{f['line']}" if f["line"] else str(f["file"])
            example.setdefault(f["rule"], f"{r.label.split()[0]} `{where}`")
            projects[f["rule"]].add(r.label)
            count[f["rule"]] += 1
            sev[f["rule"]][f["severity"]] += 1
            if r.verdict in ("malicious", "suspicious"):
                flagged[f["rule"]].add(r.label)
    lines += [
        "False positives per rule (every finding on these projects counts as one):",
        "",
        "| rule | projects | findings | severities | in non-clean verdicts | example |",
        "|---|---:|---:|---|---:|---|",
    ]
    for rule, projs in sorted(projects.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        sevs = ", ".join(f"{k} {v}" for k, v in sev[rule].most_common())
        lines.append(
            f"| `{rule}` | {len(projs)} | {count[rule]} | {sevs} | {len(flagged[rule])} "
            f"| {example[rule]} |"
        )
    lines.append("")
    bad = [r for r in results if r.verdict in ("malicious", "suspicious")]
    if bad:
        lines += [
            "Projects not judged clean:",
            "",
            "| project | verdict | high/critical findings (first 3) | all rules |",
            "|---|---|---|---|",
        ]
        for r in sorted(bad, key=lambda r: (r.verdict != "malicious", r.label)):
            top = [f for f in r.findings if f["severity"] in ("high", "critical")][:3]
            decisive = "; ".join(f"`{f['rule']}` {f['file']}:{f['line']}" for f in top) or "-"
            lines.append(f"| {r.label} | {r.verdict} | {decisive} | {', '.join(r.rules)} |")
        lines.append("")
    if skipped:
        lines += ["Skipped: " + "; ".join(f"{s.project} ({s.reason})" for s in skipped), ""]
    summary = {
        "artifacts": n,
        "malicious": mal,
        "suspicious": sus,
        "clean": by_verdict["clean"],
        "malicious_pct": 100.0 * mal / n if n else None,
        "suspicious_pct": 100.0 * sus / n if n else None,
        "rules": {k: {"projects": sorted(v), "findings": count[k]} for k, v in projects.items()},
        "not_clean": {r.label: {"verdict": r.verdict, "rules": r.rules} for r in bad},
        "skipped": [s.__dict__ for s in skipped],
    }
    return lines, summary


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print the markdown report."""
    ap = argparse.ArgumentParser(description="pipwarden scan quality benchmark")
    ap.add_argument(
        "--top", type=int, default=200, help="benign projects from the top list (0: none)"
    )
    ap.add_argument(
        "--top-list", type=Path, default=benign.TOP_LIST, help="project list, one a line"
    )
    ap.add_argument(
        "--top-start", type=int, default=0, help="skip this many top projects (a held-out slice)"
    )
    ap.add_argument("--max-mb", type=float, default=200.0, help="skip larger benign artifacts")
    ap.add_argument(
        "--corpus",
        type=Path,
        default=build_corpus.CORPUS,
        help="corpus folder (malicious/, benign/)",
    )
    ap.add_argument("--jobs", type=int, default=2, help="worker processes for scanning")
    ap.add_argument(
        "--out",
        type=Path,
        default=build_corpus.WORK / "quality",
        help="write <out>.json and <out>.md",
    )
    args = ap.parse_args(argv)
    try:
        import pipwarden.scan as _scan

        _scan.scan_target  # noqa: B018
    except (ImportError, AttributeError) as exc:
        print(f"pipwarden.scan.scan_target is not available: {exc}", file=sys.stderr)
        return 2

    built = build_corpus.build_all(
        build_corpus.WORK / f"corpus-{args.corpus.name}", corpus=args.corpus
    )
    t0 = time.perf_counter()
    corpus_scans = scan_many([(b.sample.name, b.primary) for b in built], args.jobs)
    results = {s.label: s for s in corpus_scans}
    lines = ["## Scan quality", "", f"Corpus: `{args.corpus}`.", ""]
    clines, csum = corpus_report(built, results)
    lines += clines
    report: dict[str, Any] = {
        "corpus": csum,
        "corpus_results": [s.__dict__ for s in corpus_scans],
    }
    if args.top > 0:
        got = benign.benign_set(args.top, args.top_list, args.max_mb, args.top_start)
        if got is None:
            lines += [f"Benign set skipped: {args.top_list} is absent.", ""]
        else:
            arts, skipped = got
            scans = scan_many([(f"{a.project} {a.version}", a.path) for a in arts], args.jobs)
            blines, bsum = benign_report(arts, skipped, scans)
            lines += [f"Projects of rank {args.top_start + 1} to {args.top_start + args.top}.", ""]
            lines += blines
            report["benign"] = bsum
            report["benign_results"] = [s.__dict__ for s in scans]
    lines.append(f"_Scanned in {time.perf_counter() - t0:.0f} s with {args.jobs} worker(s)._")
    text = "\n".join(lines) + "\n"
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.with_suffix(".json").write_text(json.dumps(report, indent=1, default=str))
    args.out.with_suffix(".md").write_text(text)
    print(text)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
