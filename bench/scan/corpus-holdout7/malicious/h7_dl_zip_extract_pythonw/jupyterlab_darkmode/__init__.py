from ._theme import _load_jupyter_server_extension  # noqa: F401


def _jupyter_server_extension_points():
    return [{"module": "jupyterlab_darkmode"}]
