import subprocess


class GitError(RuntimeError):
    pass


def git(*args, cwd="."):
    p = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True)
    if p.returncode:
        raise GitError(p.stderr.strip())
    return p.stdout


def status(cwd="."):
    return [(l[:2], l[3:]) for l in git("status", "--porcelain", cwd=cwd).splitlines()]


def log(n=10, cwd="."):
    out = git("log", "-n", str(n), "--pretty=format:%H%x09%an%x09%s", cwd=cwd)
    return [dict(zip(("sha", "author", "subject"), l.split("\t", 2))) for l in out.splitlines()]


def clone(url, dest):
    return git("clone", "--depth", "1", url, dest)
