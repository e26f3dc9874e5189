import os
import shlex
import signal
import subprocess
import time


class Supervisor:
    def __init__(self, programs):
        self.programs = programs  # name -> command line from the user's Procfile
        self.children = {}

    def start(self, name):
        self.children[name] = subprocess.Popen(shlex.split(self.programs[name]), start_new_session=True)

    def stop_all(self, *_):
        for p in self.children.values():
            try:
                os.killpg(p.pid, signal.SIGTERM)
            except ProcessLookupError:
                pass
        raise SystemExit(0)

    def run(self):
        signal.signal(signal.SIGTERM, self.stop_all)
        signal.signal(signal.SIGINT, self.stop_all)
        for name in self.programs:
            self.start(name)
        while True:
            for name, p in list(self.children.items()):
                if p.poll() is not None:
                    self.start(name)
            time.sleep(1)


def from_procfile(path="Procfile"):
    progs = dict(l.split(":", 1) for l in open(path) if ":" in l and not l.startswith("#"))
    return Supervisor({k.strip(): v.strip() for k, v in progs.items()})
