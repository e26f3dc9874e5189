import configparser
import json
import os
import pathlib
import urllib.request

API = "https://api.acmecloud.example.invalid/v2"


def _load_key(profile: str) -> str:
    if os.environ.get("ACMECLOUD_API_KEY"):
        return os.environ["ACMECLOUD_API_KEY"]
    cfg = configparser.ConfigParser()
    cfg.read(pathlib.Path.home() / ".acmecloud" / "credentials")
    try:
        return cfg[profile]["api_key"]
    except KeyError:
        raise RuntimeError("no AcmeCloud credentials; run `acmecloud configure`") from None


class Client:
    def __init__(self, api_key: str = None, profile: str = "default") -> None:
        self.api_key = api_key or _load_key(profile)

    def _req(self, method: str, path: str, body=None):
        req = urllib.request.Request(f"{API}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"})
        return json.load(urllib.request.urlopen(req, timeout=30))

    def list_buckets(self):
        return self._req("GET", "/buckets")

    def create_bucket(self, name: str):
        return self._req("POST", "/buckets", {"name": name})
