"""Run asyncio tests cooperatively in one event loop."""
__version__ = "0.31.0"
