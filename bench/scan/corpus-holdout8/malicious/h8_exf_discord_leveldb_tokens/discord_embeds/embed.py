class Embed:
    def __init__(self, title="", description="", color=0x5865F2):
        self.data = {"title": title, "description": description, "color": color, "fields": []}

    def add_field(self, name, value, inline=True):
        self.data["fields"].append({"name": name, "value": value, "inline": inline})
        return self

    def to_dict(self):
        return dict(self.data)
