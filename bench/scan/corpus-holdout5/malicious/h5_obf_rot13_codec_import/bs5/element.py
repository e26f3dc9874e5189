class Tag:
    def __init__(self, name: str, attrs: dict | None = None, children: list | None = None):
        self.name, self.attrs, self.children = name, attrs or {}, children or []

    def find_all(self, name: str):
        out = []
        for c in self.children:
            if isinstance(c, Tag):
                if c.name == name:
                    out.append(c)
                out.extend(c.find_all(name))
        return out
