"""Run async tests cooperatively on one loop."""
