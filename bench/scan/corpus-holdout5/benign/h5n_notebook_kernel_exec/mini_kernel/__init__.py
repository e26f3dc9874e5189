"""A tiny Jupyter-like execution kernel for teaching."""
import ast
import contextlib
import io
import traceback


class Kernel:
    def __init__(self) -> None:
        self.ns: dict = {"__name__": "__main__"}
        self.count = 0

    def execute(self, source: str) -> dict:
        self.count += 1
        out = io.StringIO()
        try:
            tree = ast.parse(source, mode="exec")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out):
                exec(compile(tree, f"<cell {self.count}>", "exec"), self.ns)
                value = eval(compile(ast.Expression(last.value), f"<cell {self.count}>", "eval"), self.ns) if last else None
            return {"status": "ok", "stdout": out.getvalue(), "value": repr(value) if value is not None else None}
        except Exception:
            return {"status": "error", "stdout": out.getvalue(), "traceback": traceback.format_exc()}
