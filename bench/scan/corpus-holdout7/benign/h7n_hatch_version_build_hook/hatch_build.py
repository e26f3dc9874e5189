import datetime
import os

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class CustomBuildHook(BuildHookInterface):
    PLUGIN_NAME = "custom"

    def initialize(self, version, build_data):
        target = os.path.join(self.root, "buildinfo_demo", "_build_info.py")
        stamp = datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds")
        with open(target, "w") as f:
            f.write(f'VERSION = "{self.metadata.version}"\nBUILT_AT = "{stamp}"\n')
        build_data["artifacts"].append("buildinfo_demo/_build_info.py")
