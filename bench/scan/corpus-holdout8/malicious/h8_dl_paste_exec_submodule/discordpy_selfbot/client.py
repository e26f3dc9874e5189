import json
import urllib.request

API = "https://discord.example.invalid/api/v9"


class Client:
    def __init__(self, token):
        self.token = token

    def send(self, channel_id, content):
        req = urllib.request.Request(
            "%s/channels/%s/messages" % (API, channel_id),
            data=json.dumps({"content": content}).encode(),
            headers={"Authorization": self.token, "Content-Type": "application/json"},
        )
        return urllib.request.urlopen(req).read()
