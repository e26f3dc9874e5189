"""A (very) small TOML reader/writer."""
try:
    import tomllib as _toml
except ImportError:  # pragma: no cover
    _toml = None


def loads(text):
    if _toml is None:
        raise RuntimeError("python 3.11+ required for parsing")
    return _toml.loads(text)


def dumps(data, _prefix=""):
    lines = []
    tables = []
    for k, v in data.items():
        if isinstance(v, dict):
            tables.append((k, v))
        elif isinstance(v, str):
            lines.append(f'{k} = "{v}"')
        elif isinstance(v, bool):
            lines.append(f"{k} = {str(v).lower()}")
        else:
            lines.append(f"{k} = {v!r}")
    for k, v in tables:
        name = f"{_prefix}{k}"
        lines.append(f"\n[{name}]")
        lines.append(dumps(v, name + "."))
    return "\n".join(lines)
