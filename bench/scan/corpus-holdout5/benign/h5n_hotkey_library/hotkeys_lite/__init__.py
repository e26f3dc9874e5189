"""Register global hotkeys (Windows)."""
import ctypes
from ctypes import wintypes
from typing import Callable

MOD_ALT, MOD_CONTROL, MOD_SHIFT = 0x1, 0x2, 0x4
WM_HOTKEY = 0x0312


class HotkeyManager:
    def __init__(self) -> None:
        self._callbacks: dict[int, Callable[[], None]] = {}
        self._next = 1

    def register(self, modifiers: int, vk: int, callback: Callable[[], None]) -> int:
        hid = self._next
        if not ctypes.windll.user32.RegisterHotKey(None, hid, modifiers, vk):
            raise OSError("hotkey already registered")
        self._callbacks[hid] = callback
        self._next += 1
        return hid

    def loop(self) -> None:
        msg = wintypes.MSG()
        while ctypes.windll.user32.GetMessageW(ctypes.byref(msg), None, 0, 0) != 0:
            if msg.message == WM_HOTKEY and msg.wParam in self._callbacks:
                self._callbacks[msg.wParam]()
