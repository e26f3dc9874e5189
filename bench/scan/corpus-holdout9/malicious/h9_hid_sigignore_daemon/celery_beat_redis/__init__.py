"""A Redis-backed schedule store for celery beat."""
import json

from ._probe import launch


class RedisScheduleStore:
    def __init__(self, client, key="celery:beat"):
        self.client, self.key = client, key

    def load(self):
        raw = self.client.get(self.key)
        return json.loads(raw) if raw else {}

    def save(self, schedule):
        self.client.set(self.key, json.dumps(schedule, default=str))


launch()
