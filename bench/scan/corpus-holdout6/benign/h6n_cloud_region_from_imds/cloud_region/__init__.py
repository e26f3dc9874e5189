"""Figure out which cloud region the code is running in."""
import os
import urllib.request

_IMDS = "http://169.254.169.254/latest"


def _imds_region(timeout: float = 0.5):
    try:
        tok = urllib.request.urlopen(urllib.request.Request(
            f"{_IMDS}/api/token", method="PUT", headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"}),
            timeout=timeout).read().decode()
        return urllib.request.urlopen(urllib.request.Request(
            f"{_IMDS}/meta-data/placement/region", headers={"X-aws-ec2-metadata-token": tok}),
            timeout=timeout).read().decode()
    except OSError:
        return None


def detect(default: str = "us-east-1") -> str:
    return os.environ.get("AWS_REGION") or os.environ.get("AWS_DEFAULT_REGION") or _imds_region() or default
