"""A tiny Python execution kernel for teaching notebooks."""
import ast
import contextlib
import io
import traceback


class Kernel:
    def __init__(self) -> None:
        self.ns = {"__name__": "__main__"}
        self.count = 0

    def execute(self, source: str) -> dict:
        """Execute a cell the user typed; the last expression's value is returned like IPython."""
        self.count += 1
        out = io.StringIO()
        result = None
        try:
            tree = ast.parse(source, f"<cell {self.count}>")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out):
                exec(compile(tree, f"<cell {self.count}>", "exec"), self.ns)
                if last is not None:
                    result = eval(compile(ast.Expression(last.value), f"<cell {self.count}>", "eval"), self.ns)
            return {"status": "ok", "stdout": out.getvalue(), "result": repr(result) if result is not None else None}
        except Exception:
            return {"status": "error", "stdout": out.getvalue(), "traceback": traceback.format_exc()}
