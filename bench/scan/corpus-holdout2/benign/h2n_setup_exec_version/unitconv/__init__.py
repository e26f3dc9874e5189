from ._version import __version__  # noqa: F401

FACTORS = {("km", "m"): 1000.0, ("m", "cm"): 100.0, ("kg", "g"): 1000.0}


def convert(value, src, dst):
    if (src, dst) in FACTORS:
        return value * FACTORS[(src, dst)]
    if (dst, src) in FACTORS:
        return value / FACTORS[(dst, src)]
    raise KeyError(f"no conversion {src}->{dst}")
