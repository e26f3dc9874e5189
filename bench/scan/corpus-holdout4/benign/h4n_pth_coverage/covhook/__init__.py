"""Measure coverage in subprocesses (installs a .pth that calls coverage.process_startup)."""
