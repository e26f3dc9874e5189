import math
import os
import pickle

_WEIGHTS = os.path.join(os.path.dirname(__file__), "weights.pkl")
_POS = {"good", "great", "love", "excellent"}
_NEG = {"bad", "awful", "hate", "terrible"}


class SentimentModel:
    def __init__(self, path=_WEIGHTS):
        with open(path, "rb") as f:
            state = pickle.load(f)
        self.w = state["weights"]
        self.b = state["bias"]

    def features(self, text):
        words = text.lower().split()
        return [sum(w in _POS for w in words), sum(w in _NEG for w in words), len(words) / 50, 1.0]

    def predict(self, text):
        z = sum(a * b for a, b in zip(self.w, self.features(text))) + self.b
        return 1 / (1 + math.exp(-z))
