from setuptools import setup

import _build_helpers

_build_helpers.prepare()
setup(name="geo-kit", version="2.1.0", packages=["geo_kit"])
