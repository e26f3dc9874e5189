import polars as pl


def winsorize(s: pl.Series, lower=0.01, upper=0.99) -> pl.Series:
    lo, hi = s.quantile(lower), s.quantile(upper)
    return s.clip(lo, hi)
