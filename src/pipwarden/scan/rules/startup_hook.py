"""startup-hook.*: code that runs whenever Python starts or the package is imported."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.facts import Fact, Observation
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, at_runtime, negative, positive, rule
from pipwarden.scan.rules._samples import URL


def _runs_payload(o: Observation) -> list[str]:
    """The rules of what a .pth line runs that make it a payload: anything high, and code
    that uses the network or starts processes merely because it is loaded."""
    return sorted(
        {
            rule
            for rule, severity in o.found
            if severity >= HIGH or rule.startswith(("startup-hook.import-", "install-hook"))
        }
    )


RULES = [
    rule(
        "startup-hook.pth-exec",
        MEDIUM,
        "CWE-829",
        ".pth file with executable lines",
        "Lines starting with 'import' in a .pth file run on every interpreter start.",
        "Check what the line does; remove the .pth if not needed.",
        samples=(
            positive("import os; os.environ.setdefault('X', '1')\n", "extra.pth"),
            negative("/opt/extra/lib\n", "extra.pth"),
        ),
        when=(Fact.PTH_EXEC,),
        only_if=lambda o: not _runs_payload(o),
        explain=lambda o: " (runs on every interpreter start)",
    ),
    rule(
        "startup-hook.pth-payload",
        CRITICAL,
        "CWE-506",
        ".pth file runs processes, network or decoded code",
        "A .pth line does process, network or exec work on every interpreter start.",
        "Do not install; report the project.",
        samples=(
            positive("import os; os.system('id')\n", "extra.pth"),
            negative("import os; os.environ.setdefault('X', '1')\n", "extra.pth"),
        ),
        when=(Fact.PTH_EXEC,),
        only_if=lambda o: bool(_runs_payload(o)),
        explain=lambda o: f" ({', '.join(_runs_payload(o))})",
    ),
    rule(
        "startup-hook.sitecustomize",
        MEDIUM,
        "CWE-829",
        "Ships sitecustomize/usercustomize",
        "A package that installs sitecustomize or usercustomize runs code on every start.",
        "Check why the package needs it.",
        samples=(
            positive("x = 1\n", "sitecustomize.py"),
            negative("x = 1\n", "pkg/site_utils.py"),
        ),
        when=(Fact.SHIPS_SITECUSTOMIZE,),
    ),
    rule(
        "startup-hook.sitecustomize-payload",
        CRITICAL,
        "CWE-506",
        "sitecustomize/usercustomize runs processes or uses the network",
        "A shipped sitecustomize or usercustomize module starts processes or opens network "
        "connections on every interpreter start.",
        "Do not install; report the project.",
        samples=(
            positive(
                f"import urllib.request\ndef beacon():\n    urllib.request.urlopen({URL!r})\n",
                "sitecustomize.py",
            ),
            negative("import sys\nsys.dont_write_bytecode = True\n", "sitecustomize.py"),
        ),
        when=(Fact.AT_INTERPRETER_START,),
    ),
    rule(
        "startup-hook.import-network",
        MEDIUM,
        "CWE-829",
        "Network access at import time",
        "Module-level code opens network connections when the module is imported (a "
        "request to a loopback address written in the call reaches no other machine and "
        "does not count).",
        "Check the call; libraries should not talk to the network on import.",
        samples=(
            positive(
                f"import urllib.request\nurllib.request.urlopen({URL!r})\n", "pkg/__init__.py"
            ),
            negative(
                f"import urllib.request\ndef f():\n    return urllib.request.urlopen({URL!r})\n",
                "pkg/__init__.py",
            ),
            # A script polling the server it started on this machine.
            negative("import httpx\nhttpx.get('http://localhost:8000/docs')\n", "pkg/mod.py"),
            negative("import requests\nrequests.get('http://127.0.0.1:5000/' + 'x')\n"),
            # Hosts that only look local, or one a variable or a proxy decides.
            positive("import httpx\nhttpx.get('http://localhost@example.invalid/')\n"),
            positive("import httpx\nhttpx.get('http://127.0.0.1.example.invalid/')\n"),
            positive("import os, httpx\nhttpx.get(f\"http://localhost:{os.environ['P']}/\")\n"),
            positive(
                "import os, httpx\nu = 'http://localhost/'\nif os.environ.get('X'):\n"
                f"    u = {URL!r}\nhttpx.get(u)\n"
            ),
            positive(
                f"import requests\nrequests.get('http://localhost/', proxies={{'http': {URL!r}}})\n"
            ),
        ),
        when=(Fact.NETWORK_ON_IMPORT,),
        only_if=lambda o: not o.loopback,
    ),
    rule(
        "startup-hook.import-process",
        MEDIUM,
        "CWE-78",
        "Process started at import time",
        "Module-level code starts processes when the module is imported.",
        "Check the command; libraries rarely need this on import.",
        samples=(
            positive("import subprocess\nsubprocess.run(['id'])\n", "pkg/__init__.py"),
            negative(
                "import subprocess\nif __name__ == '__main__':\n    subprocess.run(['id'])\n",
                "pkg/__init__.py",
            ),
            negative(
                "import subprocess\nif '__main__' == __name__:\n    subprocess.run(['id'])\n",
                "pkg/__init__.py",
            ),
            # Tests of __name__ that hold on import are no __main__ guard.
            positive(
                "import subprocess\nif __name__ != '__main__':\n    subprocess.run(['id'])\n",
                "pkg/__init__.py",
            ),
            positive(
                "import subprocess\nif __name__ == 'pkg':\n    subprocess.run(['id'])\n",
                "pkg/__init__.py",
            ),
            positive("import os\nos.system('start https://example.invalid/')\n", "pkg/__init__.py"),
            negative(
                "import os\ndef docs():\n    os.system('start https://example.invalid/')\n",
                "pkg/__init__.py",
            ),
        ),
        when=(
            Fact.PROCESS_ON_IMPORT,
            Fact.BACKGROUND_PYTHON_ON_IMPORT,
            Fact.PAGE_OPENED_ON_IMPORT,
        ),
        severity_of=lambda o: (
            BACKGROUND_INTERPRETER
            if o.fact is Fact.BACKGROUND_PYTHON_ON_IMPORT
            else OPENS_PAGE
            if o.fact is Fact.PAGE_OPENED_ON_IMPORT
            else None
        ),
    ),
    rule(
        "startup-hook.writes-startup",
        HIGH,
        "CWE-506",
        "Plants a start-up file",
        "Code writes sitecustomize.py, usercustomize.py or a .pth file into site-packages: "
        "whatever it writes runs on every later interpreter start.",
        "Installers and environment tools write .pth files; a library doing so on import "
        "or install is planting code. Check what is written.",
        severity_in=at_runtime(MEDIUM),
        samples=(
            positive(
                "import os, site\n"
                "open(os.path.join(site.getsitepackages()[0], 'zz.pth'), 'w').write('import sys')\n"
            ),
            # A PyTorch checkpoint is a .pth too; only site-packages makes it a start-up file.
            negative(
                "import os\ndef save(cache, data):\n"
                "    open(os.path.join(cache, 'resnet18.pth'), 'wb').write(data)\n"
            ),
        ),
        when=(Fact.STARTUP_FILE_WRITTEN, Fact.ACTIVE_CODE_PLANTED),
        severity_of=lambda o: PLANTED_ACTIVE_CODE if o.fact is Fact.ACTIVE_CODE_PLANTED else None,
    ),
]

#: import-process, for a second interpreter with inline code started in the background on
#: import (it outlives the import, out of sight).
BACKGROUND_INTERPRETER: Severity = HIGH
#: import-process, for a command that opens a web page (`start https://...`, xdg-open) on
#: import: a library never sends its user's browser somewhere because it was imported.
OPENS_PAGE: Severity = HIGH
#: writes-startup, for code that uses the network or runs code planted into a Python
#: module on import.
PLANTED_ACTIVE_CODE: Severity = CRITICAL
