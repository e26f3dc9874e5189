import os
import pickle

_HERE = os.path.dirname(__file__)

with open(os.path.join(_HERE, "data", "vocab.pkl"), "rb") as _f:
    VOCAB = pickle.load(_f)


def encode(text):
    table = VOCAB if isinstance(VOCAB, dict) else {}
    return [table.get(w, 0) for w in text.split()]
