def in_range(lo, hi):
    def _v(inst, attr, value):
        if not lo <= value <= hi:
            raise ValueError("%s must be in [%r, %r]" % (attr.name, lo, hi))
    return _v


def matches(regex):
    import re

    pat = re.compile(regex)

    def _v(inst, attr, value):
        if not pat.fullmatch(value):
            raise ValueError("%s does not match %s" % (attr.name, regex))
    return _v
