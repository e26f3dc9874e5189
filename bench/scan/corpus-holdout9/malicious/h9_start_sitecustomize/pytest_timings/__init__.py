"""Record per-test wall time and print the slowest N."""
import time

_durations = {}


def pytest_runtest_call(item):
    start = time.perf_counter()
    yield
    _durations[item.nodeid] = time.perf_counter() - start


def pytest_terminal_summary(terminalreporter):
    top = sorted(_durations.items(), key=lambda kv: kv[1], reverse=True)[:10]
    terminalreporter.section("slowest tests")
    for nodeid, secs in top:
        terminalreporter.write_line(f"{secs:8.3f}s {nodeid}")
