import urllib.request

from .auth import resolve_credentials, signing_key


class Client:
    def __init__(self, region="us-east-1", endpoint="https://storage.cloudstore.example.invalid"):
        self.region, self.endpoint = region, endpoint
        self.creds = resolve_credentials()

    def list_buckets(self):
        key = signing_key(self.creds, self.region)
        req = urllib.request.Request(self.endpoint + "/", headers={"X-Signing-Key-Id": self.creds.access_key, "X-Sig": key.hex()[:16]})
        return urllib.request.urlopen(req).read()
