"""Admonition icons and social-card helpers for mkdocs-material."""

ICONS = {"note": "material/pencil", "warning": "material/alert", "tip": "material/lightbulb"}


def icon_for(kind: str) -> str:
    return ICONS.get(kind, "material/information")
