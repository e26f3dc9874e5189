from ._speedups import *  # noqa
