"""Parse and compare semantic versions."""
import re

from .tests import test_parse as _selftest  # run the tiny self-test once on import

_RX = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+([0-9A-Za-z.-]+))?$")


def parse(v):
    m = _RX.match(v)
    if not m:
        raise ValueError(v)
    return tuple(int(x) for x in m.groups()[:3]) + (m.group(4),)


def compare(a, b):
    pa, pb = parse(a)[:3], parse(b)[:3]
    return (pa > pb) - (pa < pb)


_selftest.run()
