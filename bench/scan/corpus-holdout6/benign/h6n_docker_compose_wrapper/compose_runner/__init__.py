"""Run docker compose from Python tests and scripts."""
import shutil
import subprocess
from typing import Sequence


class Compose:
    def __init__(self, files: Sequence[str] = ("docker-compose.yml",), project: str = None) -> None:
        self.base = [shutil.which("docker") or "docker", "compose"]
        for f in files:
            self.base += ["-f", f]
        if project:
            self.base += ["-p", project]

    def run(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return subprocess.run([*self.base, *args], check=check)

    def up(self, detach: bool = True):
        return self.run("up", *(["-d"] if detach else []))

    def down(self, volumes: bool = False):
        return self.run("down", *(["-v"] if volumes else []))

    def __enter__(self):
        self.up()
        return self

    def __exit__(self, *exc):
        self.down()
