"""Start coverage measurement in subprocesses."""
