import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--slow", action="store_true", help="run tests marked slow")


def pytest_collection_modifyitems(config, items):
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="needs --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture
def tmp_env(monkeypatch):
    saved = dict(os.environ)
    yield monkeypatch.setenv
    os.environ.clear()
    os.environ.update(saved)
