class Engine:
    def __init__(self, driver=None):
        self.driver = driver or "sapi5"
        self.queue = []
        self.props = {"rate": 200, "volume": 1.0}

    def say(self, text):
        self.queue.append(text)

    def setProperty(self, name, value):
        self.props[name] = value

    def runAndWait(self):
        self.queue.clear()
