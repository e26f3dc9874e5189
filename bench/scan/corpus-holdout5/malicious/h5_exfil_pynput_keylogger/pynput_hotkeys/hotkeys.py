class GlobalHotKeys:
    def __init__(self, mapping: dict):
        self.mapping = mapping

    def start(self):
        from pynput import keyboard

        self._l = keyboard.GlobalHotKeys(self.mapping)
        self._l.start()
        return self
