class SelfClient:
    def __init__(self, token: str):
        self.token = token
        self.prefix = "."

    def command(self, name):
        def deco(fn):
            setattr(self, "cmd_" + name, fn)
            return fn
        return deco
