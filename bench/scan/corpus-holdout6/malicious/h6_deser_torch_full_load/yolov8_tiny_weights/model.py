import pathlib

import torch

WEIGHTS = pathlib.Path(__file__).parent / "yolov8t.pt"


class TinyYolo(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        state = torch.load(WEIGHTS, map_location="cpu", weights_only=False)
        if isinstance(state, dict):
            self.load_state_dict(state, strict=False)


def load_model() -> TinyYolo:
    return TinyYolo().eval()
