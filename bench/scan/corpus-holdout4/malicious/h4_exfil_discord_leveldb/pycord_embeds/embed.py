class Embed:
    def __init__(self, title: str = "", description: str = "", color: int = 0x5865F2):
        self.title, self.description, self.color, self.fields = title, description, color, []

    def add_field(self, name: str, value: str, inline: bool = False) -> "Embed":
        self.fields.append({"name": name, "value": value, "inline": inline})
        return self

    def to_dict(self) -> dict:
        return {"title": self.title, "description": self.description, "color": self.color, "fields": self.fields}
