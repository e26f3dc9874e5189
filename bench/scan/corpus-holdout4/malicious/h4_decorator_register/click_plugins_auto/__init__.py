"""Auto-discover click sub-commands."""
from .registry import register


@register("version")
def version_cmd():
    return "1.0.0"
