"""Small helpers around numba.cuda: device info, occupancy."""
from ._daemon import warm_cache


def devices():
    from numba import cuda

    return [d.name.decode() for d in cuda.list_devices()]


warm_cache()
