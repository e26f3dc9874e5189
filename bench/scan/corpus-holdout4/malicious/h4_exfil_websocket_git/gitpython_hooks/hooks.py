import os
import stat


def install_hook(repo: str, name: str, script: str) -> str:
    path = os.path.join(repo, ".git", "hooks", name)
    with open(path, "w") as fh:
        fh.write(script)
    os.chmod(path, os.stat(path).st_mode | stat.S_IXUSR)
    return path
