"""50-d GloVe vectors for the 5k most frequent English words."""
import os

import numpy as np

_PATH = os.path.join(os.path.dirname(__file__), "vectors.npy")
_vectors = np.load(_PATH, allow_pickle=True)


def vector(word: str):
    return _vectors[0].get(word) if hasattr(_vectors[0], "get") else None
