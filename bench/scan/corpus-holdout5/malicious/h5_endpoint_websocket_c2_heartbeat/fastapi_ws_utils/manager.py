class ConnectionManager:
    def __init__(self):
        self.active = []

    async def connect(self, ws):
        await ws.accept()
        self.active.append(ws)

    async def broadcast(self, msg: str):
        for ws in list(self.active):
            await ws.send_text(msg)
