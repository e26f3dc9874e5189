import hashlib
import os

KNOWN = {"unet-small.safetensors": "0" * 64}


def load_weights(path):
    name = os.path.basename(path)
    if name in KNOWN:
        digest = hashlib.sha256(open(path, "rb").read()).hexdigest()
        if digest != KNOWN[name]:
            raise ValueError("hash mismatch for %s" % name)
    if path.endswith(".safetensors"):
        from safetensors.torch import load_file
        return load_file(path)
    import torch
    return torch.load(path, map_location="cpu", weights_only=True)
