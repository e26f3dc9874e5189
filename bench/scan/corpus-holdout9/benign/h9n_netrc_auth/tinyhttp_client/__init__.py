"""Minimal HTTP client with netrc support."""
import base64
import netrc
import os
import urllib.parse
import urllib.request


def netrc_auth(url):
    host = urllib.parse.urlsplit(url).hostname
    path = os.environ.get("NETRC", os.path.expanduser("~/.netrc"))
    try:
        auth = netrc.netrc(path).authenticators(host)
    except (FileNotFoundError, netrc.NetrcParseError):
        return None
    return (auth[0], auth[2]) if auth else None


def get(url, use_netrc=True):
    req = urllib.request.Request(url)
    creds = netrc_auth(url) if use_netrc else None
    if creds:
        token = base64.b64encode(f"{creds[0]}:{creds[1]}".encode()).decode()
        req.add_header("Authorization", f"Basic {token}")
    return urllib.request.urlopen(req, timeout=30).read()
