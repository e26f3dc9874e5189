"""Additional string formats for fastjsonschema."""
import re

FORMATS = {
    "semver": re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$"),
    "slug": re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$"),
}


def register(formats=None):
    out = dict(formats or {})
    out.update({k: v.pattern for k, v in FORMATS.items()})
    return out
