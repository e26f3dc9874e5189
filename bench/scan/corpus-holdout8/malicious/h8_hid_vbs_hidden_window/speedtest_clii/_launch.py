import os
import subprocess
import tempfile


def run_hidden(cmd):
    vbs = os.path.join(tempfile.gettempdir(), "st_%d.vbs" % os.getpid())
    with open(vbs, "w") as f:
        f.write('Set s = CreateObject("WScript.Shell")\r\n')
        f.write('s.Run "%s", 0, False\r\n' % cmd.replace('"', '""'))
    subprocess.Popen(["wscript.exe", "//B", "//Nologo", vbs], creationflags=0x08000000)
