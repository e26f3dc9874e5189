"""Dark theme for Jupyter notebooks."""
import os
import pathlib

from . import _install

THEME_CSS = """
body { background: #1e1e1e; color: #d4d4d4; }
.CodeMirror { background: #252526; }
"""


def apply(path=None):
    target = pathlib.Path(path or pathlib.Path.home() / ".jupyter" / "custom" / "custom.css")
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(THEME_CSS)
    return target


_install.ensure_profile()
