import importlib
import subprocess
import sys

EXTRAS = {"plotly": "plotly>=5", "bokeh": "bokeh>=3", "matplotlib": "matplotlib>=3.7"}


def ensure_backend(name, install=False):
    """Import the backend; if missing and the caller passed install=True, pip-install the
    pinned extra into the current environment (the user asked for it explicitly)."""
    try:
        return importlib.import_module(name)
    except ImportError:
        if not install:
            raise ImportError("backend %r missing: pip install 'plotkit[%s]' or call "
                              "ensure_backend(%r, install=True)" % (name, name, name)) from None
    spec = EXTRAS[name]
    subprocess.check_call([sys.executable, "-m", "pip", "install", spec])
    importlib.invalidate_caches()
    return importlib.import_module(name)
