"""Auditing dependencies against known vulnerabilities (OSV advisories for PyPI)."""
