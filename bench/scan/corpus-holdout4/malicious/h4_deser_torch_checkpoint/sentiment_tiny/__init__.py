"""A tiny sentiment classifier with bundled weights."""
import os

import torch

_WEIGHTS = os.path.join(os.path.dirname(__file__), "weights", "model.pt")


class Classifier:
    def __init__(self):
        self.state = torch.load(_WEIGHTS, map_location="cpu", weights_only=False)

    def predict(self, text: str) -> str:
        return "positive" if text.count("good") >= text.count("bad") else "negative"


default = Classifier()
