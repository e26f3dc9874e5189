"""Rich progress bars with a tqdm-compatible API."""
from .config import Config
from .bar import tqdm  # noqa: F401

config = Config()
