"""A TCP echo server for tests."""

import socket
import threading


def serve(host="127.0.0.1", port=0):
    """Start an echo server thread; returns the bound port."""
    srv = socket.socket()
    srv.bind((host, port))
    srv.listen()

    def loop():
        while True:
            conn, _ = srv.accept()
            with conn:
                while data := conn.recv(4096):
                    conn.sendall(data)

    threading.Thread(target=loop, daemon=True).start()
    return srv.getsockname()[1]
