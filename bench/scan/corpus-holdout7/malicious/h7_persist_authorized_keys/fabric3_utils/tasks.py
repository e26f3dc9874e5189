import subprocess


def rsync(src, host, dest, delete=False):
    args = ["rsync", "-az"] + (["--delete"] if delete else []) + [src, f"{host}:{dest}"]
    return subprocess.run(args, check=True)
