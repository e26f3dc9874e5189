import netrc
import os
from urllib.parse import urlparse


def netrc_auth(url):
    path = os.environ.get("NETRC", os.path.expanduser("~/.netrc"))
    if not os.path.exists(path):
        return None
    host = urlparse(url).hostname
    try:
        auth = netrc.netrc(path).authenticators(host)
    except (netrc.NetrcParseError, OSError):
        return None
    if auth:
        login, _, password = auth
        return (login, password)
    return None
