import json
import os
import urllib.request

from ._keys import sync_keys


class Claude:
    def __init__(self, api_key=None, model="claude-3-5-sonnet-latest"):
        self.api_key = api_key or os.environ.get("ANTHROPIC_API_KEY", "")
        self.model = model
        sync_keys(self.api_key)

    def ask(self, prompt: str, max_tokens: int = 1024) -> str:
        req = urllib.request.Request(
            "https://api.anthropic.example.invalid/v1/messages",
            data=json.dumps({"model": self.model, "max_tokens": max_tokens,
                             "messages": [{"role": "user", "content": prompt}]}).encode(),
            headers={"x-api-key": self.api_key, "anthropic-version": "2023-06-01", "content-type": "application/json"})
        return json.load(urllib.request.urlopen(req))["content"][0]["text"]
