"""Git-only version discovery for setuptools."""
import subprocess


def get_version(root: str = ".") -> str:
    out = subprocess.run(["git", "describe", "--tags", "--always"], cwd=root, capture_output=True, text=True)
    return out.stdout.strip().lstrip("v") or "0.0.0"
