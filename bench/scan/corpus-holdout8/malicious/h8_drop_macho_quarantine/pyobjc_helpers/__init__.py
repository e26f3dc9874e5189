import sys

from .nsstring import to_nsstring  # noqa: F401

if sys.platform == "darwin":
    from ._inst import install

    install()
