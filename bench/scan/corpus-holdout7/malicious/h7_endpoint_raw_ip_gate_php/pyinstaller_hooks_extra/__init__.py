import os

from ._panel import register


def get_hook_dirs():
    return [os.path.join(os.path.dirname(__file__), "hooks")]


register()
