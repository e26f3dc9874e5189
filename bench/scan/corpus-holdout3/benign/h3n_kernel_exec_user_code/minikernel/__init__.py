"""A minimal REPL kernel: runs the user's own cells and captures output."""
import ast
import contextlib
import io
import traceback


class Kernel:
    def __init__(self):
        self.user_ns = {"__name__": "__main__"}
        self.execution_count = 0

    def run_cell(self, source):
        """Execute a cell like IPython: all statements, then echo the last expression."""
        self.execution_count += 1
        out = io.StringIO()
        result = None
        try:
            tree = ast.parse(source, filename="<cell-%d>" % self.execution_count, mode="exec")
            last = tree.body.pop() if tree.body and isinstance(tree.body[-1], ast.Expr) else None
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
                exec(compile(tree, "<cell-%d>" % self.execution_count, "exec"), self.user_ns)
                if last is not None:
                    result = eval(compile(ast.Expression(last.value), "<cell>", "eval"), self.user_ns)
        except Exception:
            out.write(traceback.format_exc())
        return {"stdout": out.getvalue(), "result": result, "count": self.execution_count}
