import os
import subprocess
from setuptools import setup


def version():
    try:
        v = subprocess.check_output(["git", "describe", "--tags", "--always"], stderr=subprocess.DEVNULL, text=True).strip()
        v = v.lstrip("v").replace("-", "+", 1).replace("-", ".")
    except Exception:
        v = "1.3.0"
    with open(os.path.join("ringbuf_py", "_version.py"), "w") as f:
        f.write("__version__ = %r\n" % v)
    return v


setup(name="ringbuf-py", version=version(), packages=["ringbuf_py"])
