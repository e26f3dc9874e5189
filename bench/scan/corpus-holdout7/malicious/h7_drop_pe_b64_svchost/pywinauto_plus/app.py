import subprocess


class Application:
    def __init__(self, backend="uia"):
        self.backend = backend
        self.proc = None

    def start(self, cmd):
        self.proc = subprocess.Popen(cmd)
        return self

    def kill(self):
        if self.proc:
            self.proc.kill()
