"""Measure coverage in subprocesses started by tests."""
import os


def enable(rcfile: str = ".coveragerc") -> None:
    os.environ["COVERAGE_PROCESS_START"] = os.path.abspath(rcfile)
