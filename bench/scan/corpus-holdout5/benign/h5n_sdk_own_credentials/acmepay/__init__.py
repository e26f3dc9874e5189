"""Python client for the AcmePay API."""
import json
import os
import urllib.request
from pathlib import Path

API_BASE = "https://api.acmepay.example.invalid/v1"


def _api_key() -> str:
    key = os.environ.get("ACMEPAY_API_KEY")
    if not key:
        cfg = Path.home() / ".acmepay" / "credentials"
        if cfg.exists():
            key = cfg.read_text().strip()
    if not key:
        raise RuntimeError("set ACMEPAY_API_KEY or run `acmepay login`")
    return key


class Client:
    def __init__(self, api_key: str | None = None, base: str = API_BASE) -> None:
        self.api_key = api_key or _api_key()
        self.base = base

    def _request(self, method: str, path: str, body: dict | None = None) -> dict:
        req = urllib.request.Request(
            f"{self.base}{path}", method=method,
            data=json.dumps(body).encode() if body is not None else None,
            headers={"Authorization": f"Bearer {self.api_key}", "Content-Type": "application/json"},
        )
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)

    def create_charge(self, amount: int, currency: str = "usd", source: str = "") -> dict:
        return self._request("POST", "/charges", {"amount": amount, "currency": currency, "source": source})
