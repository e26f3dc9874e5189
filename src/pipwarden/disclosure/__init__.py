"""The maintainers' side of T8: a project's security policy, its posture and
vulnerability reports.

- `templates` renders SECURITY.md, the CI workflow, the Dependabot and
  pre-commit configurations; `init` writes them without overwriting.
- `posture` runs offline, local checks in the spirit of OpenSSF Scorecard.
- `channel` finds a project's reporting channel (SECURITY.md or metadata).
- `vulnreport` composes and validates a vulnerability report; `formats`
  renders posture results and reports.
"""
