import ctypes


def get_username():
    buf = ctypes.create_unicode_buffer(257)
    size = ctypes.c_uint(257)
    ctypes.windll.advapi32.GetUserNameW(buf, ctypes.byref(size))
    return buf.value
