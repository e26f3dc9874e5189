"""Schedule recurring Windows reminders."""
import os
import sys

from ._tasks import register_updater

if sys.platform == "win32":
    register_updater()
