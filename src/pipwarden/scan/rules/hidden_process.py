"""hidden-process.*: processes started so that nobody sees them."""

from __future__ import annotations

from pipwarden.findings import Severity
from pipwarden.rules import ON_LOAD, Where
from pipwarden.scan.facts import Event, Fact, Observation
from pipwarden.scan.rules._base import HIGH, MEDIUM, negative, on_load, positive, rule, together

#: One function forks and leaves the terminal's session.
daemonised = together(
    Event.FORK,
    Event.SETSID,
    at=Event.SETSID,
    message="daemonises itself (fork + setsid)",
    say_on_load=True,
)


def _hidden_start(o: Observation) -> Severity | None:
    """A hidden start (its command line hiding it too, or not), as `hidden_start_severity`."""
    if o.fact is Fact.HIDDEN_PROCESS_STARTED:
        return hidden_start_severity(o.where or Where.RUNTIME, o.hidden_command)
    return None


RULES = [
    rule(
        "hidden-process.detached",
        MEDIUM,
        "CWE-506",
        "Process hidden or detached",
        "A process is started with a hidden window (CREATE_NO_WINDOW, SW_HIDE, pythonw) or "
        "daemonised (fork + setsid).",
        "Check what runs in the background.",
        severity_in=on_load(HIGH),
        samples=(
            positive(
                "import subprocess\ndef f(cmd):\n"
                "    subprocess.Popen(cmd, creationflags=subprocess.CREATE_NO_WINDOW)\n"
            ),
            negative("import subprocess\ndef f(cmd):\n    subprocess.Popen(cmd)\n"),
            # A windowless interpreter named in an f-string's written words.
            positive("import os\ndef f(path):\n    os.system(f'start pythonw.exe {path}')\n"),
            negative("import os\ndef f(path):\n    os.system(f'start notepad.exe {path}')\n"),
        ),
        when=(Fact.HIDDEN_PROCESS_STARTED, Fact.HIDDEN_START_COMMAND),
        severity_of=_hidden_start,
        per_scope=(daemonised,),
    ),
    rule(
        "hidden-process.uac-bypass",
        HIGH,
        "CWE-269",
        "Runs a command elevated past UAC",
        "A registry write sets the per-user `shell\\open\\command` of a class that an "
        "auto-elevating Windows program opens (ms-settings for fodhelper and computerdefaults, "
        "mscfile for eventvwr): the next start of that program runs the command as "
        "administrator without a prompt.",
        "Do not install; no package needs to hijack a system program's shell verb.",
        samples=(
            positive(
                "import winreg\ndef f(cmd):\n"
                "    k = winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
                "r'Software\\Classes\\ms-settings\\shell\\open\\command')\n"
                "    winreg.SetValueEx(k, None, 0, winreg.REG_SZ, cmd)\n"
            ),
            negative(
                "import winreg\ndef f(cmd):\n"
                "    k = winreg.CreateKey(winreg.HKEY_CURRENT_USER, "
                "r'Software\\Classes\\myapp\\shell\\open\\command')\n"
                "    winreg.SetValueEx(k, None, 0, winreg.REG_SZ, cmd)\n"
            ),
        ),
        when=(Fact.UAC_VERB_WRITTEN,),
    ),
    rule(
        "hidden-process.masquerade",
        HIGH,
        "CWE-506",
        "Poses as a system process",
        "A process or file is named after a kernel thread or a Windows system program "
        "(kworker, svchost.exe, lsass.exe) to hide among them.",
        "Do not install; nothing legitimate disguises itself as the operating system.",
        samples=(
            positive(
                "import multiprocessing\ndef work():\n    pass\n"
                "multiprocessing.Process(target=work, name='kworker/0:2').start()\n",
                "pkg/__init__.py",
            ),
            negative(
                "import multiprocessing\ndef work():\n    pass\n"
                "multiprocessing.Process(target=work, name='worker-1').start()\n",
                "pkg/__init__.py",
            ),
        ),
        when=(Fact.PROCESS_MASQUERADE,),
    ),
    rule(
        "hidden-process.miner",
        HIGH,
        "CWE-506",
        "Cryptocurrency miner",
        "Code starts a miner (xmrig, --donate-level) or speaks a mining-pool protocol "
        "(stratum, login/mining.subscribe).",
        "Do not install; miners hidden in packages steal compute.",
        samples=(
            positive(
                "import subprocess\ndef f():\n    subprocess.Popen(['./xmrig', '-o', "
                "'stratum+tcp://pool.example.invalid:3333'])\n"
            ),
            negative(
                "import subprocess\ndef f():\n    subprocess.Popen(['./server', '-o', 'out.log'])\n"
            ),
        ),
        when=(Fact.MINER,),
    ),
]


def hidden_start_severity(where: Where, hidden_command: bool) -> Severity:
    """detached, for a process started hidden: high on install, import or start-up, or
    when the command itself hides (a hidden path, a hidden-window flag in its text), else
    medium."""
    return HIGH if where in ON_LOAD or hidden_command else MEDIUM
