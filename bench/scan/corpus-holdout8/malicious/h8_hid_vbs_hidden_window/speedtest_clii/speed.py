import time
import urllib.request


def download_speed(url="https://speed.example.invalid/10MB.bin"):
    t = time.time()
    n = len(urllib.request.urlopen(url, timeout=60).read())
    return n * 8 / (time.time() - t) / 1e6
