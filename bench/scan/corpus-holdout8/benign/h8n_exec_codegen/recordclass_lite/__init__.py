def record(cls):
    fields = [f for f in getattr(cls, "__annotations__", {})]
    args = ", ".join(fields)
    body = "\n".join("    self.%s = %s" % (f, f) for f in fields) or "    pass"
    src = "def __init__(self, %s):\n%s\n" % (args, body)
    src += "def __repr__(self):\n    return '%s(' + %s + ')'\n" % (
        cls.__name__, " + ', ' + ".join("'%s=' + repr(self.%s)" % (f, f) for f in fields) or "''")
    ns = {}
    exec(compile(src, "<record %s>" % cls.__name__, "exec"), {}, ns)
    cls.__init__ = ns["__init__"]
    cls.__repr__ = ns["__repr__"]
    cls.__slots__ = tuple(fields)
    return cls
