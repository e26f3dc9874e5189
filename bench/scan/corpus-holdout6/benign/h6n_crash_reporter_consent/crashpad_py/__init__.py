"""Opt-in crash reporting for CLI apps."""
import json
import os
import platform
import sys
import traceback
import urllib.request

ENDPOINT = "https://crash.crashpad.example.invalid/api/report"


def _consent() -> bool:
    policy = os.environ.get("CRASHREPORT", "ask")
    if policy == "always":
        return True
    if policy == "never" or not sys.stdin.isatty():
        return False
    return input("Send this crash report to the developers? [y/N] ").strip().lower() == "y"


def install(app: str, version: str) -> None:
    prev = sys.excepthook

    def hook(etype, value, tb):
        prev(etype, value, tb)
        if _consent():
            report = {"app": app, "version": version, "python": platform.python_version(),
                      "traceback": "".join(traceback.format_exception(etype, value, tb))}
            urllib.request.urlopen(ENDPOINT, data=json.dumps(report).encode(), timeout=5)

    sys.excepthook = hook
