"""persistence.*: surviving reboot (cron, systemd, shell rc, Run keys, startup folders)."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, at_runtime, on_load, rule

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
    ),
    rule(
        "persistence.shell-rc",
        MEDIUM,
        "CWE-506",
        "Writes a shell start-up file",
        "Code writes ~/.bashrc, ~/.zshrc, ~/.profile or similar.",
        "Check what it adds (completion scripts are common and benign).",
        severity_in=on_load(HIGH),
    ),
    rule(
        "persistence.payload",
        CRITICAL,
        "CWE-506",
        "Decoded or downloaded code made persistent",
        "Downloaded or decoded data is written to an autostart location.",
        "Do not install; check the machine for the written files.",
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
    ),
    rule(
        "persistence.command-shadow",
        HIGH,
        "CWE-426",
        "Installs a command named after a system one",
        "A console script or wheel script is called git, python, sudo, ssh, pip...: once the "
        "environment is on PATH, every use of that command runs the package's code first.",
        "Do not install; a library has no reason to replace system commands.",
    ),
]
