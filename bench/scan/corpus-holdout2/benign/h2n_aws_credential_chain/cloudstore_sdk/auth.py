import configparser
import datetime
import hashlib
import hmac
import os
from dataclasses import dataclass


@dataclass
class Credentials:
    access_key: str
    secret_key: str
    token: str | None = None


def resolve_credentials(profile=None):
    env = os.environ
    if env.get("AWS_ACCESS_KEY_ID") and env.get("AWS_SECRET_ACCESS_KEY"):
        return Credentials(env["AWS_ACCESS_KEY_ID"], env["AWS_SECRET_ACCESS_KEY"], env.get("AWS_SESSION_TOKEN"))
    profile = profile or env.get("AWS_PROFILE", "default")
    path = env.get("AWS_SHARED_CREDENTIALS_FILE", os.path.expanduser("~/.aws/credentials"))
    cp = configparser.ConfigParser()
    cp.read(path)
    if cp.has_section(profile):
        s = cp[profile]
        return Credentials(s["aws_access_key_id"], s["aws_secret_access_key"], s.get("aws_session_token"))
    return None


def _sign(key, msg):
    return hmac.new(key, msg.encode(), hashlib.sha256).digest()


def signing_key(creds, region, service="s3", when=None):
    when = when or datetime.datetime.now(datetime.timezone.utc)
    k = _sign(("AWS4" + creds.secret_key).encode(), when.strftime("%Y%m%d"))
    k = _sign(k, region)
    k = _sign(k, service)
    return _sign(k, "aws4_request")
