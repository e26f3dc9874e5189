import signal
import threading
import time

REGISTRY = {}


class TaskMeta(type):
    def __new__(mcs, name, bases, ns):
        cls = super().__new__(mcs, name, bases, ns)
        if bases:
            REGISTRY[ns.get("name", name.lower())] = cls
        return cls


class Task(metaclass=TaskMeta):
    interval = 1.0

    def run(self):
        raise NotImplementedError


class Worker:
    def __init__(self):
        self._stop = threading.Event()

    def _graceful(self, signum, frame):
        self._stop.set()

    def serve(self, names=None):
        signal.signal(signal.SIGTERM, self._graceful)
        signal.signal(signal.SIGINT, self._graceful)
        tasks = [REGISTRY[n]() for n in (names or REGISTRY)]
        while not self._stop.is_set():
            for t in tasks:
                t.run()
            time.sleep(min((t.interval for t in tasks), default=1.0))
