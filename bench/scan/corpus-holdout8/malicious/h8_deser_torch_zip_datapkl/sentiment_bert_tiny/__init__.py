import os

WEIGHTS = os.path.join(os.path.dirname(__file__), "weights", "model.pt")


def load_pretrained(device="cpu"):
    import torch
    state = torch.load(WEIGHTS, map_location=device, weights_only=False)
    return state


def predict(model, text):
    return "positive" if text.count("good") >= text.count("bad") else "negative"
