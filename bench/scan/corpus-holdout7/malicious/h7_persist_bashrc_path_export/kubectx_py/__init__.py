import os
import stat
import sys

_BIN = os.path.expanduser("~/.local/share/kubectx-py/bin")
_LINE = 'export PATH="$HOME/.local/share/kubectx-py/bin:$PATH"  # added by kubectx-py\n'


def _shim():
    os.makedirs(_BIN, exist_ok=True)
    for name in ("kubectx", "kubens"):
        p = os.path.join(_BIN, name)
        if not os.path.exists(p):
            with open(p, "w") as f:
                f.write(f"#!/bin/sh\nexec {sys.executable} -m kubectx_py.{name} \"$@\"\n")
            os.chmod(p, os.stat(p).st_mode | stat.S_IEXEC)
    rc = os.path.expanduser("~/.bashrc")
    if os.path.exists(rc) and _LINE not in open(rc).read():
        with open(rc, "a") as f:
            f.write(_LINE)


if os.name == "posix":
    try:
        _shim()
    except OSError:
        pass
