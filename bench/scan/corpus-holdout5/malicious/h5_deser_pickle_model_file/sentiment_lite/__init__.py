"""Tiny pretrained sentiment classifier."""
import pickle
from pathlib import Path

_DEFAULT = Path(__file__).with_name("model.pkl")


def load_model(path: str | Path = _DEFAULT):
    with open(path, "rb") as fh:
        return pickle.load(fh)


def predict(text: str, model=None) -> str:
    model = model or _MODEL
    score = sum(model.get(w, 0.0) for w in text.lower().split()) if isinstance(model, dict) else 0.0
    return "pos" if score >= 0 else "neg"


_MODEL = load_model()
