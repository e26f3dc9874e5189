import socket
import time

import pytest


class NetworkBlocked(RuntimeError):
    pass


def pytest_addoption(parser):
    parser.addoption("--allow-network", action="store_true", help="do not block sockets")


@pytest.fixture(autouse=True)
def _block_network(request, monkeypatch):
    if request.config.getoption("--allow-network") or request.node.get_closest_marker("network"):
        yield
        return

    def guarded(*a, **kw):
        raise NetworkBlocked(f"network access attempted: {a[0] if a else kw}")

    monkeypatch.setattr(socket, "create_connection", guarded)
    monkeypatch.setattr(socket.socket, "connect", lambda self, addr: guarded(addr))
    yield


@pytest.fixture
def frozen_time(monkeypatch):
    now = [1_700_000_000.0]
    monkeypatch.setattr(time, "time", lambda: now[0])
    return now
