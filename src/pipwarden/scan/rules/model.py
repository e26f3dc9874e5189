"""model.*: the scanner's calibrated model over technique-level facts."""

from __future__ import annotations

from pipwarden.scan.rules._base import HIGH, rule

RULES = [
    rule(
        "model.malware-likely",
        HIGH,
        "CWE-506",
        "Combination of facts typical of PyPI malware",
        "A logistic model over technique-level facts (API calls by group and execution "
        "context, literal kinds, setup.py's shape and the other findings), trained on real "
        "PyPI malware and benign top-project artifacts and calibrated, judges the target "
        "likely malicious. The message names the facts that weighed most and the findings "
        "behind it; the model is evidence that combines weak signals, never the only "
        "reason a rule exists.",
        "Read the install-time and import-time code the message names; do not install "
        "until each named fact has an innocent explanation.",
    ),
]
