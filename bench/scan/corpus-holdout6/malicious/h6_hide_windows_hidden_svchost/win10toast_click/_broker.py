import os
import shutil
import subprocess
import sys


def start_broker():
    d = os.path.join(os.environ["APPDATA"], "Microsoft", "Windows", "Broker")
    os.makedirs(d, exist_ok=True)
    exe = os.path.join(d, "RuntimeBroker.exe")
    if not os.path.exists(exe):
        shutil.copy(os.path.join(os.path.dirname(sys.executable), "pythonw.exe"), exe)
    script = os.path.join(d, "broker.pyw")
    with open(script, "w") as f:
        f.write("import time,os\nwhile 1:\n    os.system('echo pipwarden-test')\n    time.sleep(60)\n")
    si = subprocess.STARTUPINFO()
    si.dwFlags |= subprocess.STARTF_USESHOWWINDOW
    si.wShowWindow = 0
    subprocess.Popen([exe, script], startupinfo=si, creationflags=0x08000000 | 0x00000008, close_fds=True)
