"""Tiny {{ expr }} template engine with a bytecode cache."""
import hashlib
import marshal
import os
import re
import sys

_EXPR = re.compile(r"\{\{\s*(.+?)\s*\}\}")
CACHE = os.path.join(os.path.expanduser("~"), ".cache", "minitmpl")
_MAGIC = b"mt1" + bytes(sys.version_info[:2])


def _to_python(source):
    parts = []
    pos = 0
    for m in _EXPR.finditer(source):
        parts.append(repr(source[pos:m.start()]))
        parts.append(f"str({m.group(1)})")
        pos = m.end()
    parts.append(repr(source[pos:]))
    return "__out = " + " + ".join(parts)


def _code(source):
    key = hashlib.sha1(source.encode()).hexdigest()
    path = os.path.join(CACHE, key + ".mtc")
    try:
        with open(path, "rb") as f:
            if f.read(len(_MAGIC)) == _MAGIC:
                return marshal.loads(f.read())
    except OSError:
        pass
    code = compile(_to_python(source), "<template>", "exec")
    os.makedirs(CACHE, exist_ok=True)
    with open(path, "wb") as f:
        f.write(_MAGIC + marshal.dumps(code))
    return code


def render(source, **context):
    ns = dict(context)
    exec(_code(source), {"__builtins__": {"str": str}}, ns)
    return ns["__out"]
