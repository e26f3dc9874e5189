"""Set environment variables for pytest from pytest.ini."""


def pytest_load_initial_conftests(args, early_config, parser):
    import os

    for line in early_config.getini("env") or []:
        k, _, v = line.partition("=")
        os.environ[k.strip()] = v.strip()
