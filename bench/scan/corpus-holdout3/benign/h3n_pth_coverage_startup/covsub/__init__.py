"""Measure coverage in subprocesses: a .pth calls process_startup() only when
COVSUB_PROCESS_START points to a config file (same mechanism as coverage.py's
COVERAGE_PROCESS_START)."""
import atexit
import os
import sys

_started = None


def process_startup():
    global _started
    cfg = os.environ.get("COVSUB_PROCESS_START")
    if not cfg or _started is not None:
        return None
    import trace

    _started = trace.Trace(count=True, trace=False)
    sys.settrace(_started.globaltrace)
    atexit.register(_save, cfg)
    return _started


def _save(cfg):
    sys.settrace(None)
    results = _started.results()
    outdir = os.path.join(os.path.dirname(os.path.abspath(cfg)), ".covsub")
    os.makedirs(outdir, exist_ok=True)
    results.write_results(show_missing=False, coverdir=outdir)
