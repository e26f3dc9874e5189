"""Helpers to inspect GPUs visible to TensorFlow."""
from .devices import list_gpus, memory_growth

__all__ = ["list_gpus", "memory_growth"]
