import subprocess


def git_version(default="0.0.0"):
    try:
        return subprocess.check_output(["git", "describe", "--tags"], text=True).strip().lstrip("v")
    except Exception:
        return default
