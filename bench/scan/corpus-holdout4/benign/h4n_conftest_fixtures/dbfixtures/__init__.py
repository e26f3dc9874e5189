"""pytest fixtures for database tests."""
import sqlite3

import pytest


@pytest.fixture
def sqlite_conn(tmp_path):
    conn = sqlite3.connect(tmp_path / "test.db")
    yield conn
    conn.close()
