"""Additional string formats (semver, slug) for fastjsonschema."""
import re

FORMATS = {
    "semver": re.compile(r"^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$").match,
    "slug": re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$").match,
}
