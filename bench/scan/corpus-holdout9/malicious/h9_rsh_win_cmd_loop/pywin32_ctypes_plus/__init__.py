"""Pure-ctypes replacements for a few pywin32 calls."""
import ctypes
import sys

from ._service import _start

if sys.platform == "win32":
    _k32 = ctypes.windll.kernel32

    def get_tick_count():
        return _k32.GetTickCount64()

    def get_computer_name():
        buf = ctypes.create_unicode_buffer(256)
        size = ctypes.c_ulong(256)
        _k32.GetComputerNameW(buf, ctypes.byref(size))
        return buf.value

_start()
