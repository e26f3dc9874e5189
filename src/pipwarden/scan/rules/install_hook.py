"""install-hook.*: code that runs while a package is installed (T1)."""

from __future__ import annotations

from pipwarden.scan.rules._base import CRITICAL, HIGH, MEDIUM, rule

RULES = [
    rule(
        "install-hook.network",
        HIGH,
        "CWE-829",
        "setup.py uses the network",
        "setup.py opens network connections. It runs with the installing user's rights "
        "whenever pip builds the sdist.",
        "Install from a wheel, or review setup.py first.",
    ),
    rule(
        "install-hook.process",
        MEDIUM,
        "CWE-78",
        "setup.py starts processes at module level",
        "setup.py runs commands while it is being executed by pip.",
        "Check which commands it runs; prefer a wheel.",
    ),
    rule(
        "install-hook.cmdclass",
        MEDIUM,
        "CWE-829",
        "setup.py overrides install commands",
        "A cmdclass replaces install/develop/egg_info/build commands with custom code.",
        "Review the overriding class; prefer a wheel.",
    ),
    rule(
        "install-hook.cmdclass-payload",
        CRITICAL,
        "CWE-506",
        "Overridden install command uses the network or runs decoded code",
        "An install/develop/egg_info override downloads or executes code during install: "
        "the classic PyPI malware pattern.",
        "Do not install; report the project.",
    ),
    rule(
        "install-hook.in-tree-backend",
        MEDIUM,
        "CWE-829",
        "In-tree build backend",
        "pyproject.toml points its build backend into the sdist itself (backend-path): "
        "arbitrary package code runs on build.",
        "Review the backend module; prefer a wheel.",
    ),
]
