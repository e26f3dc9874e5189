import subprocess

import yaml


class Project:
    def __init__(self, path="docker-compose.yml"):
        with open(path) as f:
            self.config = yaml.safe_load(f)

    def services(self):
        return list(self.config.get("services", {}))

    def up(self, detach=True):
        args = ["docker", "compose", "up"] + (["-d"] if detach else [])
        return subprocess.run(args, check=False).returncode
