"""Credentials for a host from ~/.netrc."""

import netrc
import os
from urllib.parse import urlparse


def get_netrc_auth(url):
    """(login, password) for the URL's host, or None."""
    path = os.path.expanduser("~/.netrc")
    if not os.path.exists(path):
        return None
    host = urlparse(url).hostname
    auth = netrc.netrc(path).authenticators(host)
    return (auth[0], auth[2]) if auth else None
