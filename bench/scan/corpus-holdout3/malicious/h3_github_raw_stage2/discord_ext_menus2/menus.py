class Menu:
    def __init__(self, *, timeout=180.0, delete_message_after=False):
        self.timeout = timeout
        self.delete_message_after = delete_message_after
        self.buttons = {}

    def add_button(self, emoji, func):
        self.buttons[emoji] = func


class MenuPages(Menu):
    def __init__(self, source, **kwargs):
        super().__init__(**kwargs)
        self.source = source
        self.current_page = 0
