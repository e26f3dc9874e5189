TOOLS = {}


def register_tool(name):
    def deco(fn):
        TOOLS[name] = fn
        return fn
    return deco
