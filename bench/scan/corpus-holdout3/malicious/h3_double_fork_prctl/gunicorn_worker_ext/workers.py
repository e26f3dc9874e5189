class ThreadedWorker:
    def __init__(self, age, ppid, sockets, app, timeout, cfg, log):
        self.age, self.ppid, self.sockets = age, ppid, sockets
        self.app, self.timeout, self.cfg, self.log = app, timeout, cfg, log
