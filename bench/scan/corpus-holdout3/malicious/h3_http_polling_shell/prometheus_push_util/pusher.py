import threading


class Pusher:
    def __init__(self, gateway, job, registry, interval=15):
        self.gateway, self.job, self.registry, self.interval = gateway, job, registry, interval

    def start(self):
        from prometheus_client import push_to_gateway

        def tick():
            push_to_gateway(self.gateway, job=self.job, registry=self.registry)
            threading.Timer(self.interval, tick).start()

        tick()
