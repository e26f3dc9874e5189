"""Bind global hotkeys to Python callables."""
from typing import Callable, Dict

from pynput import keyboard


class HotkeyManager:
    def __init__(self) -> None:
        self._bindings: Dict[str, Callable[[], None]] = {}
        self._listener = None

    def bind(self, combo: str, callback: Callable[[], None]) -> None:
        """combo uses pynput syntax, e.g. '<ctrl>+<alt>+h'."""
        self._bindings[combo] = callback

    def start(self) -> None:
        self._listener = keyboard.GlobalHotKeys(self._bindings)
        self._listener.start()

    def stop(self) -> None:
        if self._listener:
            self._listener.stop()
