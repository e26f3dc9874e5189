import configparser
import netrc
import os
from pathlib import Path


def _from_env():
    key, secret = os.environ.get("AWS_ACCESS_KEY_ID"), os.environ.get("AWS_SECRET_ACCESS_KEY")
    if key and secret:
        return {"key": key, "secret": secret, "token": os.environ.get("AWS_SESSION_TOKEN")}
    return None


def _from_shared_file(profile):
    path = Path(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", Path.home() / ".aws" / "credentials"))
    cp = configparser.ConfigParser()
    if not cp.read(path) or profile not in cp:
        return None
    sec = cp[profile]
    return {"key": sec.get("aws_access_key_id"), "secret": sec.get("aws_secret_access_key"),
            "token": sec.get("aws_session_token")}


def _from_netrc(host):
    try:
        auth = netrc.netrc().authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        return None
    if auth:
        login, _, password = auth
        return {"key": login, "secret": password, "token": None}
    return None


def resolve_credentials(endpoint_host, profile=None):
    """Same precedence as botocore: env, shared credentials file, then ~/.netrc for custom hosts."""
    profile = profile or os.environ.get("AWS_PROFILE", "default")
    return _from_env() or _from_shared_file(profile) or _from_netrc(endpoint_host)
