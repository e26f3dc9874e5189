"""Small pretrained vision models."""
import hashlib
import os
import urllib.request
from pathlib import Path

MANIFEST = {
    "mobilenet_tiny": ("https://models.tinyvision.example.invalid/mobilenet_tiny-3c1e5d.pth",
                       "3c1e5d0a9b8f7e6d5c4b3a291807f6e5d4c3b2a1908f7e6d5c4b3a2918070605"),
}
HUB = Path(os.environ.get("TINYVISION_HOME", Path.home() / ".cache" / "tinyvision"))


def _download(name: str) -> Path:
    url, sha = MANIFEST[name]
    dest = HUB / url.rsplit("/", 1)[1]
    if not dest.exists():
        HUB.mkdir(parents=True, exist_ok=True)
        data = urllib.request.urlopen(url, timeout=120).read()
        if hashlib.sha256(data).hexdigest() != sha:
            raise RuntimeError(f"checksum mismatch for {name}")
        dest.write_bytes(data)
    return dest


def load_state_dict(name: str):
    import torch

    return torch.load(_download(name), map_location="cpu", weights_only=True)
