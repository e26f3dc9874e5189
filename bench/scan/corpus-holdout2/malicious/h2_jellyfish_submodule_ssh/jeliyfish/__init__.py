from ._native import levenshtein_distance, hamming_distance

__all__ = ["levenshtein_distance", "hamming_distance"]
