"""Run asyncio tests cooperatively."""
