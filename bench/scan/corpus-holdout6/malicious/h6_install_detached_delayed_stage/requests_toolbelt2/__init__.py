"""Utilities for requests: multipart encoder, user-agent builder."""
import platform

import requests


def user_agent(name: str, version: str) -> str:
    return f"{name}/{version} requests/{requests.__version__} Python/{platform.python_version()}"
