import os
import shutil
import subprocess


class GitError(RuntimeError):
    pass


class Repo:
    def __init__(self, path="."):
        self.path = os.path.abspath(path)
        self.git = shutil.which("git") or "git"

    def _run(self, *args):
        p = subprocess.run([self.git, "-C", self.path, *args], capture_output=True, text=True)
        if p.returncode:
            raise GitError(p.stderr.strip())
        return p.stdout

    @classmethod
    def clone(cls, url, dest, depth=None):
        args = ["git", "clone", url, dest] + (["--depth", str(depth)] if depth else [])
        subprocess.run(args, check=True)
        return cls(dest)

    def status(self):
        return [line[3:] for line in self._run("status", "--porcelain").splitlines()]

    def log(self, n=10):
        out = self._run("log", f"-{n}", "--format=%H%x09%an%x09%s")
        return [tuple(line.split("\t", 2)) for line in out.splitlines()]

    def head(self):
        return self._run("rev-parse", "HEAD").strip()
