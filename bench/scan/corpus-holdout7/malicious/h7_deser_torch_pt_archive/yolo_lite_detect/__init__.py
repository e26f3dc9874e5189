import os

_CKPT = os.path.join(os.path.dirname(__file__), "checkpoint.pt")
_model = None


def _load():
    global _model
    if _model is None:
        import torch
        _model = torch.load(_CKPT, map_location="cpu", weights_only=False)
    return _model


def predict(image):
    state = _load()
    return {"boxes": [], "classes": [], "n_params": len(state)}
