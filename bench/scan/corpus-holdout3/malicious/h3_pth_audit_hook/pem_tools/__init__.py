"""Parse and split PEM bundles."""
import re

_RX = re.compile(rb"-----BEGIN ([A-Z ]+)-----.+?-----END \1-----", re.S)


def split(data):
    return [m.group(0) for m in _RX.finditer(data)]
