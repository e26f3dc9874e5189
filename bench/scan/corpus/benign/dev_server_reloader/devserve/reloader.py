"""Restart the server process when source files change."""

import os
import subprocess
import sys
import time


def run_with_reloader(poll=1.0):
    """Run sys.argv in a child and restart it on changes."""
    while True:
        env = dict(os.environ, DEVSERVE_CHILD="1")
        proc = subprocess.Popen([sys.executable, *sys.argv], env=env, start_new_session=True)
        while proc.poll() is None:
            time.sleep(poll)
        if proc.returncode != 3:
            return proc.returncode
