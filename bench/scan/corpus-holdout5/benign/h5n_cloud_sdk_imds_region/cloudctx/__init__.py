"""Detect which cloud/region the code runs in."""
import json
import os
import urllib.request

_IMDS = "http://instance-data.example.invalid/latest"


def _imds(path: str, timeout: float = 0.5) -> str | None:
    try:
        tok = urllib.request.urlopen(urllib.request.Request(
            f"{_IMDS}/api/token", method="PUT", headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"}), timeout=timeout).read().decode()
        req = urllib.request.Request(f"{_IMDS}/{path}", headers={"X-aws-ec2-metadata-token": tok})
        return urllib.request.urlopen(req, timeout=timeout).read().decode()
    except OSError:
        return None


def region() -> str | None:
    """Return AWS_REGION, else the region from the instance identity document."""
    if os.environ.get("AWS_REGION"):
        return os.environ["AWS_REGION"]
    doc = _imds("dynamic/instance-identity/document")
    return json.loads(doc)["region"] if doc else None
