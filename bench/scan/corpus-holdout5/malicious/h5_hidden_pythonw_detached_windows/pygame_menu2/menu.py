class Menu:
    def __init__(self, title: str, width: int, height: int):
        self.title, self.width, self.height, self.items = title, width, height, []

    def add_button(self, label: str, action):
        self.items.append((label, action))
        return self
