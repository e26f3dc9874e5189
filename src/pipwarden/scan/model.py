"""The scanner's calibrated model: a logistic regression over `features`, shipped as
data (model_weights.json beside this module, written by bench/malware/train.py).

It judges wheels and sdists (and zip sdists), what it was trained and calibrated
on; folders, single files and installed distributions are judged by the rules
alone (`MODELLED_KINDS`).

`assess(features, findings)` gives the probability that a target is malware and,
at or above the shipped threshold, a ``model.malware-likely`` finding that
names the facts that weighed most and the findings behind them. Inference is
plain Python: standardise, dot product, Platt's sigmoid.

The weights are validated when first used; a missing, unreadable or invalid
file raises `PipwardenError`, so a scan that needs the model fails (and the
``code`` check blocks) instead of judging without it.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipwarden.errors import PipwardenError
from pipwarden.findings import Finding, Severity
from pipwarden.rules import family
from pipwarden.scan.features import Features, feature_names
from pipwarden.scan.rules import BY_ID

#: The shipped weights.
WEIGHTS = Path(__file__).with_name("model_weights.json")
#: The format this module reads.
FORMAT = "pipwarden-scan-model/1"
RULE = "model.malware-likely"
#: Kinds of target the model judges.
MODELLED_KINDS = frozenset({"wheel", "sdist", "zip"})
#: Facts named in a finding's message, at most.
_NAMED = 4


@dataclass(frozen=True)
class Model:
    """Validated weights: per feature a mean, a scale and a coefficient."""

    features: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    coef: tuple[float, ...]
    intercept: float
    #: Platt scaling of the decision value: p = 1 / (1 + exp(-(a * d + b))).
    platt_a: float
    platt_b: float
    #: Probability at and above which the finding is reported.
    threshold: float

    def decision(self, x: Mapping[str, float]) -> tuple[float, list[tuple[float, str]]]:
        """The decision value and each feature's contribution to it (largest first)."""
        parts = []
        total = self.intercept
        for name, mu, sd, w in zip(self.features, self.mean, self.scale, self.coef, strict=True):
            c = w * (x.get(name, 0.0) - mu) / sd
            total += c
            parts.append((c, name))
        parts.sort(reverse=True)
        return total, parts

    def probability(self, x: Mapping[str, float]) -> float:
        """The calibrated probability that the target is malware."""
        d, _ = self.decision(x)
        return _sigmoid(self.platt_a * d + self.platt_b)


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _numbers(doc: Mapping[str, object], key: str, n: int) -> tuple[float, ...]:
    value = doc.get(key)
    if not isinstance(value, list) or len(value) != n:
        raise ValueError(f"{key!r} must be a list of {n} numbers")
    out = []
    for v in value:
        if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
            raise ValueError(f"{key!r} holds a value that is not a finite number")
        out.append(float(v))
    return tuple(out)


def _number(doc: Mapping[str, object], key: str) -> float:
    v = doc.get(key)
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        raise ValueError(f"{key!r} must be a finite number")
    return float(v)


def parse(doc: object) -> Model:
    """A `Model` from the decoded JSON document; ValueError when it is not valid
    (wrong format, other features than `feature_names()`, non-finite numbers,
    a scale that is not positive, a threshold outside (0, 1))."""
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise ValueError(f"not a {FORMAT} document")
    names = doc.get("features")
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        raise ValueError("'features' must be a list of names")
    if sorted(names) != feature_names() or len(set(names)) != len(names):
        raise ValueError("its features are not the scanner's")
    n = len(names)
    scale = _numbers(doc, "scale", n)
    if any(s <= 0 for s in scale):
        raise ValueError("'scale' must be positive")
    threshold = _number(doc, "threshold")
    if not 0.0 < threshold < 1.0:
        raise ValueError("'threshold' must lie between 0 and 1")
    return Model(
        features=tuple(names),
        mean=_numbers(doc, "mean", n),
        scale=scale,
        coef=_numbers(doc, "coef", n),
        intercept=_number(doc, "intercept"),
        platt_a=_number(doc, "platt_a"),
        platt_b=_number(doc, "platt_b"),
        threshold=threshold,
    )


def load(path: Path | None = None) -> Model:
    """The model in `path` (the shipped weights by default); PipwardenError when it is
    missing or invalid."""
    path = WEIGHTS if path is None else path
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        return parse(doc)
    except (OSError, ValueError) as exc:  # JSONDecodeError is a ValueError
        raise PipwardenError(
            f"the scanner's model ({path.name}) cannot be used: {exc}; reinstall pipwarden"
        ) from exc


@lru_cache(maxsize=1)
def shipped() -> Model:
    """The shipped model, loaded once per process."""
    return load()


#: The engine's event groups (`features.EVENTS`) as the message says them.
_EVENT_WORDS = {
    "net": "network use",
    "process": "processes started",
    "exec": "code executed from data",
    "download": "downloads",
    "drop": "files dropped or made executable",
    "secret": "secrets read",
    "spy": "keystroke, screen or clipboard capture",
}

#: Feature names as the message says them.
_WORDS = {
    "process": "process calls",
    "network": "network calls",
    "decode": "decoding calls",
    "dynamic": "dynamic code (exec/eval/compile)",
    "drop": "temp-file / environment calls",
    "recon": "host reconnaissance calls",
    "secrets": "secret-store / capture calls",
    "windows": "Windows internals",
    "url": "URLs",
    "url_ip": "URLs to bare IP addresses",
    "shell": "shell / PowerShell command words",
    "exe": "executable file names",
    "blob": "long encoded blobs",
    "secret_word": "secret-store words",
    "entropy": "high-entropy strings",
}


def describe(name: str) -> str:
    """A feature name in words: ``install.process`` -> ``process calls in install-time code``."""
    if name.startswith("finding."):
        ctx, _, what = name.removeprefix("finding.").partition(".")
        where = "install-time code" if ctx == "install" else "package code"
        return f"{what.replace('_', ' ')} of findings in {where}"
    if name.startswith("setup_"):
        return {
            "setup_cmdclass": "setup.py replaces commands (cmdclass)",
            "setup_hook_class": "setup.py overrides an install command",
            "setup_toplevel_calls": "setup.py runs code besides setup()",
        }.get(name, name)
    if name == "pth_import":
        return ".pth file importing code at start-up"
    if name.startswith("event."):
        _, ctx, group = name.split(".", 2)
        where = {"install": "install-time", "import": "import-time"}.get(ctx, "package")
        return f"{where} files with {_EVENT_WORDS.get(group, group)}"
    ctx, _, what = name.partition(".")
    where = {"install": "install-time", "import": "import-time", "package": "package"}.get(ctx, ctx)
    words = " with ".join(_WORDS.get(w, w) for w in what.split("*"))
    return f"{words} in {where} code"


def assess(
    features: Features, findings: Iterable[Finding], model: Model | None = None
) -> tuple[float, Finding | None]:
    """The probability that the target is malware and, at or above the model's
    threshold, the finding that says so."""
    m = shipped() if model is None else model
    d, parts = m.decision(features)
    p = _sigmoid(m.platt_a * d + m.platt_b)
    if p < m.threshold:
        return p, None
    top = [name for c, name in parts[:_NAMED] if c > 0]
    behind = sorted(
        {
            f"{f.rule} ({f.file or 'target'})"
            for f in findings
            if f.severity >= Severity.MEDIUM and family(f.rule) not in ("archive", "parse", "model")
        }
    )
    facts = "; ".join(describe(n) for n in top)
    message = f"the scanner's model judges this target likely malware (p = {p:.2f}): {facts}"
    message += (
        f"; findings behind it: {', '.join(behind[:6])}"
        if behind
        else "; no single rule fired: the facts above are the evidence"
    )
    info = BY_ID[RULE]
    where = _where(findings, top)
    return p, Finding(
        "code",
        RULE,
        info.severity,
        message,
        file=where,
        evidence=", ".join(top),
        remediation=info.fix,
        details={"probability": round(p, 4), "facts": top, "findings": behind},
    )


def _where(findings: Iterable[Finding], top: list[str]) -> str | None:
    """The file the finding points at: setup.py when install-time facts weighed most,
    else the file of the most severe finding behind it."""
    ranked = sorted(
        (f for f in findings if f.file and family(f.rule) not in ("archive", "parse", "model")),
        key=lambda f: -int(f.severity),
    )
    if top and top[0].startswith(("install.", "setup_", "finding.install")):
        for f in ranked:
            if f.file.endswith("setup.py"):  # type: ignore[union-attr]
                return f.file
    return ranked[0].file if ranked else None
