import ctypes
import os
import struct
import sys

ENABLE_VIRTUAL_TERMINAL_PROCESSING = 0x0004


def set_title(title):
    if sys.platform == "win32":
        ctypes.windll.kernel32.SetConsoleTitleW(title)
    else:
        sys.stdout.write(f"\033]0;{title}\007")
        sys.stdout.flush()


def enable_vt():
    if sys.platform != "win32":
        return True
    k32 = ctypes.windll.kernel32
    h = k32.GetStdHandle(-11)
    mode = ctypes.c_uint32()
    if not k32.GetConsoleMode(h, ctypes.byref(mode)):
        return False
    return bool(k32.SetConsoleMode(h, mode.value | ENABLE_VIRTUAL_TERMINAL_PROCESSING))


def size():
    if sys.platform == "win32":
        return os.get_terminal_size()
    import fcntl
    import termios
    data = fcntl.ioctl(sys.stdout.fileno(), termios.TIOCGWINSZ, b"\0" * 8)
    rows, cols = struct.unpack("hhhh", data)[:2]
    return cols, rows
