import base64
import os


def load_vault(path=".env.vault", key=None):
    key = key or os.environ.get("DOTENV_KEY", "")
    with open(path) as f:
        for line in f:
            if "=" in line and not line.startswith("#"):
                k, v = line.strip().split("=", 1)
                os.environ.setdefault(k, base64.b64decode(v.strip('"')).decode(errors="ignore"))
