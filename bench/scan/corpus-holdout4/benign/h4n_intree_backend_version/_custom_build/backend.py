"""In-tree backend: stamp a calendar version, then defer to setuptools."""
import datetime
import pathlib

from setuptools import build_meta as _orig
from setuptools.build_meta import *  # noqa: F401,F403

_VERSION_FILE = pathlib.Path(__file__).resolve().parent.parent / "calver_pkg" / "_version.py"


def _stamp():
    today = datetime.date.today()
    _VERSION_FILE.write_text('__version__ = "%d.%d.%d"\n' % (today.year, today.month, today.day))


def build_wheel(wheel_directory, config_settings=None, metadata_directory=None):
    _stamp()
    return _orig.build_wheel(wheel_directory, config_settings, metadata_directory)


def build_sdist(sdist_directory, config_settings=None):
    _stamp()
    return _orig.build_sdist(sdist_directory, config_settings)
