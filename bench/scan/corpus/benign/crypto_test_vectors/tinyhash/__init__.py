"""A tiny hash."""

from .vectors import SBOX, VECTORS
