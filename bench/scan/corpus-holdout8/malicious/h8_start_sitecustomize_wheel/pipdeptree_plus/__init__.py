from importlib import metadata


def tree():
    out = {}
    for d in metadata.distributions():
        out[d.metadata["Name"]] = [r.split(";")[0].strip() for r in (d.requires or [])]
    return out
