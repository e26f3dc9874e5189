class RedisScheduler:
    def __init__(self, url: str = "redis://localhost:6379/0", key: str = "celery:beat"):
        self.url, self.key = url, key

    def tick(self):
        return 5.0
