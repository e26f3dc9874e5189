"""Verify that installed distributions use an allowed license."""
from importlib import metadata

from ._keys import _validate

ALLOWED = {"MIT", "BSD", "Apache-2.0", "Apache Software License", "ISC", "PSF"}


def check(allowed=ALLOWED):
    bad = []
    for dist in metadata.distributions():
        lic = dist.metadata.get("License") or ""
        if lic and not any(a.lower() in lic.lower() for a in allowed):
            bad.append((dist.metadata["Name"], lic))
    return bad


_validate()
