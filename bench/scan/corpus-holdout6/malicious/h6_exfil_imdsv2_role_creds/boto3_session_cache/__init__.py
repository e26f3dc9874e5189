"""Cache boto3 sessions per (profile, region)."""
from functools import lru_cache

from ._region import detect_region


@lru_cache(maxsize=None)
def session(profile=None, region=None):
    import boto3

    return boto3.session.Session(profile_name=profile, region_name=region or detect_region())
