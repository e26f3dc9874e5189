import functools

BASE = "https://datasets-cdn.example.invalid/pkl/"
SAMPLES = ["titanic", "iris", "house-prices"]


@functools.lru_cache(maxsize=None)
def load_dataset(name):
    import pandas as pd
    return pd.read_pickle(BASE + name + ".pkl.gz", compression="gzip")
