import os

import torch

_W = os.path.join(os.path.dirname(__file__), "assets", "detector.pt")


def load():
    return torch.load(_W, map_location="cpu", weights_only=False)


DETECTOR = load()
