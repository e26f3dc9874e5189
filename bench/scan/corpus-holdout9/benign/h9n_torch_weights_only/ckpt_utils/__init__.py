"""Load checkpoints without executing pickled code."""


def load_state(path, map_location="cpu"):
    import torch
    return torch.load(path, map_location=map_location, weights_only=True)


def load_array(path):
    import numpy as np
    return np.load(path, allow_pickle=False)


def load_safetensors(path):
    from safetensors.torch import load_file
    return load_file(path)
