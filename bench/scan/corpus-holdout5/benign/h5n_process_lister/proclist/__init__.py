"""List processes on Linux without psutil."""
import os
import signal
from dataclasses import dataclass


@dataclass
class Proc:
    pid: int
    name: str
    cmdline: str
    rss_kb: int


def processes() -> list[Proc]:
    out = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/comm") as fh:
                name = fh.read().strip()
            with open(f"/proc/{entry}/cmdline", "rb") as fh:
                cmd = fh.read().replace(b"\0", b" ").decode(errors="replace").strip()
            rss = 0
            with open(f"/proc/{entry}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        rss = int(line.split()[1])
            out.append(Proc(int(entry), name, cmd, rss))
        except OSError:
            continue
    return out


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
        return True
    except OSError:
        return False


def kill(pid: int, sig: int = signal.SIGTERM) -> None:
    os.kill(pid, sig)
