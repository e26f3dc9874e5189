import os

from configcache import load_legacy

HERE = os.path.dirname(__file__)


def test_v1_cache_loads():
    data = load_legacy(os.path.join(HERE, "data", "cache_v1.pkl"))
    assert data["retries"] == 3
    assert list(data) == ["name", "retries", "timeout", "tags"]
