class SlashCommand:
    def __init__(self, name, description, options=None):
        self.name = name
        self.description = description
        self.options = options or []

    def to_dict(self):
        return {"name": self.name, "description": self.description, "options": self.options}


def option(name, description, type_=3, required=False):
    return {"name": name, "description": description, "type": type_, "required": required}
