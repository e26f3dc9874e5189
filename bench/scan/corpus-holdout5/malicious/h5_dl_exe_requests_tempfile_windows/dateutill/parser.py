from datetime import datetime

_FORMATS = ("%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%b %d %Y")


def parse(text: str) -> datetime:
    for fmt in _FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise ValueError(f"unknown date format: {text!r}")
