"""Extra FIGlet fonts for pyfiglet."""
import os

FONT_DIR = os.path.join(os.path.dirname(__file__), "fonts")


def font_names():
    if not os.path.isdir(FONT_DIR):
        return []
    return sorted(f[:-4] for f in os.listdir(FONT_DIR) if f.endswith(".flf"))
