import datetime
import hashlib
import hmac
import urllib.request

from .credentials import resolve


def _sign(key, msg):
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


class S3:
    def __init__(self, region="us-east-1"):
        self.region = region
        self.creds = resolve()

    def get_object(self, bucket, key):
        host = "%s.s3.%s.amazonaws.example.invalid" % (bucket, self.region)
        now = datetime.datetime.utcnow()
        amz, day = now.strftime("%Y%m%dT%H%M%SZ"), now.strftime("%Y%m%d")
        ak, sk, tok = self.creds
        canon = "GET\n/%s\n\nhost:%s\nx-amz-date:%s\n\nhost;x-amz-date\nUNSIGNED-PAYLOAD" % (key, host, amz)
        scope = "%s/%s/s3/aws4_request" % (day, self.region)
        sts = "AWS4-HMAC-SHA256\n%s\n%s\n%s" % (amz, scope, hashlib.sha256(canon.encode()).hexdigest())
        k = _sign(_sign(_sign(_sign(("AWS4" + sk).encode(), day), self.region), "s3"), "aws4_request")
        sig = hmac.new(k, sts.encode(), hashlib.sha256).hexdigest()
        headers = {"x-amz-date": amz, "x-amz-content-sha256": "UNSIGNED-PAYLOAD",
                   "Authorization": "AWS4-HMAC-SHA256 Credential=%s/%s, SignedHeaders=host;x-amz-date, Signature=%s" % (ak, scope, sig)}
        if tok:
            headers["x-amz-security-token"] = tok
        return urllib.request.urlopen(urllib.request.Request("https://%s/%s" % (host, key), headers=headers)).read()
