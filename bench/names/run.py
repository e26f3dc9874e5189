"""Benchmarks for the names check: speed, false positives on the popular corpus, recall.

Run from the repository root: ``.venv/bin/python bench/names/run.py``. Prints a
markdown report (the tables of bench/README-names.md) and writes the flagged
popular names to bench/names/fp-flagged.txt. The false-positive count reads the
shared top-15,000 list (../shared/data/top-pypi-packages.json) and says why it is
skipped where that is absent; recall reads bench/names/reported.csv.
"""

from __future__ import annotations

import csv
import os
import random
import statistics
import string
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from packaging.utils import canonicalize_name
from rapidfuzz import process
from rapidfuzz.distance import OSA

from pipwarden.names import corpus
from pipwarden.names.detect import Detector, default_detector
from pipwarden.names.spelling import InvalidName, skeleton

HERE = Path(__file__).resolve().parent


def best_of(n: int, fn: Callable[[], object]) -> float:
    times = []
    for _ in range(n):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return min(times)


def mutate(rng: random.Random, name: str) -> str:
    letters = string.ascii_lowercase
    i = rng.randrange(len(name))
    op = rng.choice(["swap", "drop", "double", "sub", "add"])
    if op == "swap" and i + 1 < len(name):
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :]
    if op == "drop" and len(name) > 3:
        return name[:i] + name[i + 1 :]
    if op == "double":
        return name[: i + 1] + name[i] + name[i + 1 :]
    if op == "sub":
        return name[:i] + rng.choice(letters) + name[i + 1 :]
    return name[:i] + rng.choice(letters) + name[i:]


def queries(c: corpus.Corpus, n: int = 1000, seed: int = 1) -> list[str]:
    rng = random.Random(seed)
    names = [p.name for p in c.projects]
    out = []
    for _ in range(n // 2):
        out.append(mutate(rng, rng.choice(names[:5000])).strip("-") or "x")
    for _ in range(n - n // 2):
        k = rng.randint(5, 16)
        word = "".join(rng.choice(string.ascii_lowercase) for _ in range(k))
        if k > 8 and rng.random() < 0.5:
            word = word[: k // 2] + "-" + word[k // 2 :]
        out.append(word)
    return out


def speed(c: corpus.Corpus) -> list[str]:
    build = best_of(3, lambda: Detector(c))
    det = Detector(c)
    qs = queries(c)
    indexed = best_of(5, lambda: det.check_many(qs))
    qskels = [skeleton(q) for q in qs]
    skels = [skeleton(p.name) for p in c.projects]

    def naive() -> list[tuple[int, int]]:
        hits = []
        for a, q in enumerate(qskels):
            for b, s in enumerate(skels):
                if OSA.distance(q, s, score_cutoff=1) <= 1:
                    hits.append((a, b))
        return hits

    def extract() -> object:
        return [
            process.extract(q, skels, scorer=OSA.distance, score_cutoff=1, limit=None)
            for q in qskels
        ]

    naive_t = best_of(1, naive)
    cdist_t = best_of(3, extract)
    # The index must find every pair the brute force finds (names long enough to count).
    brute = {
        (a, b)
        for a, b in naive()
        if min(len(qskels[a]), len(skels[b])) >= 7 and qs[a] != c.projects[b].name
    }
    found = {(a, det.by_name[m.target]) for a, q in enumerate(qs) for m in det.lookalikes(q)}
    missed = len(brute - found)

    names_file = HERE / ".queries.txt"
    names_file.write_text("\n".join(qs) + "\n")
    cli_runs = []
    for _ in range(3):
        t = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pipwarden",
                "typosquat",
                "-r",
                str(names_file),
                "--format",
                "json",
            ],
            check=False,
            capture_output=True,
        )
        cli_runs.append(time.perf_counter() - t)
    names_file.unlink()
    return [
        f"| measurement (1,000 names vs {len(c):,} popular) | seconds | vs index |",
        "| --- | ---: | ---: |",
        f"| pipwarden index: judge 1,000 names (all rules) | {indexed:.3f} | 1.0x |",
        f"| baseline: naive all-pairs loop, rapidfuzz OSA per pair (edit distance only) "
        f"| {naive_t:.3f} | {naive_t / indexed:.0f}x slower |",
        f"| baseline: rapidfuzz `process.extract` per name over all popular names (C++ loop, "
        f"edit distance only) "
        f"| {cdist_t:.3f} | {cdist_t / indexed:.1f}x slower |",
        f"| building the index once (load excluded) | {build:.3f} | |",
        f"| build + judge 1,000 names (a fresh process's work after loading the corpus) "
        f"| {build + indexed:.3f} | |",
        f"| whole CLI: `pipwarden typosquat -r 1000-names.txt` (median of 3, process start, "
        f"corpus load, build, judge) | {statistics.median(cli_runs):.3f} | |",
        "",
        f"Index completeness: {len(brute)} (name, popular name) pairs within one edit "
        f"(both 7+ characters) found by brute force, {missed} missed by the index.",
    ]


#: The 15,000 most downloaded names (read-only, beside the repository).
SHARED_TOP = HERE.parents[2] / "shared" / "data" / "top-pypi-packages.json"
#: Most names of SHARED_TOP that may be flagged (issue 13: 0.2 %).
FP_LIMIT = 0.002
#: Least share of reported typosquats with a target in the corpus that must be flagged.
RECALL_TARGET = 0.95


def false_positives() -> list[str]:
    """Every one of the 15,000 most downloaded names judged against the same list."""
    if not SHARED_TOP.is_file():
        return [
            f"(skipped: {SHARED_TOP} is absent; the false-positive count needs the shared "
            "top-15,000 list beside the repository, ../shared/data/top-pypi-packages.json)"
        ]
    c = corpus.load(SHARED_TOP)
    det = Detector(c)
    flagged = [v for v in (det.check(p.name) for p in c.projects) if v.suspect]
    rate = len(flagged) / len(c)
    kinds = Counter(v.kind for v in flagged)
    (HERE / "fp-flagged.txt").write_text(
        "".join(f"{v.name}\t{v.imitates}\t{v.kind}\t{v.reason}\n" for v in flagged)
    )
    kinds_text = ", ".join(f"{k} {n}" for k, n in kinds.most_common())
    return [
        "| corpus | names | flagged | rate | limit |",
        "| --- | ---: | ---: | ---: | ---: |",
        f"| ../shared/data/top-pypi-packages.json, each name against the whole list "
        f"| {len(c):,} | {len(flagged)} | {rate:.2%} | {FP_LIMIT:.1%} |",
        "",
        f"Flagged by rule: {kinds_text}. Full list: bench/names/fp-flagged.txt.",
        "",
        "Flagged: " + ", ".join(f"`{v.name}` → {v.imitates}" for v in flagged) + ".",
    ]


def long_tail(c: corpus.Corpus) -> list[str]:
    """Random names from the whole of PyPI outside the corpus (needs a names list)."""
    # A list of every PyPI project name: first column of a TSV with a header line.
    given = os.environ.get("PIPWARDEN_BENCH_PYPI_NAMES")
    source = Path(given) if given else None
    if source is None or not source.is_file():
        return ["(skipped: set PIPWARDEN_BENCH_PYPI_NAMES to a list of PyPI project names)"]
    with source.open(encoding="utf-8", errors="replace") as fh:
        next(fh)
        names = [line.split("\t", 1)[0] for line in fh]
    det = Detector(c)
    sample = [n for n in random.Random(7).sample(names, 12_000) if n not in det.by_name]
    flagged = []
    for n in sample:
        try:
            v = det.check(n)
        except InvalidName:
            continue
        if v.suspect:
            flagged.append(v)
    kinds = ", ".join(f"{k} {n}" for k, n in Counter(v.kind for v in flagged).most_common())
    return [
        "| sample | names | flagged | rate |",
        "| --- | ---: | ---: | ---: |",
        f"| random PyPI names outside the corpus (seed 7, of {len(names):,}) | {len(sample):,} "
        f"| {len(flagged)} | {len(flagged) / len(sample):.2%} |",
        "",
        f"Flagged by rule: {kinds}. Examples: "
        + ", ".join(f"`{v.name}` → {v.imitates or v.kind}" for v in flagged[:12])
        + ".",
    ]


def reported() -> list[dict[str, str]]:
    """The reported typosquats of bench/names/reported.csv (name, imitates, source)."""
    with (HERE / "reported.csv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def recall(c: corpus.Corpus) -> list[str]:
    """How many reported typosquats are flagged, overall and where the target is listed."""
    det = Detector(c)
    lines = [
        "| name | imitated | source | target listed | verdict | pipwarden says |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    total = hit = scope = scope_hit = right = 0
    for r in reported():
        targets = r["imitates"].split("|")
        listed = any(canonicalize_name(t) in det.by_name for t in targets)
        v = det.check(r["name"])
        total += 1
        hit += v.suspect
        scope += listed
        scope_hit += listed and v.suspect
        right += v.suspect and v.imitates in {canonicalize_name(t) for t in targets}
        verdict = "suspect" if v.suspect else "**missed**"
        lines.append(
            f"| `{r['name']}` | {' / '.join(targets)} | {r['source']} | "
            f"{'yes' if listed else 'no'} | {verdict} | {v.imitates or '-'} ({v.kind}) |"
        )
    missed = [
        f"`{line.split('`')[1]}`"
        for line in lines[2:]
        if "**missed**" in line and "| yes |" in line
    ]
    return [
        f"Recall where the imitated project is among the {len(c):,} listed names: "
        f"**{scope_hit}/{scope} = {scope_hit / scope:.1%}** (target {RECALL_TARGET:.0%}); "
        f"missed: {', '.join(missed) or 'none'}.",
        "",
        f"All {total} reported names: {hit}/{total} = {hit / total:.1%} flagged; "
        f"{right}/{total} = {right / total:.1%} also name the reported target.",
        "",
        *lines,
    ]


def malregistry() -> list[str]:
    """Share of every name of a malware collection that is flagged (most are no typosquats)."""
    given = os.environ.get("PIPWARDEN_BENCH_MALWARE_NAMES")
    if not given or not Path(given).is_file():
        return [
            "(skipped: set PIPWARDEN_BENCH_MALWARE_NAMES to a file of malicious package names, "
            "one a line, such as the folder names of lxyeternal/pypi_malregistry)"
        ]
    det = default_detector()
    names = [n.strip() for n in Path(given).read_text().splitlines() if n.strip()]
    counts: Counter[str] = Counter()
    for n in names:
        try:
            counts["suspect" if det.check(n).suspect else "not suspect"] += 1
        except InvalidName:
            counts["invalid"] += 1
    return [
        f"{len(names):,} names: {counts['suspect']:,} suspect "
        f"({counts['suspect'] / len(names):.1%}), {counts['not suspect']:,} not, "
        f"{counts['invalid']} invalid."
    ]


def main() -> None:
    c = corpus.load(corpus.vendored_path())
    print("## Speed\n")
    print("\n".join(speed(c)))
    print("\n## False positives\n")
    print("\n".join(false_positives()))
    print("\n## Long tail: names outside the corpus\n")
    print("\n".join(long_tail(c)))
    print("\n## Recall on reported typosquats\n")
    print("\n".join(recall(c)))
    print("\n## Malware collection (context)\n")
    print("\n".join(malregistry()))


if __name__ == "__main__":
    main()
