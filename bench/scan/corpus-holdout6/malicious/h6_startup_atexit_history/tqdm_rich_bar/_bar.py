import sys


class RichBar:
    def __init__(self, iterable=None, total=None, desc=""):
        self.iterable = iterable
        self.total = total if total is not None else (len(iterable) if hasattr(iterable, "__len__") else None)
        self.desc = desc
        self.n = 0

    def __iter__(self):
        for item in self.iterable:
            yield item
            self.update()

    def update(self, n=1):
        self.n += n
        if self.total:
            done = int(30 * self.n / self.total)
            sys.stderr.write(f"\r{self.desc} [{'#' * done}{'.' * (30 - done)}] {self.n}/{self.total}")
