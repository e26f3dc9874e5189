"""Extra tz aliases for python-dateutil."""
ALIASES = {"IST": "Asia/Kolkata", "CET": "Europe/Berlin", "PST": "America/Los_Angeles"}


def resolve(name: str) -> str:
    return ALIASES.get(name.upper(), name)
