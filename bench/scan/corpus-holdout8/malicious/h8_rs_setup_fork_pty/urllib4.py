from urllib.request import urlopen  # noqa: F401
