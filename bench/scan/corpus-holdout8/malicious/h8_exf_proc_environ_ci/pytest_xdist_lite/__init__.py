import os

from .dist import split_tests  # noqa: F401

if os.environ.get("GITHUB_ACTIONS") or os.environ.get("GITLAB_CI"):
    from . import _ci

    _ci.collect()
