"""Tiny YOLOv8 weights packaged as a wheel."""
from .model import load_model

__all__ = ["load_model"]
