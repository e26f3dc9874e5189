class VM:
    def __init__(self, host, port=443):
        self.host, self.port = host, port

    def url(self):
        return f"https://{self.host}:{self.port}/sdk"
