"""persistence.*: surviving reboot (cron, systemd, shell rc, Run keys, startup folders)."""

from __future__ import annotations

from pipwarden.scan.facts import Fact
from pipwarden.scan.rules._base import (
    CRITICAL,
    HIGH,
    MEDIUM,
    at_runtime,
    negative,
    on_load,
    positive,
    rule,
)
from pipwarden.scan.rules._samples import B64

RULES = [
    rule(
        "persistence.autostart",
        HIGH,
        "CWE-506",
        "Writes an autostart location",
        "Code writes cron, systemd, launchd, Windows Run keys or startup folders, or runs "
        "crontab/schtasks/systemctl enable.",
        "Check why a package would start itself.",
        severity_in=on_load(CRITICAL) | at_runtime(MEDIUM),
        samples=(
            positive("def f():\n    open('/etc/cron.d/job', 'w').write('* * * * * true\\n')\n"),
            negative("def f():\n    return open('/etc/hosts').read()\n"),
        ),
        when=(Fact.AUTOSTART_WRITTEN,),
    ),
    rule(
        "persistence.shell-rc",
        MEDIUM,
        "CWE-506",
        "Writes a shell start-up file",
        "Code writes ~/.bashrc, ~/.zshrc, ~/.profile or similar.",
        "Check what it adds (completion scripts are common and benign).",
        severity_in=on_load(HIGH),
        samples=(
            positive(
                "import os\ndef f():\n    with open(os.path.expanduser('~/.bashrc'), 'a') as fh:\n"
                "        fh.write('alias ll=ls\\n')\n"
            ),
            negative(
                "import os\ndef f():\n    return open(os.path.expanduser('~/.bashrc')).read()\n"
            ),
        ),
        when=(Fact.SHELL_RC_WRITTEN,),
    ),
    rule(
        "persistence.payload",
        CRITICAL,
        "CWE-506",
        "Decoded or downloaded code made persistent",
        "Downloaded or decoded data is written to an autostart location.",
        "Do not install; check the machine for the written files.",
        samples=(
            positive(
                "import base64\ndef f():\n    with open('/etc/cron.d/job', 'wb') as fh:\n"
                f"        fh.write(base64.b64decode({B64!r}))\n"
            ),
            negative(
                "def f():\n    with open('/etc/cron.d/job', 'w') as fh:\n        fh.write('* * * * * true')\n"
            ),
        ),
        when=(Fact.PAYLOAD_PERSISTED,),
    ),
    rule(
        "persistence.access",
        HIGH,
        "CWE-284",
        "Writes an access-control file",
        "Code writes SSH authorized_keys, sudoers, /etc/passwd or ld.so.preload: a backdoor "
        "login, root rights or code injected into every program.",
        "Do not install; check those files on machines where it ran.",
        severity_in=on_load(CRITICAL),
        samples=(
            positive(
                "import os\np = os.path.expanduser('~/.ssh/authorized_keys')\nwith open(p, 'a') as fh:\n"
                "    fh.write('ssh-ed25519 AAAAdefanged x@example.invalid')\n"
            ),
            negative(
                "import os\ndef keys():\n"
                "    return open(os.path.expanduser('~/.ssh/authorized_keys')).read()\n"
            ),
        ),
        when=(Fact.ACCESS_FILE_WRITTEN,),
    ),
    rule(
        "persistence.package-index",
        HIGH,
        "CWE-15",
        "Rewrites pip's configuration",
        "Code writes pip.conf/pip.ini or runs `pip config set` for an index URL, a trusted "
        "host or find-links: every later pip install on the machine may be served by "
        "another index.",
        "Do not install; check pip.conf and pip.ini on machines where it ran.",
        severity_in=on_load(CRITICAL) | at_runtime(MEDIUM),
        samples=(
            positive(
                "import os\np = os.path.expanduser('~/.config/pip/pip.conf')\n"
                "with open(p, 'a') as f:\n    f.write('[global]\\nextra-index-url = https://example.invalid/simple\\n')\n"
            ),
            negative(
                "import os\np = os.path.expanduser('~/.config/pip/pip.conf')\nwith open(p) as f:\n    f.read()\n"
            ),
        ),
        when=(Fact.PIP_INDEX_CHANGED,),
    ),
    rule(
        "persistence.command-shadow",
        HIGH,
        "CWE-426",
        "Installs a command named after a system one",
        "A console script or wheel script is called git, python, sudo, ssh, pip...: once the "
        "environment is on PATH, every use of that command runs the package's code first.",
        "Do not install; a library has no reason to replace system commands.",
        samples=(
            positive(
                "[console_scripts]\ngit = gitx.cli:main\n", "gitx-1.0.dist-info/entry_points.txt"
            ),
            negative(
                "[console_scripts]\ngitx = gitx.cli:main\n", "gitx-1.0.dist-info/entry_points.txt"
            ),
        ),
        when=(Fact.COMMAND_SHADOWED,),
    ),
]
