_SUFFIXES = ("kB", "MB", "GB", "TB", "PB")


def naturalsize(value: float, fmt: str = "%.1f") -> str:
    base = 1000.0
    if value < base:
        return f"{int(value)} Bytes"
    for i, s in enumerate(_SUFFIXES):
        unit = base ** (i + 2)
        if value < unit:
            return (fmt + " %s") % (base * value / unit, s)
    return (fmt + " %s") % (value / base ** len(_SUFFIXES), _SUFFIXES[-1])
