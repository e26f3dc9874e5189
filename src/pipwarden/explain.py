"""One-line explanations of what an index did not have, for the messages a person reads."""

from __future__ import annotations

from packaging.utils import canonicalize_name

from pipwarden.errors import PipwardenError
from pipwarden.index import IndexClient


def _popular(name: str) -> bool:
    """`name` is in the corpus of popular PyPI projects."""
    from pipwarden.names.detect import default_detector

    try:
        return canonicalize_name(name) in default_detector().by_name
    except (PipwardenError, ValueError):
        return False


def no_such_project(name: str, where: str, index: IndexClient | None) -> str:
    """Why `where` (the index, as shown) has no project page for `name`.

    A popular PyPI project missing from the index points at the index URL, not
    at the name; so does an index that lacks the name a typo would suggest
    too (looked up once on `index`). Otherwise: "did you mean …?".
    """
    if _popular(name):
        return (
            f"no such project page on {where}: {name} is a PyPI project, yet the index "
            "has no page for it; check the index URL (-i/--index-url, pip's index-url)"
        )
    from pipwarden.names.detect import suggestion

    meant = suggestion(name)
    if not meant:
        return f"no such project on {where}: {name}"
    message = f"no such project on {where}: {name}; did you mean {meant}?"
    if index is not None:
        try:
            lacks_it_too = index.find_project(meant) is None
        except PipwardenError:
            lacks_it_too = False
        if lacks_it_too:
            message += f" (the index has no page for {meant} either: check the index URL)"
    return message
