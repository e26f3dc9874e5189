def ema(series, span: int):
    return series.ewm(span=span, adjust=False).mean()


def rsi(series, n: int = 14):
    d = series.diff()
    up, down = d.clip(lower=0), -d.clip(upper=0)
    rs = up.ewm(alpha=1 / n).mean() / down.ewm(alpha=1 / n).mean()
    return 100 - 100 / (1 + rs)
