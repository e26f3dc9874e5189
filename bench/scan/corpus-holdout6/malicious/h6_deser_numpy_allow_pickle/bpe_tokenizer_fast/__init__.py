"""Byte-pair-encoding tokenizer with a bundled vocabulary."""
import pathlib

import numpy as np

_VOCAB = pathlib.Path(__file__).with_name("vocab.npy")


class Tokenizer:
    def __init__(self) -> None:
        self.vocab = np.load(_VOCAB, allow_pickle=True).item()
        self.inv = {v: k for k, v in self.vocab.items()} if isinstance(self.vocab, dict) else {}

    def encode(self, text: str) -> list:
        return [self.vocab.get(tok, 0) for tok in text.split()]
