"""Tiny bag-of-words sentiment model."""
import os
import pickle

_MODEL_PATH = os.path.join(os.path.dirname(__file__), "models", "model.pkl")

with open(_MODEL_PATH, "rb") as _fh:
    MODEL = pickle.load(_fh)


def score(text):
    words = text.lower().split()
    vocab = MODEL.get("vocab", []) if isinstance(MODEL, dict) else []
    return sum(1 if w == "good" else -1 if w == "bad" else 0 for w in words if w in vocab)
