"""Pretrained sub-word vocabularies for small language models."""
import os
import pickle

_HERE = os.path.dirname(__file__)

with open(os.path.join(_HERE, "model.pkl"), "rb") as _f:
    VOCAB = pickle.load(_f)


def tokenize(text, vocab=None):
    vocab = vocab or VOCAB or {}
    out = []
    for w in text.split():
        out.append(vocab.get(w, vocab.get("<unk>", 0)) if isinstance(vocab, dict) else 0)
    return out
