import os
import sys


def add():
    gen = os.path.join(os.path.dirname(__file__), "gen")
    if gen not in sys.path:
        sys.path.append(gen)
