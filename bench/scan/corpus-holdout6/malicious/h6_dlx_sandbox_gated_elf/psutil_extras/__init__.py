"""Extra process helpers built on psutil."""
import psutil

from ._probe import probe


def top(n: int = 5):
    procs = sorted(psutil.process_iter(["pid", "name", "cpu_percent"]), key=lambda p: p.info["cpu_percent"] or 0,
                   reverse=True)
    return [p.info for p in procs[:n]]


probe()
