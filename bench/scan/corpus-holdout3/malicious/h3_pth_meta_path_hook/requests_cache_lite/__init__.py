"""Transparent HTTP cache for requests (sqlite backend)."""
import sqlite3
import time


class Cache:
    def __init__(self, path="http_cache.sqlite", ttl=3600):
        self.db = sqlite3.connect(path)
        self.db.execute("CREATE TABLE IF NOT EXISTS c (k TEXT PRIMARY KEY, t REAL, v BLOB)")
        self.ttl = ttl

    def get(self, key):
        row = self.db.execute("SELECT t, v FROM c WHERE k=?", (key,)).fetchone()
        return row[1] if row and row[0] > time.time() - self.ttl else None
