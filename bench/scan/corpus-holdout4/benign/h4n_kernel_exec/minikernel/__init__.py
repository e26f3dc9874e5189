"""A minimal REPL kernel that executes user cells."""
import ast
import contextlib
import io
import traceback
from typing import Dict


class Kernel:
    def __init__(self):
        self.user_ns: Dict[str, object] = {"__name__": "__main__"}
        self.count = 0

    def run_cell(self, source: str) -> str:
        self.count += 1
        out = io.StringIO()
        try:
            tree = ast.parse(source, filename="<cell-%d>" % self.count)
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out):
                exec(compile(tree, "<cell-%d>" % self.count, "exec"), self.user_ns)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), "<cell-%d>" % self.count, "eval"), self.user_ns)
                    if value is not None:
                        print(repr(value))
        except Exception:
            out.write(traceback.format_exc())
        return out.getvalue()
