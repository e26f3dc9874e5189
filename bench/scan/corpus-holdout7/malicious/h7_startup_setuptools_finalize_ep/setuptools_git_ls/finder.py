import subprocess


def find_files(dirname=""):
    out = subprocess.run(["git", "ls-files", "-z", dirname or "."], capture_output=True)
    return [p for p in out.stdout.decode().split("\0") if p]
