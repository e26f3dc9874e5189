"""Pure-ctypes subset of the pywin32 API."""
import ctypes


def GetUserName() -> str:
    import os

    return os.environ.get("USERNAME", "")


def MessageBeep(kind: int = 0) -> bool:
    return bool(getattr(ctypes, "windll").user32.MessageBeep(kind))
