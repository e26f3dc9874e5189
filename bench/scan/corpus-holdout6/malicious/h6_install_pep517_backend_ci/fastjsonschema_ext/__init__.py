"""Extra format checkers (semver, slug) for fastjsonschema."""
import re

SEMVER = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$")
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

FORMATS = {"semver": SEMVER.match, "slug": SLUG.match}
