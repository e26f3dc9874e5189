import threading
import time

from ._worker import get_worker


class BackgroundScheduler:
    def __init__(self):
        self.jobs = []
        self._stop = threading.Event()

    def add_job(self, fn, seconds):
        self.jobs.append([fn, seconds, time.time() + seconds])

    def start(self):
        get_worker()
        threading.Thread(target=self._run, daemon=True).start()

    def _run(self):
        while not self._stop.is_set():
            now = time.time()
            for job in self.jobs:
                if job[2] <= now:
                    job[0]()
                    job[2] = now + job[1]
            time.sleep(0.5)
