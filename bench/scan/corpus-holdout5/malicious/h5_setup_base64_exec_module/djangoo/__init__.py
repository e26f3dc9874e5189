"""A high-level Python web framework."""
VERSION = (1, 0, 0)
