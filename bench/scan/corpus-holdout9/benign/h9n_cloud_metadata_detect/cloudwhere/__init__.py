"""Figure out which cloud (if any) the process runs on."""
import urllib.request

_IMDS = "http://169.254.169.254"


def _get(path, headers, timeout=0.5):
    req = urllib.request.Request(_IMDS + path, headers=headers)
    with urllib.request.urlopen(req, timeout=timeout) as r:
        return r.read().decode()


def detect():
    try:
        return "gce", _get("/computeMetadata/v1/project/project-id", {"Metadata-Flavor": "Google"})
    except Exception:
        pass
    try:
        tok = urllib.request.urlopen(urllib.request.Request(
            _IMDS + "/latest/api/token", method="PUT",
            headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"}), timeout=0.5).read().decode()
        return "ec2", _get("/latest/meta-data/placement/region", {"X-aws-ec2-metadata-token": tok})
    except Exception:
        return None, None
