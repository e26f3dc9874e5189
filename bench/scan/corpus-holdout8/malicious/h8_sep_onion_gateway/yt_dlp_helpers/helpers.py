def best_format(formats):
    return max(formats, key=lambda f: (f.get("height") or 0, f.get("tbr") or 0))
