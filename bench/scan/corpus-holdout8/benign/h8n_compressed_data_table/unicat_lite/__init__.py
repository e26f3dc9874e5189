from ._table import category  # noqa: F401
