"""Pure-Python AES-128 for teaching."""
from .vectors import FIPS197_KEY, FIPS197_PT, FIPS197_CT  # noqa: F401
