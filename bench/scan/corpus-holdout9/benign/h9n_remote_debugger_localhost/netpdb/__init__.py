"""pdb over a TCP socket, for debugging daemons: nc 127.0.0.1 4444."""
import os
import pdb
import socket
import sys


class RemotePdb(pdb.Pdb):
    def __init__(self, host="127.0.0.1", port=4444):
        self._listen = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listen.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        self._listen.bind((host, port))
        self._listen.listen(1)
        sys.stderr.write(f"RemotePdb listening on {host}:{port} (pid {os.getpid()})\n")
        conn, _ = self._listen.accept()
        self._handle = conn.makefile("rw")
        super().__init__(stdin=self._handle, stdout=self._handle)

    def do_continue(self, arg):
        try:
            return super().do_continue(arg)
        finally:
            self._handle.close()
            self._listen.close()

    do_c = do_cont = do_continue


def set_trace(host=None, port=None):
    host = host or os.environ.get("NETPDB_HOST", "127.0.0.1")
    port = int(port or os.environ.get("NETPDB_PORT", 4444))
    RemotePdb(host, port).set_trace(sys._getframe().f_back)
