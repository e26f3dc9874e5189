"""Remote pdb over a TCP socket, bound to localhost by default."""
import os
import pdb
import socket
import sys


class RemotePdb(pdb.Pdb):
    def __init__(self, host="127.0.0.1", port=0):
        if host not in ("127.0.0.1", "localhost", "::1") and not os.environ.get("REMOTE_PDB_ALLOW_EXTERNAL"):
            raise ValueError("refusing to bind a debugger to a non-loopback address")
        self.listen = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.listen.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, True)
        self.listen.bind((host, port))
        self.listen.listen(1)
        print("RemotePdb listening on %s:%s" % self.listen.getsockname(), file=sys.stderr)
        conn, _ = self.listen.accept()
        self.handle = conn.makefile("rw")
        super().__init__(stdin=self.handle, stdout=self.handle)

    def do_continue(self, arg):
        try:
            return super().do_continue(arg)
        finally:
            self.handle.close()
            self.listen.close()

    do_c = do_cont = do_continue


def set_trace(host="127.0.0.1", port=0):
    RemotePdb(host, port).set_trace(sys._getframe().f_back)
