import ast


class _Strip(ast.NodeTransformer):
    def visit_Expr(self, node):
        if isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            return None
        return node


def obfuscate(source):
    tree = _Strip().visit(ast.parse(source))
    return ast.unparse(ast.fix_missing_locations(tree))
