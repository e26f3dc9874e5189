"""A tiny SQLite-backed task queue."""
