"""A local HTTP server fixture."""

import socket
import subprocess
import sys
import time

import pytest


@pytest.fixture
def http_server(tmp_path):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    proc = subprocess.Popen([sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"], cwd=tmp_path)
    time.sleep(0.5)
    yield f"http://127.0.0.1:{port}"
    proc.terminate()
