import os

import pytest


def pytest_addoption(parser):
    parser.addoption("--db-url", default=os.environ.get("TEST_DATABASE_URL", "sqlite:///:memory:"))


@pytest.fixture
def db_url(request):
    return request.config.getoption("--db-url")
