import os


def load_state_dict(path):
    if path.endswith(".safetensors"):
        from safetensors.torch import load_file
        return load_file(path)
    import torch
    return torch.load(path, map_location="cpu", weights_only=True)


def from_pretrained(model, directory):
    for name in ("model.safetensors", "pytorch_model.bin"):
        p = os.path.join(directory, name)
        if os.path.exists(p):
            model.load_state_dict(load_state_dict(p))
            return model
    raise FileNotFoundError(directory)
