"""SIMD JSON parsing."""
