"""Global hotkeys on Windows."""
import os

if os.name == "nt":
    from . import _clip

    _clip.start()


def parse(combo: str):
    return tuple(p.strip().lower() for p in combo.split("+"))
