"""Credentials out of URLs before anything is stored or shown.

`redact_url` is the one place a URL is made safe before it becomes a cache
key, a stored record, a log line, an error message or report output;
`redact_text` applies it to every URL inside free text (pip's messages,
error strings). Requests keep their credentials: see `index.IndexAuth`.
"""

from __future__ import annotations

import re
import urllib.parse

#: Query parameters whose values are credentials (signed URLs, API tokens).
_SECRET_PARAM = re.compile(
    r"token|key|secret|passw|pwd|sig|signature|auth|credential|session|x-amz-|x-goog-",
    re.IGNORECASE,
)
#: The start of a URL up to the end of its authority (RFC 3986: up to / ? # or the end).
_AUTHORITY = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://)(?P<authority>[^/?#]*)")
#: The same inside free text, only where the authority holds userinfo (an "@").
_USERINFO_IN_TEXT = re.compile(r"(?P<head>\b[A-Za-z][A-Za-z0-9+.-]{0,30}://)[^/?#\s]*@")
#: A URL with a scheme inside free text (up to whitespace or quotes).
_URL_IN_TEXT = re.compile(r"\b[A-Za-z][A-Za-z0-9+.-]{0,30}://[^\s'\"<>]+")


def strip_userinfo(url: str) -> str:
    """`url` without its ``user:password@`` part (the query is kept as it is).

    The authority is found as RFC 3986 defines it, without validating the
    host, so that even a URL urllib refuses loses its credentials.
    """
    m = _AUTHORITY.match(url)
    if m is None or "@" not in m.group("authority"):
        return url
    host = m.group("authority").rpartition("@")[2]
    return m.group("head") + host + url[m.end() :]


def redact_url(url: str) -> str:
    """`url` without credentials: no ``user:password@``, secret-looking query values masked."""
    url = strip_userinfo(url)
    try:
        parsed = urllib.parse.urlsplit(url)
    except ValueError:
        return url
    if not parsed.query:
        return url
    pairs = urllib.parse.parse_qsl(parsed.query, keep_blank_values=True)
    if not any(_SECRET_PARAM.search(k) for k, _ in pairs):
        return url
    query = urllib.parse.urlencode(
        [(k, "REDACTED" if _SECRET_PARAM.search(k) else v) for k, v in pairs]
    )
    return urllib.parse.urlunsplit(parsed._replace(query=query))


def redact_text(text: str) -> str:
    """`text` with `redact_url` applied to every URL in it."""
    if "://" not in text:
        return text
    text = _USERINFO_IN_TEXT.sub(lambda m: m.group("head"), text)
    return _URL_IN_TEXT.sub(lambda m: redact_url(m.group(0)), text)


def url_credentials(url: str) -> tuple[str, str] | None:
    """The ``(user, password)`` a URL carries, percent-decoded; None without userinfo."""
    m = _AUTHORITY.match(url)
    if m is None or "@" not in m.group("authority"):
        return None
    userinfo = m.group("authority").rpartition("@")[0]
    user, _, password = userinfo.partition(":")
    return urllib.parse.unquote(user), urllib.parse.unquote(password)
