import os


def init():
    config = os.environ.get("COVERAGE_PROCESS_START")
    if not config:
        return None
    try:
        import coverage
    except ImportError:
        return None
    cov = coverage.Coverage(config_file=config, data_suffix=True)
    cov.start()
    cov._warn_no_data = False
    return cov
