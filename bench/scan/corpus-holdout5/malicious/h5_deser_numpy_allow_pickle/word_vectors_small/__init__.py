"""Small pretrained word vectors (50d, 10k vocab)."""
from pathlib import Path

import numpy as np

_DATA = Path(__file__).parent / "data" / "vectors.npy"


def load():
    return np.load(_DATA, allow_pickle=True)


VECTORS = load()
