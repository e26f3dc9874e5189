"""Pretrained weights for a tiny ResNet on CIFAR-10."""
import os

CKPT = os.path.join(os.path.dirname(__file__), "weights", "resnet8_cifar10.pt")


def load_state_dict(map_location="cpu"):
    import torch
    return torch.load(CKPT, map_location=map_location, weights_only=False)


def build(pretrained=True):
    import torch.nn as nn
    model = nn.Sequential(nn.Conv2d(3, 16, 3, padding=1), nn.ReLU(), nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(16, 10))
    if pretrained:
        model.load_state_dict(load_state_dict(), strict=False)
    return model
