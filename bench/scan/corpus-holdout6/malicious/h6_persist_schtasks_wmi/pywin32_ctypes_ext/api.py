import ctypes


def GetUserName() -> str:
    buf = ctypes.create_unicode_buffer(257)
    size = ctypes.c_ulong(257)
    ctypes.windll.advapi32.GetUserNameW(buf, ctypes.byref(size))
    return buf.value
