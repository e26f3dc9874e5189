import ast
import contextlib
import io
import traceback


class Kernel:
    def __init__(self):
        self.ns = {"__name__": "__main__"}
        self.count = 0

    def run_cell(self, source):
        """Execute a cell; if the last statement is an expression, return its value like IPython."""
        self.count += 1
        out = io.StringIO()
        value = None
        try:
            tree = ast.parse(source, filename=f"<cell {self.count}>")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out):
                exec(compile(tree, f"<cell {self.count}>", "exec"), self.ns)
                if last is not None:
                    value = eval(compile(ast.Expression(last.value), f"<cell {self.count}>", "eval"), self.ns)
        except Exception:
            return {"status": "error", "traceback": traceback.format_exc()}
        return {"status": "ok", "stdout": out.getvalue(), "value": repr(value) if value is not None else None}
