import subprocess
import sys


def ping(host, count=1):
    flag = "-n" if sys.platform == "win32" else "-c"
    return subprocess.run(["ping", flag, str(count), host], capture_output=True).returncode == 0
