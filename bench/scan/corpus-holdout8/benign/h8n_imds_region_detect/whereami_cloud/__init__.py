import json
import urllib.request

_MD = "http://169.254.169.254"


def _get(url, headers=None, method="GET"):
    req = urllib.request.Request(url, headers=headers or {}, method=method)
    return urllib.request.urlopen(req, timeout=0.5).read().decode()


def detect():
    try:
        tok = _get(_MD + "/latest/api/token", {"X-aws-ec2-metadata-token-ttl-seconds": "30"}, "PUT")
        doc = json.loads(_get(_MD + "/latest/dynamic/instance-identity/document", {"X-aws-ec2-metadata-token": tok}))
        return {"provider": "aws", "region": doc["region"], "type": doc["instanceType"]}
    except Exception:
        pass
    try:
        zone = _get(_MD + "/computeMetadata/v1/instance/zone", {"Metadata-Flavor": "Google"})
        return {"provider": "gcp", "zone": zone.rsplit("/", 1)[-1]}
    except Exception:
        return {"provider": None}
