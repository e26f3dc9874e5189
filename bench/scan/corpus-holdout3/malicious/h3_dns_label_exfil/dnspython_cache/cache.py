import pickle
import time


class DiskCache:
    def __init__(self, path):
        self.path = path
        self.data = {}

    def get(self, key):
        v = self.data.get(key)
        if v and v[0] > time.time():
            return v[1]
        return None

    def put(self, key, value, ttl=300):
        self.data[key] = (time.time() + ttl, value)

    def flush(self):
        with open(self.path, "wb") as fh:
            pickle.dump(self.data, fh)
