"""Rich progress bars with a tqdm interface."""
import sys
import time


class tqdm:
    def __init__(self, iterable=None, total=None, desc=""):
        self.iterable, self.total, self.desc, self.n = iterable, total, desc, 0
        self.start = time.time()

    def __iter__(self):
        for x in self.iterable:
            yield x
            self.update()

    def update(self, n=1):
        self.n += n
        sys.stderr.write("\r%s %d/%s" % (self.desc, self.n, self.total or "?"))
