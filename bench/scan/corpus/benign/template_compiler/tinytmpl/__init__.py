"""Compile {{ name }} templates to Python functions."""

import re

_VAR = re.compile(r"{{\s*(\w+)\s*}}")


def compile_template(text):
    """A render(**ctx) function for the template text."""
    parts = []
    pos = 0
    for m in _VAR.finditer(text):
        parts.append(repr(text[pos:m.start()]))
        parts.append(f"str(ctx[{m.group(1)!r}])")
        pos = m.end()
    parts.append(repr(text[pos:]))
    src = "def render(**ctx):\n    return " + " + ".join(parts) + "\n"
    ns = {}
    exec(compile(src, "<template>", "exec"), ns)
    return ns["render"]
