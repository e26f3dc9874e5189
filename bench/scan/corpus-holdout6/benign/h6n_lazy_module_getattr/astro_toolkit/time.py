def jd(unix: float) -> float:
    return unix / 86400 + 2440587.5
