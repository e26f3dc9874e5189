import time
import uuid


class Lock:
    def __init__(self, client, name: str, ttl: int = 30):
        self.client, self.name, self.ttl, self.token = client, name, ttl, uuid.uuid4().hex

    def acquire(self, timeout: float = 10) -> bool:
        end = time.time() + timeout
        while time.time() < end:
            if self.client.set(self.name, self.token, nx=True, ex=self.ttl):
                return True
            time.sleep(0.1)
        return False
