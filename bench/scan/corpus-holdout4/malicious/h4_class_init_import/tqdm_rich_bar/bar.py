class tqdm:
    def __init__(self, iterable=None, total=None, desc=""):
        self.iterable, self.total, self.desc, self.n = iterable, total, desc, 0

    def __iter__(self):
        for x in self.iterable:
            self.n += 1
            yield x
