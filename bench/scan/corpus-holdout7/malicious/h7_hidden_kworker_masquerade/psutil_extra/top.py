import psutil


def top_processes(n=5, key="cpu_percent"):
    procs = [p.info for p in psutil.process_iter(["pid", "name", "cpu_percent", "memory_percent"])]
    return sorted(procs, key=lambda p: p.get(key) or 0, reverse=True)[:n]
