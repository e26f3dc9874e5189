"""The files `pipwarden policy init` writes, rendered from a few inputs.

Pure functions from inputs to text; nothing here touches the file system.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipwarden.errors import PipwardenError

#: The four parts every vulnerability report must have (THREAT-MODEL.md, T8).
REPORT_FIELDS: tuple[str, ...] = (
    "Your name and affiliation (affiliation is optional)",
    "Technical details of the vulnerability, with a step-by-step reproduction",
    "Who can exploit it and what they gain",
    "Whether the vulnerability is public or known to third parties",
)

WORKFLOW_PATH = ".github/workflows/pipwarden.yml"
DEPENDABOT_PATH = ".github/dependabot.yml"
PRECOMMIT_PATH = ".pre-commit-config.yaml"
SECURITY_PATH = "SECURITY.md"


#: Third-party actions in generated workflows, pinned by full commit SHA (a tag can be
#: moved; a commit cannot). Taken from the actions' release tags named in the comments;
#: Dependabot's github-actions updates keep them current.
CHECKOUT_ACTION = "actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683"  # v4.2.2

#: The pipwarden GitHub Action that generated workflows run, ``OWNER/REPO@<commit SHA>``.
#: None until pipwarden publishes a release commit to pin; `policy init --action` gives it.
PIPWARDEN_ACTION: str | None = None

_PINNED_ACTION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]{0,38}/[A-Za-z0-9._-]{1,100}@[0-9a-f]{40}$")


def pinned_action(ref: str) -> str:
    """`ref` stripped, if it names an action repository pinned by a full commit SHA.

    PipwardenError otherwise: a tag or branch can be moved to other code after review.
    """
    value = ref.strip()
    if not _PINNED_ACTION.match(value):
        raise PipwardenError(
            f"--action {ref!r} is not OWNER/REPO@<40-hex commit SHA>; a workflow runs the "
            "pipwarden Action only at a reviewed commit (a tag or branch can be moved)"
        )
    return value


@dataclass(frozen=True)
class PolicyInputs:
    """What the generated files depend on."""

    project: str
    contact: str
    #: The pipwarden Action pinned by commit (`pinned_action`); required by the workflow.
    action: str = ""
    supported: str = "the latest release"
    dependency_files: tuple[str, ...] = ("requirements.txt",)
    ack_days: int = 3
    assess_days: int = 10
    fix_days: int = 90


def _contact_line(contact: str) -> str:
    if "@" in contact and not contact.startswith(("http://", "https://")):
        return f"Email **{contact}** (please do not open a public issue)."
    return f"Use {contact} (please do not open a public issue)."


def security_md(inputs: PolicyInputs) -> str:
    """SECURITY.md: reporting channel, required report fields, supported versions, timeline."""
    fields = "\n".join(f"{i}. {text}." for i, text in enumerate(REPORT_FIELDS, 1))
    return f"""# Security policy for {inputs.project}

## Reporting a vulnerability

Report vulnerabilities privately. {_contact_line(inputs.contact)}

Contact: {inputs.contact}

A report must contain these four parts:

{fields}

For the reproduction, write numbered steps: what to install, what to run, what
you observed. `pipwarden report` composes a report with all four parts and
checks that none is missing.

## Supported versions

| Version | Supported |
| ------- | --------- |
| {inputs.supported} | yes |
| anything older | no |

## Response timeline

- We acknowledge a report within {inputs.ack_days} business days.
- We assess it and tell you our conclusion within {inputs.assess_days} days.
- We aim to release a fix within {inputs.fix_days} days of the report, and we
  coordinate the disclosure date with you. We credit reporters who wish it.

## What we do to prevent vulnerabilities

- Every pull request is scanned with `pipwarden scan` (results in code scanning)
  and its dependencies are audited with `pipwarden audit`.
- Dependabot proposes updates of our dependencies.
"""


def audit_commands(dependency_files: Sequence[str]) -> list[str]:
    """The `pipwarden audit` command lines for the given requirement or pyproject files."""
    files = list(dependency_files) or ["requirements.txt"]
    return [f"pipwarden audit -r {name}" for name in files]


#: `pipwarden audit` matches offline against a local OSV database, fetched first.
DB_UPDATE_COMMAND = "pipwarden db update"


def workflow_yml(inputs: PolicyInputs) -> str:
    """A GitHub Actions workflow: scan with SARIF upload and audit, on every pull request.

    pipwarden comes from its GitHub Action pinned by commit (`inputs.action`), never
    ``pip install pipwarden``: pipwarden is not on PyPI, and whoever registers that name
    would run code in every CI that installs it by name. PipwardenError when the
    action is not pinned by a full commit SHA.
    """
    action = pinned_action(inputs.action)
    audits = "\n".join(
        f"""      - name: Known vulnerabilities ({name.split(" -r ", 1)[1]})
        if: always()
        run: {name}"""
        for name in audit_commands(inputs.dependency_files)
    )
    return f"""# Written by `pipwarden policy init`: static analysis of every submission
# (results in the code scanning tab) and known-vulnerability audit.
#
# pipwarden is installed by its own GitHub Action at a pinned commit: the Action installs
# pipwarden from its checkout at that commit and pipwarden's dependencies from a
# hash-pinned requirements file inside it. Never `pip install pipwarden` by name.
# Every action is pinned by full commit SHA; Dependabot proposes updates.
name: pipwarden

on:
  pull_request:
  push:
    branches: [main]

permissions:
  contents: read

jobs:
  pipwarden:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      security-events: write
    steps:
      - uses: {CHECKOUT_ACTION}
        with:
          persist-credentials: false
      - name: Static analysis (SARIF uploaded to code scanning)
        uses: {action}
        with:
          paths: "."
          sarif-file: pipwarden.sarif
      # The Action left pipwarden on PATH for the steps below.
      - name: Advisory database (OSV, for the audit)
        if: always()
        run: {DB_UPDATE_COMMAND}
{audits}
"""


def dependabot_yml(inputs: PolicyInputs) -> str:
    """A Dependabot configuration for pip (and the workflow's actions)."""
    return """# Written by `pipwarden policy init`.
version: 2
updates:
  - package-ecosystem: "pip"
    directory: "/"
    schedule:
      interval: "weekly"
    open-pull-requests-limit: 10
  - package-ecosystem: "github-actions"
    directory: "/"
    schedule:
      interval: "weekly"
"""


def precommit_yaml(inputs: PolicyInputs) -> str:
    """A pre-commit configuration running pipwarden locally before each commit."""
    audits = "\n".join(
        f"""      - id: pipwarden-audit-{i}
        name: pipwarden audit ({cmd.split(" -r ", 1)[1]})
        entry: {cmd}
        language: system
        pass_filenames: false
        files: '{_files_regex(cmd.split(" -r ", 1)[1])}'"""
        for i, cmd in enumerate(audit_commands(inputs.dependency_files), 1)
    )
    return f"""# Written by `pipwarden policy init`. Install the hook: pre-commit install
repos:
  - repo: local
    hooks:
      - id: pipwarden-scan
        name: pipwarden scan
        entry: pipwarden scan
        language: system
        types: [python]
{audits}
"""


def _files_regex(name: str) -> str:
    return "^" + name.replace(".", r"\.") + "$"


def render_all(inputs: PolicyInputs) -> dict[str, str]:
    """Every file `policy init` writes, by its path relative to the project root."""
    return {
        SECURITY_PATH: security_md(inputs),
        WORKFLOW_PATH: workflow_yml(inputs),
        DEPENDABOT_PATH: dependabot_yml(inputs),
        PRECOMMIT_PATH: precommit_yaml(inputs),
    }
