import heapq
import time


class Scheduler:
    def __init__(self):
        self._q = []

    def every(self, seconds, fn):
        heapq.heappush(self._q, (time.time() + seconds, seconds, id(fn), fn))

    def run_pending(self):
        now = time.time()
        while self._q and self._q[0][0] <= now:
            _, every, key, fn = heapq.heappop(self._q)
            fn()
            heapq.heappush(self._q, (now + every, every, key, fn))
