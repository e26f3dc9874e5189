"""Suspicious endpoints in strings: paste sites, chat webhooks, tunnels and out-of-band
callback hosts, dynamic DNS, raw public IP addresses; chat secrets written out in full.

Pure data plus one classifier (`endpoint`); the engine observes what it finds.
"""

from __future__ import annotations

import functools
import ipaddress
import re

from pipwarden.scan.facts import Endpoint

_ENDPOINTS: list[tuple[str, Endpoint]] = [
    (
        r"pastebin\.com|paste\.ee|hastebin\.com|ghostbin|rentry\.co|dpaste\.(?:com|org)"
        r"|transfer\.sh|file\.io\b|anonfiles\.com|bashupload\.com|0x0\.st|termbin\.com"
        r"|paste\.c-net\.org|pastes\.io"
        # Self-hosted paste services: a paste.<domain> host, a /paste/<id>/raw path.
        r"|(?://|\.)paste\.[\w-]+\.[a-z]{2,}/|/paste/\w+/raw\b"
        # Chat attachments used as a file host: cdn.discordapp.com/attachments/<id>/<id>/x.
        r"|/attachments/\d{6,}/\d{6,}/",
        Endpoint.PASTE_SITE,  # labels as "paste" too
    ),
    (
        r"discord(?:app)?\.com/api/webhooks|api\.telegram\.org/bot|hooks\.slack\.com/services"
        # The path shapes alone: webhook proxies and mirrors forward the same API.
        r"|/api/webhooks/\d{6,}/[\w-]{8,}|/bot\d*:?[\w-]*/send(?:Message|Document|Photo|Video|Audio)\b"
        r"|/services/T[A-Z0-9]{6,}/B[A-Z0-9]{6,}/",
        Endpoint.WEBHOOK,
    ),
    (
        r"[\w-]+\.ngrok(?:-free)?\.(?:io|app|dev)|trycloudflare\.com|serveo\.net|localhost\.run"
        r"|webhook\.site|requestbin|pipedream\.net|\.oast\.(?:fun|me|live|site|online|pro)"
        r"|interact\.sh|burpcollaborator\.net|canarytokens|ngrok\.io|\.onion\b"
        # Out-of-band callback and IP-logging hosts (Burp's oastify, iplogger, grabify).
        r"|\.oastify\.com|iplogger\.(?:com|org|ru|co|info)|grabify\.link|\bdnslog\.cn"
        # Service names as host labels, whatever the domain (ngrok-free.app, oast.pro, ...).
        r"|(?://|\.)(?:ngrok(?:-free)?|oast|interactsh|burpcollaborator|pipedream|requestbin"
        r"|trycloudflare|serveo|localtunnel)\.[a-z]",
        Endpoint.TUNNEL,
    ),
    (
        r"(?://|\.)(?:pastebin|hastebin|ghostbin|rentry|dpaste|termbin|privatebin)\.[a-z]",
        Endpoint.PASTE_SITE,
    ),
    (
        r"[\w-]+\.(?:duckdns\.org|no-ip\.(?:org|com|biz)|ddns\.net|hopto\.org|zapto\.org"
        r"|sytes\.net|dynu\.net|freedns\.afraid\.org|serveftp\.com)"
        r"|(?://|\.)(?:duckdns|no-ip|noip|ddns|hopto|zapto|sytes|dynu|afraid|serveftp|myftp"
        r"|bounceme|servebeer|dynv6|dyndns|freeddns)\.[a-z]",
        Endpoint.DYNAMIC_DNS,
    ),
]
_ENDPOINT_RE = re.compile(
    "|".join(f"(?P<e{i}>{pat})" for i, (pat, _) in enumerate(_ENDPOINTS)), re.IGNORECASE
)
_ENDPOINT_KINDS = {f"e{i}": kind for i, (_, kind) in enumerate(_ENDPOINTS)}
_DOC_NETS = tuple(
    ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")
)
_RAW_IP_RE = re.compile(r"(?:https?|ftp|tcp)://(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")


#: One of these (lower case) occurs in every text _ENDPOINT_RE matches: searching for
#: them first is ten times faster than the case-insensitive pattern on ordinary text.
_ENDPOINT_WORDS = (
    "paste", "hastebin", "ghostbin", "rentry", "transfer.sh", "file.io", "anonfiles",
    "bashupload", "0x0.st", "termbin", "discord", "telegram", "slack", "/api/webhooks/", "/bot",
    "/services/", "ngrok", "trycloudflare", "serveo", "localhost.run", "webhook.site",
    "requestbin", "pipedream", "oast", "interact", "burpcollaborator", "canarytokens", ".onion",
    "localtunnel", "duckdns", "no-ip", "noip", "ddns", "hopto", "zapto", "sytes", "dynu",
    "afraid", "serveftp", "myftp", "bounceme", "servebeer", "dynv6", "dyndns", "freeddns",
    "privatebin", "/attachments/", "oastify", "iplogger", "grabify", "dnslog",
)  # fmt: skip


#: A chat webhook URL with its secret (Discord, Slack), written out in full.
WEBHOOK_SECRET_RE = re.compile(
    r"/api/webhooks/\d{17,20}/[\w-]{60,}|hooks\.slack\.com/services/T\w{8,}/B\w{8,}/\w{20,}"
    r"|/bot\d{8,10}:AA[\w-]{30,}/"
)
#: A Telegram bot token (id:secret).
BOT_TOKEN_RE = re.compile(r"\d{8,10}:AA[\w-]{33,38}")


def webhook_secret(text: str) -> bool:
    """True when `text` writes out a chat webhook with a secret that could work: a
    placeholder (`.../T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX` in a library's
    documentation) repeats one character where a real secret is random."""
    return any(
        len(set(m.group(0).rstrip("/").rsplit("/", 1)[-1].rsplit(":", 1)[-1].lower())) > 1
        for m in WEBHOOK_SECRET_RE.finditer(text)
    )


@functools.lru_cache(maxsize=1 << 16)
def endpoint(text: str) -> tuple[Endpoint, str] | None:
    """(kind, matched text) when `text` names a suspicious endpoint."""
    low = text.lower()
    for word in _ENDPOINT_WORDS:
        if word in low:
            m = _ENDPOINT_RE.search(text)
            if m and m.lastgroup:
                return _ENDPOINT_KINDS[m.lastgroup], m.group(0)
            break
    if "://" not in text:
        return None
    m = _RAW_IP_RE.search(text)
    if m:
        try:
            ip = ipaddress.ip_address(m.group(1))
        except ValueError:
            return None
        # Documentation ranges (192.0.2/24, ...) stand for public addresses in examples and
        # tests; no real package contacts them, so they count like any public address.
        if ip.is_global or any(ip in net for net in _DOC_NETS):
            return Endpoint.RAW_IP, m.group(0)
    return None
