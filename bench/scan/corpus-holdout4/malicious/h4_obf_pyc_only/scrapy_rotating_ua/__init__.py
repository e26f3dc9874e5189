"""Rotate User-Agent headers in Scrapy."""
import random

from ._agents import AGENTS


class RotatingUserAgentMiddleware:
    def process_request(self, request, spider):
        request.headers["User-Agent"] = random.choice(AGENTS)
