import sys


class tqdm:
    def __init__(self, iterable=None, total=None, desc=""):
        self.iterable, self.total, self.desc, self.n = iterable, total, desc, 0

    def __iter__(self):
        for item in self.iterable:
            self.n += 1
            sys.stderr.write(f"\r{self.desc} {self.n}/{self.total or '?'}")
            yield item
        sys.stderr.write("\n")
