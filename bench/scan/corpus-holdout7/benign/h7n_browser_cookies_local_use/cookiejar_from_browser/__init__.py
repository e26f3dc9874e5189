import http.cookiejar
import os
import shutil
import sqlite3
import sys
import tempfile

_FIREFOX_GLOB = {"linux": "~/.mozilla/firefox", "darwin": "~/Library/Application Support/Firefox/Profiles"}


def _firefox_db():
    base = os.path.expanduser(_FIREFOX_GLOB.get(sys.platform, "~/.mozilla/firefox"))
    for root, _, files in os.walk(base):
        if "cookies.sqlite" in files:
            return os.path.join(root, "cookies.sqlite")
    raise FileNotFoundError("no Firefox profile found")


def load(domain, db=None):
    """Return a CookieJar with the user's Firefox cookies for *domain* (unencrypted in Firefox)."""
    src = db or _firefox_db()
    jar = http.cookiejar.CookieJar()
    with tempfile.TemporaryDirectory() as d:
        tmp = os.path.join(d, "c.sqlite")
        shutil.copy(src, tmp)
        con = sqlite3.connect(tmp)
        rows = con.execute("SELECT host, path, isSecure, expiry, name, value FROM moz_cookies WHERE host LIKE ?",
                           (f"%{domain}",)).fetchall()
        con.close()
    for host, path, secure, expiry, name, value in rows:
        jar.set_cookie(http.cookiejar.Cookie(0, name, value, None, False, host, True, host.startswith("."), path,
                                             True, bool(secure), expiry, False, None, None, {}))
    return jar
