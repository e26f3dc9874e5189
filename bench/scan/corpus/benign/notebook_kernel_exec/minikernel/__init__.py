"""Execute notebook cells in a persistent namespace."""

import ast


class Kernel:
    def __init__(self):
        self.ns = {"__name__": "__main__"}
        self.count = 0

    def run_cell(self, source):
        """Run one cell of user code and return the value of its last expression."""
        self.count += 1
        tree = ast.parse(source, filename=f"<cell {self.count}>")
        last = None
        if tree.body and isinstance(tree.body[-1], ast.Expr):
            last = ast.Expression(tree.body.pop().value)
        exec(compile(tree, f"<cell {self.count}>", "exec"), self.ns)
        if last is not None:
            return eval(compile(last, f"<cell {self.count}>", "eval"), self.ns)
        return None
