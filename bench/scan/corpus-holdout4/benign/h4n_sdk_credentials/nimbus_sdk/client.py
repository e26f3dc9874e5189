import configparser
import os
import pathlib
from typing import Optional

import requests

DEFAULT_ENDPOINT = "https://api.nimbus.example.invalid"


def _load_credentials(profile: str) -> dict:
    if os.environ.get("NIMBUS_API_KEY"):
        return {"api_key": os.environ["NIMBUS_API_KEY"]}
    path = pathlib.Path(os.environ.get("NIMBUS_CONFIG", pathlib.Path.home() / ".nimbus" / "credentials"))
    cp = configparser.ConfigParser()
    cp.read(path)
    if profile not in cp:
        raise RuntimeError("no credentials for profile %r in %s" % (profile, path))
    return dict(cp[profile])


class Client:
    def __init__(self, profile: str = "default", endpoint: Optional[str] = None):
        self._creds = _load_credentials(profile)
        self.endpoint = endpoint or os.environ.get("NIMBUS_ENDPOINT", DEFAULT_ENDPOINT)
        self.session = requests.Session()
        self.session.headers["Authorization"] = "Bearer " + self._creds["api_key"]

    def list_buckets(self):
        r = self.session.get(self.endpoint + "/v1/buckets", timeout=30)
        r.raise_for_status()
        return r.json()["buckets"]
