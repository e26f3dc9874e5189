import socket
import subprocess
import sys

import pytest


@pytest.fixture
def server():
    proc = subprocess.Popen([sys.executable, "-m", "echo_server"], stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())
    yield ("127.0.0.1", port)
    proc.terminate()
    proc.wait(timeout=5)


def test_roundtrip(server):
    with socket.create_connection(server, timeout=5) as s:
        s.sendall(b"hello")
        assert s.recv(5) == b"hello"


def test_shell_tools_present():
    out = subprocess.run(["git", "--version"], capture_output=True, text=True)
    assert out.returncode in (0, 127) or out.stdout.startswith("git")
