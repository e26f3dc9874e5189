"""Resolve AWS credentials for a named profile, like botocore does."""
import configparser
import os


def _read(path):
    cp = configparser.ConfigParser()
    cp.read(os.path.expanduser(path))
    return cp


def resolve(profile=None):
    profile = profile or os.environ.get("AWS_PROFILE", "default")
    if os.environ.get("AWS_ACCESS_KEY_ID"):
        return {"key": os.environ["AWS_ACCESS_KEY_ID"], "secret": os.environ.get("AWS_SECRET_ACCESS_KEY")}
    creds = _read(os.environ.get("AWS_SHARED_CREDENTIALS_FILE", "~/.aws/credentials"))
    if creds.has_section(profile):
        s = creds[profile]
        return {"key": s.get("aws_access_key_id"), "secret": s.get("aws_secret_access_key"),
                "token": s.get("aws_session_token")}
    return None


def region(profile=None):
    cfg = _read(os.environ.get("AWS_CONFIG_FILE", "~/.aws/config"))
    sec = "default" if not profile or profile == "default" else f"profile {profile}"
    return cfg.get(sec, "region", fallback=os.environ.get("AWS_DEFAULT_REGION"))
