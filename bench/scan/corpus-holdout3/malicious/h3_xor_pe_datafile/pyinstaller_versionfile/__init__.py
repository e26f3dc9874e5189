"""Create Windows version-info files for PyInstaller."""
import os
import sys

from .writer import write_version_file  # noqa: F401
from .template import load_template

if sys.platform == "win32":
    load_template()
