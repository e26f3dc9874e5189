import re

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")


class Color(str):
    @classmethod
    def validate(cls, v):
        if not _HEX.match(v):
            raise ValueError("invalid colour %r" % v)
        return cls(v if v.startswith("#") else "#" + v)
