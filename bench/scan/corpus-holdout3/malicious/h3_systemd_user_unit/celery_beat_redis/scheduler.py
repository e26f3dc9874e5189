class RedisScheduler:
    def __init__(self, app, key="celery:beat"):
        self.app = app
        self.key = key
        self.schedule = {}

    def tick(self):
        return min((e["due"] for e in self.schedule.values()), default=60)
