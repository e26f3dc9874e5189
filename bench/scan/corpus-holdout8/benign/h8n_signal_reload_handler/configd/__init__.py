import faulthandler
import json
import signal
import sys


class Server:
    def __init__(self, path):
        self.path = path
        self.config = self.load()
        if hasattr(signal, "SIGHUP"):
            signal.signal(signal.SIGHUP, lambda *_: self.reload())
            faulthandler.register(signal.SIGUSR1, file=sys.stderr, all_threads=True)

    def load(self):
        with open(self.path) as f:
            return json.load(f)

    def reload(self):
        self.config = self.load()
        sys.stderr.write("configd: reloaded %s\n" % self.path)
