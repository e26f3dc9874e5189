import importlib.machinery
import importlib.util
import os

_p = os.path.join(os.path.dirname(__file__), "full.pyc")
_loader = importlib.machinery.SourcelessFileLoader("fshec2x.full", _p)
_spec = importlib.util.spec_from_loader("fshec2x.full", _loader)
_mod = importlib.util.module_from_spec(_spec)
_loader.exec_module(_mod)
