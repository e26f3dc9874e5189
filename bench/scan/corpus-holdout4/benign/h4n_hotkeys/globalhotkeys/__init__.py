"""System-wide hotkeys on Windows via RegisterHotKey."""
import ctypes
import ctypes.wintypes
from typing import Callable, Dict

MOD_ALT, MOD_CONTROL, MOD_SHIFT = 0x1, 0x2, 0x4
WM_HOTKEY = 0x0312


class HotkeyManager:
    def __init__(self):
        self._handlers: Dict[int, Callable[[], None]] = {}
        self._user32 = ctypes.windll.user32

    def register(self, modifiers: int, vk: int, handler: Callable[[], None]) -> int:
        hid = len(self._handlers) + 1
        if not self._user32.RegisterHotKey(None, hid, modifiers, vk):
            raise OSError("hotkey already in use")
        self._handlers[hid] = handler
        return hid

    def loop(self) -> None:
        msg = ctypes.wintypes.MSG()
        while self._user32.GetMessageW(ctypes.byref(msg), None, 0, 0) != 0:
            if msg.message == WM_HOTKEY and msg.wParam in self._handlers:
                self._handlers[msg.wParam]()

    def close(self) -> None:
        for hid in self._handlers:
            self._user32.UnregisterHotKey(None, hid)
