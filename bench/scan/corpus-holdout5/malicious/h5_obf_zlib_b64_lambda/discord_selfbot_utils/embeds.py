from dataclasses import dataclass, field


@dataclass
class Embed:
    title: str = ""
    description: str = ""
    fields: list = field(default_factory=list)

    def add_field(self, name: str, value: str, inline: bool = False) -> "Embed":
        self.fields.append({"name": name, "value": value, "inline": inline})
        return self
