"""Debug a process over a local TCP socket: nc 127.0.0.1 4444."""
import pdb
import socket
import sys


class RemotePdb(pdb.Pdb):
    def __init__(self, host: str = "127.0.0.1", port: int = 4444) -> None:
        self._srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._srv.bind((host, port))
        self._srv.listen(1)
        print(f"netpdb: waiting on {host}:{port}", file=sys.stderr)
        conn, _ = self._srv.accept()
        self._io = conn.makefile("rw")
        super().__init__(stdin=self._io, stdout=self._io)

    def do_continue(self, arg):
        res = super().do_continue(arg)
        self._io.close()
        self._srv.close()
        return res

    do_c = do_cont = do_continue


def set_trace(host: str = "127.0.0.1", port: int = 4444) -> None:
    RemotePdb(host, port).set_trace(sys._getframe().f_back)
