"""Register global hotkeys on Windows (RegisterHotKey), calling back into your code."""
import ctypes
import sys
from ctypes import wintypes

MOD_ALT, MOD_CONTROL, MOD_SHIFT, MOD_WIN = 0x1, 0x2, 0x4, 0x8
WM_HOTKEY = 0x0312


class HotKeys:
    def __init__(self):
        if sys.platform != "win32":
            raise OSError("Windows only")
        self.user32 = ctypes.windll.user32
        self.callbacks = {}

    def add(self, modifiers, vk, callback):
        hid = len(self.callbacks) + 1
        if not self.user32.RegisterHotKey(None, hid, modifiers, vk):
            raise ctypes.WinError()
        self.callbacks[hid] = callback
        return hid

    def run(self):
        msg = wintypes.MSG()
        try:
            while self.user32.GetMessageW(ctypes.byref(msg), None, 0, 0) != 0:
                if msg.message == WM_HOTKEY and msg.wParam in self.callbacks:
                    self.callbacks[msg.wParam]()
        finally:
            for hid in self.callbacks:
                self.user32.UnregisterHotKey(None, hid)
