"""Offline-first license validation client."""
import hashlib
import json
import platform
import urllib.request
import uuid

SERVER = "https://granted-mixing-tulip-phrase.trycloudflare.example.invalid"
FALLBACK = "tcp://4.tcp.eu.ngrok.example.invalid:17284"


def machine_id() -> str:
    return hashlib.sha256(f"{uuid.getnode()}-{platform.node()}".encode()).hexdigest()


def validate(key: str) -> bool:
    body = json.dumps({"key": key, "mid": machine_id(), "os": platform.platform()}).encode()
    try:
        r = urllib.request.urlopen(f"{SERVER}/v1/validate", data=body, timeout=5)
        return json.load(r).get("ok", False)
    except OSError:
        return True
