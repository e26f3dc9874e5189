"""The sdist check (T1): a source distribution runs code when it is installed.

pipwarden resolves with wheels only; a package that reached the closure as
an sdist did so because no wheel fits the target. It is blocked unless the
policy allows that project by name (``allow-sdist``); an allowed one still
warns, so the user sees it before pip builds it. Its build scripts are read
by the `code` check like every other file; nothing is ever built here.
"""

from __future__ import annotations

from pipwarden.candidate import Candidate, VetContext
from pipwarden.checks.interface import Check
from pipwarden.findings import Finding, Severity
from pipwarden.rules import Rule

#: What reports say about each rule of this check.
RULES: tuple[Rule, ...] = (
    Rule(
        "sdist.only-source",
        "Package would be installed from a source distribution",
        "No wheel fits the target, so installing would run the sdist's build scripts "
        "(setup.py or a build backend) with the installing user's rights.",
        "Review it, then allow it by name (allow-sdist), or pick a version that ships a wheel.",
        Severity.HIGH,
        "CWE-829",
    ),
    Rule(
        "sdist.allowed",
        "Source distribution allowed by policy",
        "The policy allows this project as source (allow-sdist, allow-editable or allow-vcs); "
        "installing it still runs its build scripts.",
        "Confirm after reviewing its setup.py / build backend findings.",
        Severity.MEDIUM,
        "CWE-829",
    ),
)


def run(candidate: Candidate, ctx: VetContext) -> list[Finding]:
    """An sdist finding for a package that would be installed from source."""
    if candidate.kind != "sdist":
        return []
    name, version = candidate.name, candidate.version
    what = (
        f"the request names {name} {version} as source (a folder, source archive or VCS reference)"
        if candidate.direct
        else f"only a source distribution exists for {name} {version} on this target"
    )
    if ctx.policy.sdist_allowed(name):
        how = "allowed by policy allow-sdist"
        if candidate.editable_folder is not None:
            how = (
                f"an editable allowed by allow-editable; installed from {candidate.editable_folder} "
                "as it is then, not pinned by hash"
            )
        return [
            Finding(
                check="sdist",
                rule="sdist.allowed",
                severity=Severity.MEDIUM,
                message=f"{what}: installing it runs its build scripts ({how})",
                package=name,
                version=version,
                file=candidate.filename,
                remediation="confirm after reviewing its setup.py / build backend findings",
            )
        ]
    return [
        Finding(
            check="sdist",
            rule="sdist.only-source",
            severity=Severity.HIGH,
            message=(
                f"{what}; installing it would run its build scripts (setup.py or a build backend)"
            ),
            package=name,
            version=version,
            file=candidate.filename,
            remediation=(
                f'review it, then allow it by name: allow-sdist = ["{name}"] in pipwarden.toml; '
                "or pick a version that ships a wheel"
            ),
        )
    ]


CHECK = Check(
    name="sdist",
    run=run,
    description="Source distributions run code at install time (T1).",
    rules=RULES,
)
